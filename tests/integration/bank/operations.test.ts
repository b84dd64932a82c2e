import { URI, type TOTP } from 'otpauth';
import { afterEach, describe, expect, it } from 'vitest';
import { listMessages, waitForMessage, waitForOtp } from '../../support/mailbox.js';
import { completeOperation, startTestBank, totpCode, type TestBank } from './helpers.js';

let t: TestBank;
afterEach(async () => t?.close());

const FROM = 'acc_1234567';
// Branches the directory knows: サンプル銀行 (0005) 青山支店 (101), and the bank's own 本店営業部 (001).
const adHoc = (amount: number, bankCode = '0005', fromAccountId = FROM) => ({
  type: 'transfer', fromAccountId, amount,
  payee: { bankCode, branchCode: bankCode === '0005' ? '101' : '001', accountType: 'ordinary', accountNumber: '7654321', name: 'ﾔﾏﾀﾞ ｻﾁｺ' },
});
const balance = async (token: string) => (await t.api.get('/api/v1/accounts', token)).body.accounts[0].balance as number;

describe('money', () => {
  it('under the peer rule a registered-payee transfer needs the confirmation password only and moves the money both ways', async () => {
    t = await startTestBank({ registeredPayeeNeedsOtp: false });
    const token = await t.api.login('mail-user');
    const payee = (await t.api.get('/api/v1/payees', token)).body.payees[0];
    const op = await t.api.post('/api/v1/operations', { type: 'transfer', fromAccountId: FROM, amount: 30_000, payeeId: payee.id }, token);
    expect(op.body).toMatchObject({ factors: ['confirmation-password'], summary: { amount: 30_000, fee: 0 } });
    expect(op.body.otp).toBeUndefined();
    const done = await t.api.post(`/api/v1/operations/${op.body.id}/authorize`, { confirmationPassword: 'demo-confirm-1' }, token);
    expect(done.body.status).toBe('completed');
    expect(await balance(token)).toBe(970_000);
    const other = await t.api.login('token-user');
    expect(await balance(other)).toBe(1_030_000);
    const history = (await t.api.get('/api/v1/accounts/acc_2345678/transactions', other)).body.transactions;
    expect(history[0]).toMatchObject({ amount: 30_000, balanceAfter: 1_030_000, receiptNumber: done.body.receiptNumber });
  });

  it('charges the other-bank fee and lists every movement in the history', async () => {
    t = await startTestBank();
    const token = await t.api.login('mail-user');
    const fee = await t.api.get('/api/v1/transfer-fee?bankCode=0005&amount=50000', token);
    expect(fee.body).toEqual({ fee: 275, sameBank: false });
    expect((await t.api.get('/api/v1/transfer-fee?bankCode=0005&amount=1000', token)).body.fee).toBe(165);
    expect((await t.api.get('/api/v1/transfer-fee?bankCode=0999&amount=1000', token)).body).toEqual({ fee: 0, sameBank: true });
    const done = await completeOperation(t, token, adHoc(50_000));
    const receipt = done.steps.at(-1)!.body.receiptNumber;
    expect(await balance(token)).toBe(1_000_000 - 50_000 - 275);
    const tx = (await t.api.get(`/api/v1/accounts/${FROM}/transactions?limit=2`, token)).body;
    expect(tx.transactions.map((x: { amount: number }) => x.amount)).toEqual([-275, -50_000]);
    expect(tx.transactions.every((x: { receiptNumber: string }) => x.receiptNumber === receipt)).toBe(true);
    expect(tx.nextCursor).toMatch(/^\d+$/);
    const rest = (await t.api.get(`/api/v1/accounts/${FROM}/transactions?cursor=${tx.nextCursor}`, token)).body;
    expect(rest.transactions).toHaveLength(3); // the seeded history
    expect(rest.nextCursor).toBeNull();
  });

  it('bill payment: known collectors only, amount debited', async () => {
    t = await startTestBank();
    const token = await t.api.login('mail-user');
    const unknown = await t.api.post('/api/v1/operations', { type: 'bill-payment', fromAccountId: FROM, amount: 1000, collectorNumber: '99999', customerNumber: '1', confirmationNumber: '1' }, token);
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.code).toBe('COLLECTOR_NOT_FOUND');
    const done = await completeOperation(t, token, { type: 'bill-payment', fromAccountId: FROM, amount: 8_800, collectorNumber: '23456', customerNumber: '55501', confirmationNumber: '77' });
    expect(done.steps.at(-1)!.body.status).toBe('completed');
    expect(await balance(token)).toBe(991_200);
  });

  it('never lets a balance go negative', async () => {
    // The peer rule lets the second transfer go without a password that would void the first one's.
    t = await startTestBank({ dailyLimitYen: 10_000_000, registeredPayeeNeedsOtp: false });
    const token = await t.api.login('mail-user');
    const tooMuch = await t.api.post('/api/v1/operations', adHoc(999_900), token);
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.error.code).toBe('INSUFFICIENT_FUNDS');
    // Two operations that each fit, but not together: the second fails at authorization.
    const a = await t.api.post('/api/v1/operations', adHoc(600_000), token);
    const codeA = (await waitForOtp(t.mailboxUrl, 'mail-user@docomo.ne.jp', { reference: a.body.otp.reference })).code;
    const payee = (await t.api.get('/api/v1/payees', token)).body.payees[0];
    const b = await t.api.post('/api/v1/operations', { type: 'transfer', fromAccountId: FROM, amount: 600_000, payeeId: payee.id }, token);
    expect((await t.api.post(`/api/v1/operations/${b.body.id}/authorize`, { confirmationPassword: 'demo-confirm-1' }, token)).body.status).toBe('completed');
    const late = await t.api.post(`/api/v1/operations/${a.body.id}/authorize`, { mailOtp: codeA, confirmationPassword: 'demo-confirm-1' }, token);
    expect(late.status).toBe(422);
    expect(late.body.error.code).toBe('INSUFFICIENT_FUNDS');
    expect(await balance(token)).toBe(400_000);
    expect((await t.api.get(`/api/v1/operations/${a.body.id}`, token)).body.status).toBe('awaiting-authorization');
  });

  it('keeps to the daily transfer limit per customer, and a new day in Japan starts afresh', async () => {
    t = await startTestBank({ dailyLimitYen: 100_000 });
    const token = await t.api.login('mail-user');
    expect((await completeOperation(t, token, adHoc(70_000, '0999'))).steps.at(-1)!.body.status).toBe('completed');
    const over = await t.api.post('/api/v1/operations', adHoc(40_000, '0999'), token);
    expect(over.status).toBe(422);
    expect(over.body.error.code).toBe('DAILY_LIMIT_EXCEEDED');
    t.clock.advance(24 * 3600 * 1000);
    const token2 = await t.api.login('mail-user');
    expect((await t.api.post('/api/v1/operations', adHoc(40_000, '0999'), token2)).status).toBe(201);
  });

  it('refuses accounts and payees of other customers', async () => {
    t = await startTestBank();
    const token = await t.api.login('mail-user');
    const foreign = await t.api.post('/api/v1/operations', { ...adHoc(1000), fromAccountId: 'acc_2345678' }, token);
    expect(foreign.body.error.code).toBe('ACCOUNT_NOT_FOUND');
    expect((await t.api.get('/api/v1/accounts/acc_2345678/transactions', token)).status).toBe(404);
    const otherPayee = (await t.api.get('/api/v1/payees', await t.api.login('token-user'))).body.payees[0].id;
    const r = await t.api.post('/api/v1/operations', { type: 'transfer', fromAccountId: FROM, amount: 1000, payeeId: otherPayee }, token);
    expect(r.body.error.code).toBe('PAYEE_NOT_FOUND');
  });
});

