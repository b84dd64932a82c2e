/**
 * One language per screen: the Japanese catalogs hold no English words and the English ones no
 * Japanese, apart from a short list of proper names and technical tokens a customer sees as they are.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_BANK_PROFILE } from '../../../src-shared/bank-profile/index.js';
import { catalogs } from '../../../src-renderer/i18n/i18n.js';
import { testbuildEn } from '../../../src-renderer/i18n/testbuild.en.js';
import { testbuildJa } from '../../../src-renderer/i18n/testbuild.ja.js';

/** Latin tokens a Japanese screen may show: abbreviations customers know, and the language's own name. */
const LATIN_IN_JA = new Set(['ID', 'PC', 'QR', 'TOTP', 'URL', 'ATM', 'SMS', 'CSV', 'PDF', 'English', 'E']);
/** Japanese an English screen may show: the name of the Japanese language on the language switch. */
const JAPANESE_IN_EN = new Set(['日本語']);
const JAPANESE = /[\u3000-\u303f\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff60\uff61-\uff9f]+/gu;

/** The text a customer reads: placeholders ({name}) and the bank's domains are not words. */
function readable(text: string): string {
  let s = text.replace(/\{\w+\}/g, ' ');
  for (const d of [DEFAULT_BANK_PROFILE.otpSenderDomain, DEFAULT_BANK_PROFILE.noticeSenderDomain]) s = s.split(d).join(' ');
  return s;
}

function latinWords(text: string): string[] {
  return (readable(text).match(/[A-Za-z][A-Za-z'’-]*/g) ?? []).filter((w) => !LATIN_IN_JA.has(w));
}

function japaneseRuns(text: string): string[] {
  return (readable(text).match(JAPANESE) ?? []).filter((w) => !JAPANESE_IN_EN.has(w));
}

const ja = { ...catalogs.ja, ...testbuildJa };
const en = { ...catalogs.en, ...testbuildEn };

describe('the catalog language check', () => {
  it('finds an English word in Japanese text and Japanese in English text', () => {
    expect(latinWords('ATM 出金 / ATM withdrawal')).toEqual(['withdrawal']);
    expect(latinWords('{domain} をコピー・ログインID・otp-auth.net')).toEqual([]);
    expect(japaneseRuns('Enter the 確認用パスワード')).toEqual(['確認用パスワード']);
    expect(japaneseRuns('Copy {domain} ({text})')).toEqual([]);
    expect(japaneseRuns('Use full-width（全角）digits')).toEqual(['（全角）']);
  });
});

describe('Japanese catalogs', () => {
  it('hold no English words beyond the allowed tokens', () => {
    const found = Object.entries(ja).flatMap(([k, v]) => latinWords(v).map((w) => `${k}: ${w}`));
    expect(found).toEqual([]);
  });
});

describe('English catalogs', () => {
  it('hold no Japanese beyond the allowed proper names', () => {
    const found = Object.entries(en).flatMap(([k, v]) => japaneseRuns(v).map((w) => `${k}: ${w}`));
    expect(found).toEqual([]);
  });

  it('call the mailed password "mail-notified password": "one-time password" only for the app, or for both kinds together', () => {
    // The lock after too many wrong entries is about both kinds at once: there "one-time password" is the family name.
    const bothKinds = (k: string) => k.startsWith('lock.');
    const mailedAsOneTime = (v: string) => /one-time[- ]password mail|mail(?:ed)? (?:a |the )?one-time[- ]password|\bOTP\b/i.test(v) || (/one-time[- ]password/i.test(v) && !/\bapp\b/i.test(v));
    const others = Object.entries(en).filter(([k, v]) => !bothKinds(k) && mailedAsOneTime(readable(v)));
    expect(others.map(([k]) => k)).toEqual([]);
  });
});
