import { describe, expect, it } from 'vitest';
import { checkAmount, checkBill, checkEmail, checkLogin, checkPasswords, checkPayee, payeeNamePreview } from '../../../src-renderer/lib/forms.js';

const fmt = (n: number) => `¥${n.toLocaleString('en-US')}`;

describe('login form', () => {
  it('asks for both fields and trims the ID', () => {
    expect(checkLogin({ loginId: ' ', password: '' })).toEqual({ ok: false, errors: { loginId: { key: 'login.err.loginId' }, password: { key: 'login.err.password' } } });
    expect(checkLogin({ loginId: ' mail-user ', password: 'x' })).toEqual({ ok: true, value: { loginId: 'mail-user', password: 'x' } });
  });
});

describe('start-of-use passwords', () => {
  const good = { newLogin: 'abcd1234', newLoginAgain: 'abcd1234', confirm: 'wxyz9876', confirmAgain: 'wxyz9876' };
  it('accepts two different passwords that meet the rules', () => {
    expect(checkPasswords(good)).toEqual({ ok: true, value: { newLoginPassword: 'abcd1234', confirmationPassword: 'wxyz9876' } });
  });
  it('refuses a confirmation password equal to the login password', () => {
    const r = checkPasswords({ ...good, confirm: 'abcd1234', confirmAgain: 'abcd1234' });
    expect(r.ok ? null : r.errors.confirm).toEqual({ key: 'sou.err.confirmSameAsLogin' });
  });
  it('names rule breaks and mismatches per field', () => {
    const r = checkPasswords({ newLogin: 'short1', newLoginAgain: '', confirm: 'wxyz9876', confirmAgain: 'wxyz9877' });
    expect(r.ok ? null : r.errors).toEqual({ newLogin: { key: 'sou.err.newLoginRules' }, confirmAgain: { key: 'sou.err.confirmMismatch' } });
    const r2 = checkPasswords({ ...good, newLoginAgain: 'abcd12345' });
    expect(r2.ok ? null : r2.errors).toEqual({ newLoginAgain: { key: 'sou.err.newLoginMismatch' } });
  });
});

describe('e-mail with advice', () => {
  it('accepts a carrier address with good advice and no acknowledgement', () => {
    const r = checkEmail({ email: 'Taro@DOCOMO.ne.jp', emailAgain: 'Taro@docomo.ne.jp', ack: false });
    expect(r.ok && r.value).toEqual({ email: 'Taro@docomo.ne.jp', acknowledgeFreeMail: false });
    expect(r.classification.valid && r.classification.advice).toContain('separate-device-good');
  });
  it('needs the checkbox for free and cloud mail', () => {
    const r = checkEmail({ email: 'taro@gmail.com', ack: false });
    expect(r.ok ? null : r.errors).toEqual({ ack: { key: 'email.err.ackRequired' } });
    expect(checkEmail({ email: 'taro@icloud.com', ack: true })).toMatchObject({ ok: true, value: { acknowledgeFreeMail: true } });
  });
  it('turns syntax errors and a mismatch into message keys', () => {
    expect(checkEmail({ email: 'taro', ack: false })).toMatchObject({ ok: false, errors: { email: { key: 'email.err.EMAIL_MISSING_AT' } } });
    expect(checkEmail({ email: 'ｔａｒｏ@docomo.ne.jp', ack: false })).toMatchObject({ ok: false, errors: { email: { key: 'email.err.EMAIL_NON_ASCII' } } });
    expect(checkEmail({ email: 'a@docomo.ne.jp', emailAgain: 'b@docomo.ne.jp', ack: false })).toMatchObject({ ok: false, errors: { emailAgain: { key: 'sou.err.emailMismatch' } } });
  });
});

describe('amounts', () => {
  it('reads full-width digits, commas and the yen sign', () => {
    expect(checkAmount('１０，０００円', fmt)).toEqual({ ok: true, value: 10000 });
    expect(checkAmount('¥1,500', fmt)).toEqual({ ok: true, value: 1500 });
  });
  it('gives the limit in the message', () => {
    expect(checkAmount('10000001', fmt)).toEqual({ ok: false, error: { key: 'amount.err.AMOUNT_TOO_LARGE', vars: { min: '¥1', max: '¥10,000,000' } } });
    expect(checkAmount('', fmt)).toMatchObject({ ok: false, error: { key: 'amount.err.AMOUNT_EMPTY' } });
    expect(checkAmount('12.5', fmt)).toMatchObject({ ok: false, error: { key: 'amount.err.AMOUNT_NOT_WHOLE_YEN' } });
  });
});

describe('new payee', () => {
  it('normalizes codes and the katakana name to transfer form', () => {
    const r = checkPayee({ bankCode: '０００５', branchCode: '101', accountType: 'ordinary', accountNumber: '7654', name: 'ヤマダ タロウ' });
    expect(r).toEqual({ ok: true, value: { bankCode: '0005', branchCode: '101', accountType: 'ordinary', accountNumber: '0007654', name: 'ﾔﾏﾀﾞ ﾀﾛｳ' } });
    // Small kana become large, as transfers carry them.
    expect(payeeNamePreview('カブシキガイシャ')).toBe('ｶﾌﾞｼｷｶﾞｲｼﾔ');
  });
  it('lists characters a transfer cannot carry and each bad field', () => {
    const r = checkPayee({ bankCode: '5', branchCode: 'abc', accountType: 'x', accountNumber: '0000', name: '山田タロウ' });
    expect(r.ok ? null : r.errors).toEqual({
      bankCode: { key: 'tr.err.bankCode' }, branchCode: { key: 'tr.err.branchCode' }, accountType: { key: 'tr.err.accountType' },
      accountNumber: { key: 'tr.err.accountNumber' }, name: { key: 'tr.err.nameChars', vars: { chars: '山 田' } },
    });
    expect(payeeNamePreview('やまだ')).toBeNull();
  });
});

describe('bill payment', () => {
  it('accepts Pay-easy numbers typed with full-width digits and hyphens', () => {
    expect(checkBill({ collectorNumber: '１２３４５', customerNumber: '1234-5678', confirmationNumber: '12', amount: '3,000' }, fmt))
      .toEqual({ ok: true, value: { collectorNumber: '12345', customerNumber: '12345678', confirmationNumber: '12', amount: 3000 } });
  });
  it('flags each wrong field', () => {
    const r = checkBill({ collectorNumber: '1234', customerNumber: '', confirmationNumber: '1234567', amount: '0' }, fmt);
    expect(Object.keys(r.ok ? {} : r.errors).sort()).toEqual(['amount', 'collectorNumber', 'confirmationNumber', 'customerNumber']);
  });
});
