/**
 * The bank's own name wherever a bank is named. The bank directory names every bank as it is
 * registered (Japanese proper names), but the customer's own bank has its name in the profile in
 * both languages: a screen or mail in English names it "Demo Bank", as its header and sender do.
 * Other banks and every branch keep the directory's name.
 */
import type { BankProfile } from './profile.js';

export type NameLang = 'ja' | 'en';

/** What a payee's bank is called in a summary: its code and names as the bank recorded them. */
export interface PayeeBankWords {
  /** "サンプル銀行 青山支店": the bank's and the branch's names together, as older records hold them. */
  payeeBankName?: string | undefined;
  payeeBankCode?: string | undefined;
  payeeBranchName?: string | undefined;
}

/** The name to show for the bank with `code`: the profile's name in `lang` for the bank itself, the directory's for any other. */
export function bankNameFor(profile: BankProfile | null, lang: NameLang, code: string, directoryName: string): string {
  return profile !== null && code === profile.bankCode ? profile.bankName[lang] : directoryName;
}

/**
 * A summary's payee bank and branch in `lang` ("Demo Bank 本店営業部"); the bank's own words where
 * the summary does not say which bank it was (older records), or the bank is another one.
 */
export function payeeBankFor(profile: BankProfile | null, lang: NameLang, s: PayeeBankWords): string | undefined {
  if (profile === null || s.payeeBankCode !== profile.bankCode || s.payeeBranchName === undefined) return s.payeeBankName;
  return `${profile.bankName[lang]} ${s.payeeBranchName}`;
}
