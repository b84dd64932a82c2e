// Directory readings in Latin letters: katakana readings in Hepburn, one loose form for the
// spellings customers type, and the form shown to an English reader.
import { describe, expect, it } from 'vitest';
import { OWN_BANK_CODE, searchBanks, searchBranches } from '../../../mock-bank/directory.js';
import { isLatinQuery, looseLatin, readingInLatin, readingToShow } from '../../../src-shared/bank-api/directory-reading.js';

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
    ['ｱｵﾔﾏｼﾃﾝ', 'aoyamashiten'],
    ['ｶﾞｯｺｳ', 'gakkou'],
    ['あおやま', 'aoyama'],
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

const codes = (l: { code: string }[]) => l.map((e) => e.code);

describe('directory search in Latin letters', () => {
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

describe('readingToShow', () => {
  it.each([
    ['アオヤマシテン', 'Aoyama Shiten'],
    ['ホンテンエイギョウブ', 'Honten Eigyobu'],
    ['トウキョウエイギョウブ', 'Tokyo Eigyobu'],
    ['サンプルギンコウ', 'Sanpuru Ginko'],
    ['サンプルシンタクギンコウ', 'Sanpuru Shintaku Ginko'],
    ['デモシンヨウキンコ', 'Demo Shinyo Kinko'],
    ['ホンテン', 'Honten'],
    ['オオサカシテン', 'Osaka Shiten'],
    ['サッポロシテン', 'Sapporo Shiten'],
    ['ｻﾝﾌﾟﾙｷﾞﾝｺｳ', 'Sanpuru Ginko'],
  ])('%s is shown as %s', (kana, shown) => expect(readingToShow(kana)).toBe(shown));

  it('shows every reading of the directory, each found again by its own words', () => {
    for (const bank of searchBanks('ginkou').concat(searchBanks('kinko'))) {
      const shown = readingToShow(bank.kana);
      expect(shown).toMatch(/^[A-Z][a-z]*( [A-Z][a-z]*)*$/);
      expect(codes(searchBanks(shown))).toContain(bank.code);
      for (const branch of searchBranches(bank.code, 'shiten').concat(searchBranches(bank.code, 'honten'))) {
        expect(codes(searchBranches(bank.code, readingToShow(branch.kana)))).toContain(branch.code);
      }
    }
  });
});
