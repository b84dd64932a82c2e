/** fast-check generators for the "never throws" properties: text a customer might type or paste. */
import fc from 'fast-check';

const codeUnit = (min: number, max: number) => fc.integer({ min, max }).map((c) => String.fromCharCode(c));

/** One UTF-16 code unit, weighted toward the ranges Japanese input lives in (lone surrogates included). */
export const typedChar = fc.oneof(
  codeUnit(0x20, 0x7e), // ASCII
  codeUnit(0x3000, 0x30ff), // Japanese punctuation, hiragana, katakana
  codeUnit(0xff00, 0xffef), // full-width ASCII, half-width kana
  fc.constantFrom('\u200B', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u3099', '\u309A', '@', '.', '-', ' ', '\t'),
  codeUnit(0, 0xffff), // anything, surrogates too
);

/** Strings of such characters. */
export const typedText = (maxLength = 40) => fc.string({ unit: typedChar, maxLength });
