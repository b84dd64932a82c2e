// The bank's own name on every screen that names a bank: the profile's name in the screen's
// language for the profile's bank code, the directory's (Japanese, proper) name for any other bank.
import { describe, expect, it } from 'vitest';
import type { Payee } from '../../../src-shared/bank-api/accounts.js';
import { bankNameFor, payeeBankFor } from '../../../src-shared/bank-profile/own-bank.js';
import { DEFAULT_BANK_PROFILE, type BankProfile } from '../../../src-shared/bank-profile/profile.js';
import { translate, type Lang } from '../../../src-renderer/i18n/i18n.js';
import { bankNames } from '../../../src-renderer/lib/bank-name.js';
import { payeeRows } from '../../../src-renderer/screens/transfer/rows.js';

const DEMO = DEFAULT_BANK_PROFILE;
const OWN_DIRECTORY_NAME = 'デモ銀行';
const t = (lang: Lang) => (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate(lang, key, vars);
/** Another bank's profile: the rule follows the profile in force, not the demo bank's names. */
const OTHER: BankProfile = { ...DEMO, id: 'kita-bank', bankCode: '0123', bankName: { ja: '北の杜銀行', en: 'Kitanomori Bank' } };

describe('bankNameFor', () => {
  it("names the profile's own bank in the screen's language", () => {
    expect(bankNameFor(DEMO, 'en', DEMO.bankCode, OWN_DIRECTORY_NAME)).toBe('Demo Bank');
    expect(bankNameFor(DEMO, 'ja', DEMO.bankCode, OWN_DIRECTORY_NAME)).toBe('デモ銀行');
    expect(bankNameFor(OTHER, 'en', '0123', '北の杜銀行')).toBe('Kitanomori Bank');
  });
  it("keeps the directory's name for other banks, and where no profile is known yet", () => {
    expect(bankNameFor(DEMO, 'en', '0005', 'サンプル銀行')).toBe('サンプル銀行');
    expect(bankNameFor(OTHER, 'en', DEMO.bankCode, OWN_DIRECTORY_NAME)).toBe(OWN_DIRECTORY_NAME);
    expect(bankNameFor(null, 'en', DEMO.bankCode, OWN_DIRECTORY_NAME)).toBe(OWN_DIRECTORY_NAME);
  });
});

describe('payeeBankFor (receipts and mails from the bank’s summary)', () => {
  const own = { payeeBankName: 'デモ銀行 本店営業部', payeeBankCode: DEMO.bankCode, payeeBranchName: '本店営業部' };
  it("swaps in the own bank's name and keeps the branch's", () => {
    expect(payeeBankFor(DEMO, 'en', own)).toBe('Demo Bank 本店営業部');
    expect(payeeBankFor(DEMO, 'ja', own)).toBe('デモ銀行 本店営業部');
  });
  it("keeps the bank's words for another bank and for a record without the code", () => {
    expect(payeeBankFor(DEMO, 'en', { payeeBankName: 'サンプル銀行 青山支店', payeeBankCode: '0005', payeeBranchName: '青山支店' })).toBe('サンプル銀行 青山支店');
    expect(payeeBankFor(DEMO, 'en', { payeeBankName: 'デモ銀行 本店営業部' })).toBe('デモ銀行 本店営業部');
    expect(payeeBankFor(DEMO, 'en', {})).toBeUndefined();
  });
});

describe('the payee rows of review, authorize and receipt', () => {
  const payee: Payee = { id: 'p1', name: 'ﾒｸﾞﾛ ｼﾞﾛｳ', bankCode: DEMO.bankCode, branchCode: '001', accountType: 'ordinary', accountNumber: '7654321', bankName: OWN_DIRECTORY_NAME, branchName: '本店営業部' };
  const bankRow = (lang: Lang, target: Parameters<typeof payeeRows>[2]) => payeeRows(t(lang), bankNames(DEMO, lang), target)[1]![1];
  it('an own-bank payee in English: "Demo Bank", no Japanese bank name', () => {
    const row = bankRow('en', { kind: 'registered', payee });
    expect(row).toBe('Demo Bank (0999) 本店営業部 (001)');
    expect(row).not.toContain(OWN_DIRECTORY_NAME);
    const typed = bankRow('en', { kind: 'new', payee: { bankCode: DEMO.bankCode, branchCode: '002', accountType: 'ordinary', accountNumber: '1234567', name: 'ﾃｽﾄ' }, bankName: OWN_DIRECTORY_NAME, branchName: '新宿支店' });
    expect(typed).toBe('Demo Bank (0999) 新宿支店 (002)');
  });
  it('Japanese screens and other banks as before', () => {
    expect(bankRow('ja', { kind: 'registered', payee })).toBe('デモ銀行（0999） 本店営業部（001）');
    expect(bankRow('en', { kind: 'registered', payee: { ...payee, bankCode: '0005', bankName: 'サンプル銀行', branchCode: '101', branchName: '青山支店' } })).toBe('サンプル銀行 (0005) 青山支店 (101)');
  });
});
