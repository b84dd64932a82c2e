/**
 * Banks by name on every screen: the bank's directory gives each bank's registered (Japanese)
 * name, but the customer's own bank is named from the profile in the screen's language, as in the
 * header ("Demo Bank" on an English screen, never デモ銀行). Other banks and branches are proper
 * names and stay as the directory gives them. The rule itself is src-shared/bank-profile/own-bank.ts.
 */
import { useMemo } from 'react';
import type { BankProfile } from '../../src-shared/bank-profile/profile.js';
import { bankNameFor, payeeBankFor, type NameLang, type PayeeBankWords } from '../../src-shared/bank-profile/own-bank.js';
import { useT } from '../i18n/use-t.js';
import { useProfile } from './profile.js';

export interface BankNames {
  /** The name to show for the bank with `code`, given the directory's name for it. */
  bank: (code: string, directoryName: string) => string;
  /** A bank's summary of a payee's bank and branch ("Demo Bank 本店営業部"). */
  payeeBank: (s: PayeeBankWords) => string | undefined;
}

export function bankNames(profile: BankProfile | null, lang: NameLang): BankNames {
  return {
    bank: (code, directoryName) => bankNameFor(profile, lang, code, directoryName),
    payeeBank: (s) => payeeBankFor(profile, lang, s),
  };
}

/** bankNames for the profile main reported and the screen's language. */
export function useBankNames(): BankNames {
  const profile = useProfile();
  const { lang } = useT();
  return useMemo(() => bankNames(profile, lang), [profile, lang]);
}
