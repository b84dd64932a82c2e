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

/** Account type: the API code (`ordinary`) or the passbook label (`普通`). */
export function parseAccountType(input: string): Result<AccountType, AccountFieldError> {
  const text = input.trim();
  const found = ACCOUNT_TYPES.find((t) => t === text || ACCOUNT_TYPE_LABELS[t].ja === text);
  return found === undefined ? err({ code: 'ACCOUNT_TYPE_INVALID' }) : ok(found);
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
KANA_MAP.set('ー', '-'); // long vowel mark: transfers use a hyphen
KANA_MAP.set('「', '｢');
KANA_MAP.set('」', '｣');

/** Characters the transfer system allows in a payee name, after normalization. */
const ALLOWED = /^[ｦ-ﾟ0-9A-Z ().,\-/\\｢｣]$/;

/** One typed character in transfer form, or null when the transfer system cannot carry it. */
function toTransferChars(ch: string): string | null {
  let mapped = '';
  // NFKD turns half-width kana and full-width ASCII into canonical forms and splits voiced kana.
  for (const part of ch.normalize('NFKD')) {
    const m = KANA_MAP.get(part) ?? part.toUpperCase();
    if (!ALLOWED.test(m)) return null;
    mapped += m;
  }
  return mapped;
}

/**
 * Normalizes a payee name the way Japanese transfers carry it: full-width or half-width katakana
 * becomes half-width kana (small kana become large), Latin letters become upper case, full-width
 * ASCII becomes half-width. Kanji, hiragana and other characters are rejected with the offending
 * characters listed, so the screen can say which ones to change.
 */
export function normalizePayeeName(input: string): Result<string, PayeeNameError> {
  // A stand-alone voiced mark (゛ ゜) would decompose to a space plus the combining mark: join it to
  // the kana before it instead, as the customer meant ("カ゛" is ガ).
  const composed = input.trim().replace(/\u309B/g, '\u3099').replace(/\u309C/g, '\u309A').normalize('NFC');
  let out = '';
  const bad = new Set<string>();
  // Character by character as typed, so an error lists "だ" or "㈱", not what they decompose to.
  for (const ch of composed) {
    const mapped = toTransferChars(ch);
    if (mapped === null) bad.add(ch);
    else out += mapped;
  }
  if (bad.size > 0) return err({ code: 'PAYEE_NAME_INVALID_CHARS', chars: [...bad] });
  out = out.trim().replace(/ {2,}/g, ' ');
  if (out === '') return err({ code: 'PAYEE_NAME_EMPTY' });
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