describe('mails', () => {
  it('the OTP mail: sender, recipients, reference, time, words, warning, masked account, text and HTML, ja then en', async () => {
    t = await startTestBank();
    const token = await t.api.login('mail-user');
    // Select address 1 as an extra destination first.
    await completeOperation(t, token, { type: 'select-email-change', slots: [{ slot: 1, use: true, address: 'mail-user.sub@au.com' }, { slot: 2, use: false }] });
    await completeOperation(t, token, { type: 'otp-destination-change', destinations: [{ slot: 1, use: true }, { slot: 2, use: false }] });
    const op = await t.api.post('/api/v1/operations', adHoc(10_000), token);
    expect(op.body.otp.destinations).toEqual(['m***@docomo.ne.jp', 'm***@au.com']);
    const main = await waitForOtp(t.mailboxUrl, 'mail-user@docomo.ne.jp', { reference: op.body.otp.reference });
    const sub = await waitForOtp(t.mailboxUrl, 'mail-user.sub@au.com', { reference: op.body.otp.reference });
    expect(sub.code).toBe(main.code);
    const m = main.message;
    expect(m.from).toMatch(/@otp-auth\.net>?$/);
    expect(m.to).toEqual(['mail-user@docomo.ne.jp']);
    expect(m.subject).toContain(op.body.otp.reference);
    expect(m.text).toContain('10,000円');
    expect(m.text).toContain('¥10,000');
    expect(m.text).toContain('ﾔﾏ');
    expect(m.text).not.toContain('ﾔﾏﾀﾞ ｻﾁｺ');
    expect(m.text).not.toContain('7654321');
    expect(m.text).toContain('****321');
    expect(m.text).toMatch(/どなたにも.*教えないでください/);
    expect(m.text).toMatch(/Never tell this password to anyone/);
    const sentJst = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }).format(new Date(op.body.otp.sentAt));
    expect(m.text).toContain(sentJst);
    expect(m.text).toContain('有効期限');
    expect(m.text.indexOf('照合番号')).toBeLessThan(m.text.indexOf('Reference'));
    expect(m.html).toContain(main.code);
    expect(m.html).toContain('lang="ja"');
    expect(m.html).not.toContain('7654321');
    expect(m.reference).toBe(op.body.otp.reference);
  });

  it('the acceptance mail goes to the registered and every Select address in use, from am-bk.co.jp, without secrets', async () => {
    t = await startTestBank();
    const token = await t.api.login('mail-user');
    await completeOperation(t, token, { type: 'select-email-change', slots: [{ slot: 1, use: true, address: 'one@au.com' }, { slot: 2, use: true, address: 'two@softbank.ne.jp' }] });
    const done = await completeOperation(t, token, adHoc(12_345));
    const receipt = done.steps.at(-1)!.body.receiptNumber as string;
    const otpCodes = (await listMessages(t.mailboxUrl)).map((x) => /メール通知パスワード: (\d{6})/.exec(x.text)?.[1]).filter(Boolean) as string[];
    for (const to of ['mail-user@docomo.ne.jp', 'one@au.com', 'two@softbank.ne.jp']) {
      const m = await waitForMessage(t.mailboxUrl, to, (x) => x.text.includes(receipt));
      expect(m.from).toMatch(/@am-bk\.co\.jp>?$/);
      expect(m.text).toContain('12,345円');
      expect(m.text).not.toContain('7654321');
      expect(m.text).not.toContain('demo-confirm-1');
      for (const code of otpCodes) expect(m.text.includes(code) || (m.html ?? '').includes(code), `mail holds ${code}`).toBe(false);
      expect(m.text).not.toMatch(/メール通知パスワード: \d/);
    }
  });
});

