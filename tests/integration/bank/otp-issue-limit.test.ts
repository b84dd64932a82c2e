// Issuing one-time passwords is rate limited per customer (BANK_OTP_ISSUE_PER_HOUR: new
// operations, resends and start-of-use mails together, 429 OTP_ISSUE_LIMIT with retryAfter), and
// start-of-use mails keep the resend cooldown like every other mail.
import { afterEach, describe, expect, it } from 'vitest';
import { listMessages, parseOtpMail } from '../../support/mailbox.js';
import { otpFor, startTestBank, type TestBank } from './helpers.js';

let t: TestBank;
afterEach(async () => t?.close());

const AD_HOC = { bankCode: '0005', branchCode: '101', accountType: 'ordinary', accountNumber: '7654321', name: 'ﾔﾏﾀﾞ ｻﾁｺ' };
const HOUR_MS = 3_600_000;
const codeOf = (r: { body: { error?: { code: string } } }) => r.body.error?.code;
const otpMails = async (to?: string) => (await listMessages(t.mailboxUrl, to)).filter((m) => parseOtpMail(m) !== null);
const transfer = (token: string, amount = 1000) => t.api.post('/api/v1/operations', { type: 'transfer', fromAccountId: 'acc_1234567', amount, payee: AD_HOC }, token);
const SOU = { newLoginPassword: 'new-Login-1234', confirmationPassword: 'new-Confirm-5678', email: 'new-user@docomo.ne.jp' };

describe('one-time password issue limit per customer', () => {
  it('a concurrent burst of new operations gets exactly the hourly limit; the rest 429 with retryAfter, until the hour passes', async () => {
    t = await startTestBank({ otpIssuePerHour: 3 });
    const token = await t.api.login('mail-user');
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => transfer(token, 1000 + i)));
    expect(answers.filter((r) => r.status === 201)).toHaveLength(3);
    const limited = answers.filter((r) => codeOf(r) === 'OTP_ISSUE_LIMIT');
    expect(limited).toHaveLength(9);
    for (const r of limited) {
      expect(r.status).toBe(429);
      expect(r.body.error.retryAfter).toBeGreaterThan(3500);
      expect(r.body.error.retryAfter).toBeLessThanOrEqual(3600);
      expect(r.headers.get('retry-after')).toBe(String(r.body.error.retryAfter));
    }
    expect(await otpMails('mail-user@docomo.ne.jp')).toHaveLength(3);
    // An operation that sends no mail (the smartphone channel has its own factor) is not limited.
    const phone = await t.api.login('mail-user', 'demo-login-1', 'smartphone');
    const noMail = await t.api.post('/api/v1/operations', { type: 'transfer', fromAccountId: 'acc_1234567', amount: 500, payee: AD_HOC }, phone);
    expect(noMail.status).toBe(201);
    expect(noMail.body.otp).toBeUndefined();
    t.clock.advance(HOUR_MS);
    expect((await transfer(await t.api.login('mail-user'))).status).toBe(201);
  });

  it('resends count with new operations, and other customers have their own limit', async () => {
    t = await startTestBank({ otpIssuePerHour: 3, otpResendCooldownSeconds: 0 });
    const token = await t.api.login('mail-user');
    const op = await transfer(token);
    expect((await t.api.post(`/api/v1/operations/${op.body.id}/otp`, undefined, token)).status).toBe(201);
    expect((await t.api.post(`/api/v1/operations/${op.body.id}/otp`, undefined, token)).status).toBe(201);
    const refused = await t.api.post(`/api/v1/operations/${op.body.id}/otp`, undefined, token);
    expect(refused.status).toBe(429);
    expect(codeOf(refused)).toBe('OTP_ISSUE_LIMIT');
    expect(codeOf(await transfer(token))).toBe('OTP_ISSUE_LIMIT');
    const other = await t.api.login('suspended-user');
    expect((await t.api.post('/api/v1/operations', { type: 'transfer', fromAccountId: 'acc_3456789', amount: 1000, payee: AD_HOC }, other)).status).toBe(201);
  });

  it('a two-step change is refused before its first step is spent when the next password could not be sent', async () => {
    t = await startTestBank({ otpIssuePerHour: 2, otpResendCooldownSeconds: 0, otpTtlSeconds: 7200 });
    const token = await t.api.login('mail-user');
    const op = await t.api.post('/api/v1/operations', { type: 'email-change', newEmail: 'new-place@docomo.ne.jp' }, token);
    const resent = await t.api.post(`/api/v1/operations/${op.body.id}/otp`, undefined, token); // the second password of the hour
    const code = await otpFor(t.mailboxUrl, resent.body.otp.reference);
    const step1 = await t.api.post(`/api/v1/operations/${op.body.id}/authorize`, { mailOtp: code }, token);
    expect(codeOf(step1)).toBe('OTP_ISSUE_LIMIT');
    expect((await t.api.get(`/api/v1/operations/${op.body.id}`, token)).body.step).toBe(1);
    // The password was not spent: once the hour has passed, the same step goes through.
    t.clock.advance(HOUR_MS);
    const later = await t.api.login('mail-user');
    const again = await t.api.post(`/api/v1/operations/${op.body.id}/authorize`, { mailOtp: code }, later);
    expect(again.body.step, JSON.stringify(again.body)).toBe(2);
  });

  it('start-of-use mails count too, and keep the resend cooldown: a burst (one to another address) sends one mail', async () => {
    t = await startTestBank({ otpIssuePerHour: 2 });
    const token = await t.api.login('new-user', 'demo-first-1');
    const burst = await Promise.all([SOU, SOU, { ...SOU, email: 'elsewhere@docomo.ne.jp' }].map((b) => t.api.post('/api/v1/start-of-use', b, token)));
    expect(burst.filter((r) => r.status === 202)).toHaveLength(1);
    const tooSoon = burst.filter((r) => codeOf(r) === 'OTP_RESEND_TOO_SOON');
    expect(tooSoon).toHaveLength(2);
    for (const r of tooSoon) expect(r.body.error.retryAfter).toBeGreaterThan(0);
    expect(await otpMails()).toHaveLength(1);
    // The address being registered is the one the mail went to.
    const sent = (await otpMails())[0]!;
    t.clock.advance(31_000);
    expect((await t.api.post('/api/v1/start-of-use/otp', undefined, token)).status).toBe(201);
    t.clock.advance(31_000);
    expect(codeOf(await t.api.post('/api/v1/start-of-use/otp', undefined, token))).toBe('OTP_ISSUE_LIMIT');
    expect(codeOf(await t.api.post('/api/v1/start-of-use', SOU, token))).toBe('OTP_ISSUE_LIMIT');
    const newest = (await otpMails())[0]!;
    expect(newest.to).toEqual(sent.to);
    expect((await t.api.post('/api/v1/start-of-use/verify', { mailOtp: parseOtpMail(newest)!.code }, token)).status).toBe(200);
    expect((await t.api.get('/api/v1/me', token)).body.email).toBe(sent.to[0]);
  });
});
