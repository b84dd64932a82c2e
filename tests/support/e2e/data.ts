/**
 * What the specs type, as customers type it: payee names in katakana, full-width digits, tricky
 * characters, kana searches; and the demo bank's own names (from its directory). These are inputs
 * and seed data, not the app's words (those come from the catalogs through text.ts).
 */
import { COLLECTORS, findBank, findBranch } from '../../../mock-bank/directory.js';
import { DEFAULT_BANK_PROFILE } from '../../../src-shared/bank-profile/profile.js';

/** A payee name typed in full-width katakana, and how a transfer carries it (half-width). */
export const PAYEE_NAME = 'ヤマダ ハナコ';
export const PAYEE_NAME_SENT = 'ﾔﾏﾀﾞ ﾊﾅｺ';
export const OTHER_PAYEE_NAME = 'ヤマダ サチコ';
/** Already half-width, as some customers type it. */
export const HALF_WIDTH_PAYEE_NAME = 'ﾃｽﾄ ｼﾞﾛｳ';
/** Kanji cannot be carried by a transfer. */
export const KANJI_PAYEE_NAME = '山田 花子';

/** Full-width digits (and separators) as typed with a Japanese input method. */
export const FULL_WIDTH = {
  bankCode: '０００５',
  branchCodeMixed: '1０1',
  amountWithZeroWidth: '１０\u200b００',
  amountExponent: '１e5',
  amountOverLimit: '１２，０００，０００',
  collector: '１２３４５',
  passwordDigits: 'NewLogin２０２５',
  atSign: 'arai＠docomo.ne.jp',
  /** The screens number Select addresses with full-width digits (セレクトメールアドレス１). */
  slotOne: '１',
} as const;

/** Kana typed into the bank and branch search. */
export const SEARCH_KANA = { sampleBank: 'さんぷる', aoyamaBranch: 'あおやま' } as const;
/** The same readings as a customer using the app in English types them (romaji). */
export const SEARCH_LATIN = { sampleBank: 'sampuru', aoyamaBranch: 'Aoyama' } as const;

const branch = (bank: string, code: string) => findBranch(bank, code)!.name;

/**
 * The directory's names the specs meet (the bank itself, and a bank in the directory). The bank
 * itself is named as its profile names it in each language ("Demo Bank" on English screens); the
 * directory holds its Japanese name only (`directoryName`).
 */
export const DIRECTORY = {
  own: {
    bank: DEFAULT_BANK_PROFILE.bankName, directoryName: findBank(DEFAULT_BANK_PROFILE.bankCode)!.name,
    bankCode: DEFAULT_BANK_PROFILE.bankCode, branch: branch(DEFAULT_BANK_PROFILE.bankCode, '001'), branchCode: '001',
  },
  sampleBank: findBank('0005')!.name,
  aoyama: branch('0005', '101'),
  shibuya: branch('0005', '123'),
};

/** The collector's name the bank gives for collector number 12345. */
export const COLLECTOR_12345 = COLLECTORS['12345']!;