describe('settings', () => {
  it('e-mail change: the current password first, then one sent only to the new address', async () => {
    t = await startTestBank();
    const token = await t.api.login('mail-user');
    const free = await t.api.post('/api/v1/operations', { type: 'email-change', newEmail: 'me@gmail.com' }, token);
    expect(free.body.error.code).toBe('FREE_MAIL_NOT_ACKNOWLEDGED');
    const op = await t.api.post('/api/v1/operations', { type: 'email-change', newEmail: 'me@gmail.com', acknowledgeFreeMail: true }, token);
    expect(op.body.factors).toEqual(['mail-otp']);
    expect(op.body.otp.destinations).toEqual(['m***@docomo.ne.jp']);
    const c1 = (await waitForOtp(t.mailboxUrl, 'mail-user@docomo.ne.jp', { reference: op.body.otp.reference })).code;
    const step2 = await t.api.post(`/api/v1/operations/${op.body.id}/authorize`, { mailOtp: c1 }, token);
    expect(step2.body.otp.destinations).toEqual(['m***@gmail.com']);
    const toOld = (await listMessages(t.mailboxUrl, 'mail-user@docomo.ne.jp')).filter((m) => m.reference === step2.body.otp.reference);
    expect(toOld).toHaveLength(0);
    const c2 = (await waitForOtp(t.mailboxUrl, 'me@gmail.com', { reference: step2.body.otp.reference })).code;
    expect((await t.api.get('/api/v1/me', token)).body.email).toBe('mail-user@docomo.ne.jp');
    const done = await t.api.post(`/api/v1/operations/${op.body.id}/authorize`, { mailOtp: c2, confirmationPassword: 'demo-confirm-1' }, token);
    expect(done.body.status).toBe('completed');
    expect((await t.api.get('/api/v1/me', token)).body.email).toBe('me@gmail.com');
    // The old address hears of the change too.
    await waitForMessage(t.mailboxUrl, 'mail-user@docomo.ne.jp', (m) => m.text.includes(done.body.receiptNumber));
  });

  it('password destinations: a new destination must prove it receives mail; removing needs one step', async () => {
    t = await startTestBank();
    const token = await t.api.login('mail-user');
    const notInUse = await t.api.post('/api/v1/operations', { type: 'otp-destination-change', destinations: [{ slot: 1, use: true }, { slot: 2, use: false }] }, token);
    expect(notInUse.body.error.code).toBe('VALIDATION_FAILED');
    const nothing = await t.api.post('/api/v1/operations', { type: 'otp-destination-change', destinations: [{ slot: 1, use: false }, { slot: 2, use: false }] }, token);
    expect(nothing.body.error.code).toBe('NO_OTP_DESTINATION_ADDED');
    await completeOperation(t, token, { type: 'select-email-change', slots: [{ slot: 1, use: true, address: 'phone@au.com' }, { slot: 2, use: false }] });
    const add = await t.api.post('/api/v1/operations', { type: 'otp-destination-change', destinations: [{ slot: 1, use: true }, { slot: 2, use: false }] }, token);
    const c1 = (await waitForOtp(t.mailboxUrl, 'mail-user@docomo.ne.jp', { reference: add.body.otp.reference })).code;
    const step2 = await t.api.post(`/api/v1/operations/${add.body.id}/authorize`, { mailOtp: c1 }, token);
    expect(step2.body.otp.destinations).toEqual(['p***@au.com']);
    const c2 = (await waitForOtp(t.mailboxUrl, 'phone@au.com', { reference: step2.body.otp.reference })).code;
    expect((await t.api.post(`/api/v1/operations/${add.body.id}/authorize`, { mailOtp: c2, confirmationPassword: 'demo-confirm-1' }, token)).body.status).toBe('completed');
    expect((await t.api.get('/api/v1/me', token)).body.selectEmail[0]).toEqual({ slot: 1, use: true, address: 'phone@au.com', otpDestination: true });
    const remove = await completeOperation(t, token, { type: 'otp-destination-change', destinations: [{ slot: 1, use: false }, { slot: 2, use: false }] });
    expect(remove.created.body.factors).toEqual(['mail-otp', 'confirmation-password']);
    expect(remove.steps).toHaveLength(1);
    expect((await t.api.get('/api/v1/me', token)).body.selectEmail[0].otpDestination).toBe(false);
  });

  it('token start returns the provisioning URI once, activates with the first code; release suspends', async () => {
    t = await startTestBank();
    const token = await t.api.login('suspended-user');
    const op = await t.api.post('/api/v1/operations', { type: 'token-start' }, token);
    const code = (await waitForOtp(t.mailboxUrl, 'suspended-user@softbank.ne.jp', { reference: op.body.otp.reference })).code;
    const step1 = await t.api.post(`/api/v1/operations/${op.body.id}/authorize`, { mailOtp: code, confirmationPassword: 'demo-confirm-1' }, token);
    expect(step1.body).toMatchObject({ status: 'awaiting-authorization', step: 2, factors: ['token-otp'] });
    const secret = (URI.parse(step1.body.provisioningUri) as TOTP).secret.base32;
    const status = await t.api.get(`/api/v1/operations/${op.body.id}`, token);
    expect(JSON.stringify(status.body)).not.toContain('otpauth');
    const wrong = await t.api.post(`/api/v1/operations/${op.body.id}/authorize`, { tokenOtp: totpCode(secret, t.clock.now() - 600_000) }, token);
    expect(wrong.body.error.code).toBe('TOKEN_OTP_INVALID');
    const ok = await t.api.post(`/api/v1/operations/${op.body.id}/authorize`, { tokenOtp: totpCode(secret, t.clock.now()) }, token);
    expect(ok.body.status).toBe('completed');
    expect((await t.api.get('/api/v1/me', token)).body).toMatchObject({ tokenState: 'active', secondFactor: 'token' });
    t.clock.advance(31_000);
    const next = await t.api.post('/api/v1/operations', adHoc(1000, '0005', 'acc_3456789'), token);
    expect(next.body.factors).toEqual(['token-otp', 'confirmation-password']);

    const release = await completeOperation(t, token, { type: 'token-release' });
    expect(release.created.body.factors).toEqual(['confirmation-password']);
    expect((await t.api.get('/api/v1/me', token)).body).toMatchObject({ tokenState: 'suspended', secondFactor: 'mail-otp' });
  });

  it('a token code is good once', async () => {
    t = await startTestBank();
    const token = await t.api.login('token-user');
    const a = await t.api.post('/api/v1/operations', adHoc(1000, '0005', 'acc_2345678'), token);
    const code = totpCode('CDMNVQONYBDDLMQT5GVM2AEDSL6BTGUJ', t.clock.now());
    expect((await t.api.post(`/api/v1/operations/${a.body.id}/authorize`, { tokenOtp: code, confirmationPassword: 'demo-confirm-1' }, token)).body.status).toBe('completed');
    const b = await t.api.post('/api/v1/operations', adHoc(1000, '0005', 'acc_2345678'), token);
    const replay = await t.api.post(`/api/v1/operations/${b.body.id}/authorize`, { tokenOtp: code, confirmationPassword: 'demo-confirm-1' }, token);
    expect(replay.body.error.code).toBe('TOKEN_OTP_INVALID');
  });
});
