/** Small text helpers shared by the input parsers. */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;

/** True when the text holds invisible characters that would make two inputs look alike. */
export function hasInvisibleCharacters(text: string): boolean {
  return ZERO_WIDTH.test(text);
}

/** Full-width digits (０-９) to ASCII digits; other characters unchanged. */
export function toHalfWidthDigits(text: string): string {
  return text.replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Removes ordinary and full-width spaces (as a customer pastes "123 456"). */
export function withoutSpaces(text: string): string {
  return text.replace(/[\s\u3000]/g, '');
}

/**
 * Normalizes a typed or pasted one-time password: full-width digits become ASCII, spaces and
 * hyphens go. Returns null when anything but six digits remains.
 */
export function normalizeOtpInput(text: string): string | null {
  if (hasInvisibleCharacters(text)) return null;
  const digits = toHalfWidthDigits(withoutSpaces(text)).replace(/[-\u2010-\u2015\u30FC\uFF0D]/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
}
