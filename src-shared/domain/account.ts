/** Japanese bank account identifiers and payee names as the Zengin transfer system expects them. */
import { err, ok, type Result } from './result.js';
import { hasInvisibleCharacters, toHalfWidthDigits, withoutSpaces } from './text.js';

export const ACCOUNT_TYPES = ['ordinary', 'current', 'savings'] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

/** Labels as printed on passbooks: 普通 / 当座 / 貯蓄. */
export const ACCOUNT_TYPE_LABELS: Record<AccountType, { ja: string; en: string }> = {
  ordinary: { ja: '普通', en: 'Ordinary' },
  current: { ja: '当座', en: 'Current' },
  savings: { ja: '貯蓄', en: 'Savings' },
};

export type AccountFieldError =
  | { code: 'BANK_CODE_INVALID' }
  | { code: 'BRANCH_CODE_INVALID' }
  | { code: 'ACCOUNT_NUMBER_INVALID' }
  | { code: 'ACCOUNT_TYPE_INVALID' };

function digitsField(input: string, length: number): string | null {
  if (hasInvisibleCharacters(input)) return null;
  const text = toHalfWidthDigits(withoutSpaces(input));
  return new RegExp(`^\\d{${length}}$`).test(text) ? text : null;
}

/** Bank code: exactly 4 digits (full-width accepted). */
export function parseBankCode(input: string): Result<string, AccountFieldError> {
  const v = digitsField(input, 4);
  return v === null ? err({ code: 'BANK_CODE_INVALID' }) : ok(v);
}

/** Branch code: exactly 3 digits. */
export function parseBranchCode(input: string): Result<string, AccountFieldError> {
  const v = digitsField(input, 3);
  return v === null ? err({ code: 'BRANCH_CODE_INVALID' }) : ok(v);
}

/** Account number: 7 digits; a shorter number is left-padded with zeros as banks print it. */
export function parseAccountNumber(input: string): Result<string, AccountFieldError> {
  if (hasInvisibleCharacters(input)) return err({ code: 'ACCOUNT_NUMBER_INVALID' });
  const text = toHalfWidthDigits(withoutSpaces(input));
  if (!/^\d{1,7}$/.test(text) || /^0+$/.test(text)) return err({ code: 'ACCOUNT_NUMBER_INVALID' });
  return ok(text.padStart(7, '0'));
}

export function parseAccountType(input: string): Result<AccountType, AccountFieldError> {
  return (ACCOUNT_TYPES as readonly string[]).includes(input)
    ? ok(input as AccountType)
    : err({ code: 'ACCOUNT_TYPE_INVALID' });
}

/** "*****67": only the last digits of an account number ever leave the bank in mails. */
export function maskAccountNumber(number: string): string {
  return '*'.repeat(Math.max(0, number.length - 3)) + number.slice(-3);
}

// ---- payee names (受取人名) ----

export const PAYEE_NAME_MAX = 30;

export type PayeeNameError =
  | { code: 'PAYEE_NAME_EMPTY' }
  | { code: 'PAYEE_NAME_TOO_LONG'; max: number }
  | { code: 'PAYEE_NAME_INVALID_CHARS'; chars: string[] };

const FULL_KANA = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォッャュョヮ';
const HALF_KANA = 'ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｱｲｳｴｵﾂﾔﾕﾖﾜ';
const KANA_MAP = new Map<string, string>();
for (let i = 0; i < FULL_KANA.length; i++) KANA_MAP.set(FULL_KANA[i]!, HALF_KANA[i]!);
KANA_MAP.set('\u3099', 'ﾞ'); // combining voiced mark, from NFKD of ガ or ｶﾞ
KANA_MAP.set('\u309A', 'ﾟ'); // combining semi-voiced mark
KANA_MAP.set('゛', 'ﾞ');
KANA_MAP.set('゜', 'ﾟ');
KANA_MAP.set('ー', '-'); // long vowel mark: transfers use a hyphen
KANA_MAP.set('「', '｢');
KANA_MAP.set('」', '｣');

/** Characters the transfer system allows in a payee name, after normalization. */
const ALLOWED = /^[ｦ-ﾟ0-9A-Z ().,\-/\\｢｣]$/;

/**
 * Normalizes a payee name the way Japanese transfers carry it: full-width or half-width katakana
 * becomes half-width kana (small kana become large), Latin letters become upper case, full-width
 * ASCII becomes half-width. Kanji, hiragana and other characters are rejected with the offending
 * characters listed, so the screen can say which ones to change.
 */
export function normalizePayeeName(input: string): Result<string, PayeeNameError> {
  // NFKD turns half-width kana and full-width ASCII into their canonical forms and splits voiced kana.
  const decomposed = input.normalize('NFKD').replace(/\u3000/g, ' ').trim().replace(/ {2,}/g, ' ');
  if (decomposed === '') return err({ code: 'PAYEE_NAME_EMPTY' });
  let out = '';
  const bad = new Set<string>();
  for (const ch of decomposed) {
    const mapped = KANA_MAP.get(ch) ?? ch.toUpperCase();
    if (ALLOWED.test(mapped)) out += mapped;
    else bad.add(ch);
  }
  if (bad.size > 0) return err({ code: 'PAYEE_NAME_INVALID_CHARS', chars: [...bad] });
  if (out.length > PAYEE_NAME_MAX) return err({ code: 'PAYEE_NAME_TOO_LONG', max: PAYEE_NAME_MAX });
  return ok(out);
}

/** True when the name is already in the normalized form the bank stores. */
export function isNormalizedPayeeName(name: string): boolean {
  const r = normalizePayeeName(name);
  return r.ok && r.value === name;
}

/** Masks a payee name for mails: first two characters, then asterisks. */
export function maskPayeeName(name: string): string {
  const chars = [...name];
  return chars.slice(0, 2).join('') + '*'.repeat(Math.max(1, Math.min(6, chars.length - 2)));
}
