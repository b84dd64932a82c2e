/** Money is integer yen. Parsing customer input and formatting amounts for ja/en. */
import { err, ok, type Result } from './result.js';
import { hasInvisibleCharacters, toHalfWidthDigits, withoutSpaces } from './text.js';

export const MIN_TRANSFER_YEN = 1;
export const MAX_TRANSFER_YEN = 10_000_000;

export type AmountError =
  | { code: 'AMOUNT_EMPTY' }
  | { code: 'AMOUNT_NOT_A_NUMBER' }
  | { code: 'AMOUNT_NOT_WHOLE_YEN' }
  | { code: 'AMOUNT_TOO_SMALL'; min: number }
  | { code: 'AMOUNT_TOO_LARGE'; max: number };

/**
 * Parses what a customer typed as an amount: "10000", "１０,０００", "¥10,000", "10,000円".
 * Only whole, positive yen within the per-transfer limits are accepted.
 */
export function parseYen(input: string): Result<number, AmountError> {
  if (hasInvisibleCharacters(input)) return err({ code: 'AMOUNT_NOT_A_NUMBER' });
  let text = toHalfWidthDigits(withoutSpaces(input));
  if (text === '') return err({ code: 'AMOUNT_EMPTY' });
  text = text.replace(/^[¥￥\\]/, '').replace(/円$/, '');
  text = text.replace(/[,，]/g, '');
  if (/^[-−－]/.test(text)) return err({ code: 'AMOUNT_TOO_SMALL', min: MIN_TRANSFER_YEN });
  if (/^\d+[.．]\d*$/.test(text)) return err({ code: 'AMOUNT_NOT_WHOLE_YEN' });
  if (!/^\d+$/.test(text)) return err({ code: 'AMOUNT_NOT_A_NUMBER' });
  // Compare as a string length first, so a 400-digit paste never becomes Infinity.
  const trimmed = text.replace(/^0+(?=\d)/, '');
  if (trimmed.length > 9) return err({ code: 'AMOUNT_TOO_LARGE', max: MAX_TRANSFER_YEN });
  return checkYen(Number(trimmed));
}

/** Checks an amount that is already a number (from an API body). */
export function checkYen(amount: number): Result<number, AmountError> {
  if (!Number.isFinite(amount)) return err({ code: 'AMOUNT_NOT_A_NUMBER' });
  if (!Number.isInteger(amount)) return err({ code: 'AMOUNT_NOT_WHOLE_YEN' });
  if (amount < MIN_TRANSFER_YEN) return err({ code: 'AMOUNT_TOO_SMALL', min: MIN_TRANSFER_YEN });
  if (amount > MAX_TRANSFER_YEN) return err({ code: 'AMOUNT_TOO_LARGE', max: MAX_TRANSFER_YEN });
  return ok(amount);
}

export type Locale = 'ja' | 'en';

// Built at first use (once per locale), not when the module loads: the login screen loads it and
// never formats an amount, and building an Intl formatter is far dearer than using one.
const formatters: Partial<Record<Locale, Intl.NumberFormat>> = {};

/** "￥10,000" (ja) or "¥10,000" (en). Negative amounts keep their sign. */
export function formatYen(amount: number, locale: Locale): string {
  formatters[locale] ??= new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-US', { style: 'currency', currency: 'JPY' });
  return formatters[locale].format(amount);
}

let plainDigits: Intl.NumberFormat | undefined; // built once: building one costs far more than formatting

/** Plain grouped digits with the unit word: "10,000円" / "¥10,000" — used in mails. */
export function formatYenPlain(amount: number, locale: Locale): string {
  const digits = (plainDigits ??= new Intl.NumberFormat('en-US')).format(amount);
  return locale === 'ja' ? `${digits}円` : `¥${digits}`;
}
