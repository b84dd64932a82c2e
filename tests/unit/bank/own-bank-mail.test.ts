// The bank's mails name a transfer's payee bank as the screens do: the English part of a transfer
// to an account at the bank itself says the profile's English name, never the directory's デモ銀行.
import { describe, expect, it } from 'vitest';
import { acceptanceMail, describeOperation } from '../../../mock-bank/mail-templates.js';
import { DEFAULT_BANK_PROFILE } from '../../../src-shared/bank-profile/profile.js';

const summary = {
  amount: 5_000, fee: 0, payeeName: 'ﾒｸﾞﾛ ｼﾞﾛｳ', payeeBankName: 'デモ銀行 本店営業部', payeeBankCode: DEFAULT_BANK_PROFILE.bankCode,
  payeeBranchName: '本店営業部', payeeAccountMasked: '普通 ****321',
};

describe('own-bank payee in the mails', () => {
  it('the English part names the bank in English, the Japanese part in Japanese', () => {
    const words = describeOperation('transfer', summary);
    expect(words.en).toContain(`, ${DEFAULT_BANK_PROFILE.bankName.en} 本店営業部, account`);
    expect(words.en).not.toContain(DEFAULT_BANK_PROFILE.bankName.ja);
    expect(words.ja).toContain(`様 ${DEFAULT_BANK_PROFILE.bankName.ja} 本店営業部 口座番号`);
    const mail = acceptanceMail({ receiptNumber: '1234567890', completedAt: 0, operation: words });
    const english = mail.text.slice(mail.text.indexOf('-'.repeat(40)));
    expect(english).toContain('Demo Bank 本店営業部');
    expect(english).not.toContain('デモ銀行');
  });
  it("another bank keeps the directory's name in both parts", () => {
    const words = describeOperation('transfer', { ...summary, payeeBankName: 'サンプル銀行 青山支店', payeeBankCode: '0005', payeeBranchName: '青山支店' });
    expect(words.en).toContain(', サンプル銀行 青山支店, account');
  });
});
