// Directory search by a reading in Latin letters: katakana readings in Hepburn, and one loose form
// for the spellings customers type.
import { describe, expect, it } from 'vitest';
import { OWN_BANK_CODE, searchBanks, searchBranches } from '../../../mock-bank/directory.js';
import { isLatinQuery, looseLatin, readingInLatin } from '../../../mock-bank/romaji.js';

describe('readingInLatin', () => {
  it.each([
    ['アオヤマシテン', 'aoyamashiten'],
    ['シンジュクシテン', 'shinjukushiten'],
    ['トウキョウエイギョウブ', 'toukyoueigyoubu'],
    ['サッポロシテン', 'sapporoshiten'],
    ['マッチャ', 'matcha'],
    ['チュウオウ', 'chuuou'],
    ['ジャ', 'ja'],
    ['センター', 'sentaa'],
    ['ファイル', 'fairu'],
    ['ティー', 'tii'],
    ['ヒカリチュウオウギンコウ', 'hikarichuuouginkou'],
    ['ABC・ホンテン', 'honten'],
  ])('%s is %s', (kana, latin) => expect(readingInLatin(kana)).toBe(latin));
});

describe('looseLatin', () => {
  it.each([
    ['shinjuku', 'sinjuku'],
    ['Tōkyō', 'tokyo'],
    ['toukyou', 'tokyo'],
    ['Sapporo', 'saporo'],
    ['shimbashi', 'sinbasi'],
    ['Oosaka', 'osaka'],
    ['eigyoubu', 'egyobu'],
    ['chuo', 'tyuo'],
  ])('%s and %s are one form', (a, b) => expect(looseLatin(a)).toBe(looseLatin(b)));

  it('keeps different readings apart', () => {
    expect(looseLatin('aoyama')).not.toBe(looseLatin('oyama'));
    expect(looseLatin('shibuya')).not.toBe(looseLatin('sibuta'));
  });
});

describe('isLatinQuery', () => {
  it.each([['aoyama', true], ['Tōkyō', true], ["shin'ya", true], ['ｓｈｉｂｕｙａ', true], ['a', false], ['青山', false], ['aoやま', false], ['0005', false]])(
    '%s: %s', (q, latin) => expect(isLatinQuery(q)).toBe(latin),
  );
});

describe('directory search in Latin letters', () => {
  const codes = (l: { code: string }[]) => l.map((e) => e.code);
  it.each([
    ['sanpuru', ['0005', '0288']],
    ['sampuru', ['0005', '0288']],
    ['Hikari Chuo', ['0001']],
    ['shintaku', ['0288']],
    ['shinyou kinko', ['1234']],
    ['ginkou', [OWN_BANK_CODE, '0001', '0005', '0009', '0017', '0288']],
    ['london', []],
  ])('banks: %s', (q, expected) => expect(codes(searchBanks(q))).toEqual(expected));

  it.each([
    ['0005', 'aoyama', ['101']],
    ['0005', 'Shibuya', ['123']],
    ['0001', 'tokyo', ['001']],
    ['0001', 'yokohama', ['110']],
    ['0009', 'saporo', ['201']],
    ['0009', 'sendai', ['202']],
    ['0001', 'osaka', []],
  ])('branches of %s: %s', (bank, q, expected) => expect(codes(searchBranches(bank, q))).toEqual(expected));
});
