// The per-customer one-time-password budget (BANK_OTP_FAILURES_BEFORE_LOCK): wrong mail and token
// passwords count across passwords and operations; at the budget every sensitive operation answers
// 423 OTP_LOCKED and /me says so; a right password resets the count; a burst never gets more wrong
// passwords checked than the budget.
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../mock-bank/config.js';
import { TOKEN_USER_TOTP_SECRET } from '../../../mock-bank/seed.js';
import { otpFor, startTestBank, totpCode, type TestBank } from './helpers.js';

let t: TestBank;
afterEach(async () => t?.close());

const AD_HOC = { bankCode: '0005', branchCode: '101', accountType: 'ordinary', accountNumber: '7654321', name: 'ﾔﾏﾀﾞ ｻﾁｺ' };
const DAY_MS = 86_400_000;

async function transfer(token: string, from = 'acc_1234567'): Promise<{ id: string; code: string | null }> {
  const r = await t.api.post('/api/v1/operations', { type: 'transfer', fromAccountId: from, amount: 1000, payee: AD_HOC }, token);
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return { id: r.body.id, code: r.body.otp ? await otpFor(t.mailboxUrl, r.body.otp.reference) : null };
}

/** A 6-digit code that is not `code`. */
const wrongFor = (code: string, n = 1) => String((Number(code) + n) % 1_000_000).padStart(6, '0');

const authorize = (token: string, id: string, body: Record<string, string>) => t.api.post(`/api/v1/operations/${id}/authorize`, body, token);
const guess = (token: string, id: string, mailOtp: string) => authorize(token, id, { mailOtp, confirmationPassword: 'demo-confirm-1' });
const codeOf = (r: { body: { error?: { code: string } } }) => r.body.error?.code;

describe('one-time password budget per customer', () => {
  it('counts wrong passwords across operations; at the budget everything sensitive answers 423 OTP_LOCKED, and waiting does not lift it', async () => {
    t = await startTestBank({ otpFailuresBeforeLock: 4, otpMaxAttempts: 3, otpResendCooldownSeconds: 0 });
    const token = await t.api.login('mail-user');
    const a = await transfer(token);
    const first = [];
    for (let i = 1; i <= 3; i++) first.push(codeOf(await guess(token, a.id, wrongFor(a.code!, i))));
    expect(first).toEqual(['OTP_INVALID', 'OTP_INVALID', 'OTP_ATTEMPTS_EXCEEDED']);
    // A fresh operation gives a fresh password, but not fresh tries: the fourth wrong one locks.
    const b = await transfer(token);
    const locking = await guess(token, b.id, wrongFor(b.code!));
    expect(locking.status).toBe(423);
    expect(codeOf(locking)).toBe('OTP_LOCKED');
    expect(locking.body.error.message).toMatch(/call the bank/i);
    // Now even the right password, a new operation and a resend are refused; /me tells the app.
    expect(codeOf(await guess(token, b.id, b.code!))).toBe('OTP_LOCKED');
    expect(codeOf(await t.api.post('/api/v1/operations', { type: 'token-start' }, token))).toBe('OTP_LOCKED');
    expect(codeOf(await t.api.post(`/api/v1/operations/${b.id}/otp`, undefined, token))).toBe('OTP_LOCKED');
    expect((await t.api.get('/api/v1/me', token)).body.otpLocked).toBe(true);
    // Another customer is not affected; balance inquiry still works for this one.
    const other = await t.api.login('suspended-user');
    expect((await t.api.get('/api/v1/me', other)).body.otpLocked).toBe(false);
    expect((await t.api.get('/api/v1/accounts', token)).status).toBe(200);
    // Only the bank lifts the lock: a day later, with the failures out of the window, it holds.
    t.clock.advance(DAY_MS + 1000);
    const fresh = await t.api.login('mail-user');
    expect((await t.api.get('/api/v1/me', fresh)).body.otpLocked).toBe(true);
    expect(codeOf(await t.api.post('/api/v1/operations', { type: 'token-start' }, fresh))).toBe('OTP_LOCKED');
  });

  it('counts wrong passwords over 24 hours: older ones no longer count toward the lock', async () => {
    t = await startTestBank({ otpFailuresBeforeLock: 4, otpResendCooldownSeconds: 0 });
    const token = await t.api.login('mail-user');
    const a = await transfer(token);
    for (let i = 1; i <= 3; i++) expect(codeOf(await guess(token, a.id, wrongFor(a.code!, i)))).toBe('OTP_INVALID');
    t.clock.advance(DAY_MS + 1000);
    const fresh = await t.api.login('mail-user');
    const b = await transfer(fresh);
    expect(codeOf(await guess(fresh, b.id, wrongFor(b.code!)))).toBe('OTP_INVALID');
    expect((await t.api.get('/api/v1/me', fresh)).body.otpLocked).toBe(false);
    expect((await guess(fresh, b.id, b.code!)).body.status).toBe('completed');
  });

  it('a right password resets the count', async () => {
    t = await startTestBank({ otpFailuresBeforeLock: 4 });
    const token = await t.api.login('mail-user');
    const a = await transfer(token);
    for (let i = 1; i <= 3; i++) expect(codeOf(await guess(token, a.id, wrongFor(a.code!, i)))).toBe('OTP_INVALID');
    expect((await guess(token, a.id, a.code!)).body.status).toBe('completed');
    const b = await transfer(token);
    for (let i = 1; i <= 3; i++) expect(codeOf(await guess(token, b.id, wrongFor(b.code!, i)))).toBe('OTP_INVALID');
    expect((await t.api.get('/api/v1/me', token)).body.otpLocked).toBe(false);
  });

  it('a concurrent burst of wrong passwords gets exactly the budget checked, then 423 for all', async () => {
    t = await startTestBank({ otpMaxAttempts: 100, lockAfter: 100 });
    const budget = DEFAULT_CONFIG.otpFailuresBeforeLock;
    expect(budget).toBe(10);
    const token = await t.api.login('mail-user');
    const a = await transfer(token);
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => guess(token, a.id, wrongFor(a.code!, i + 1))));
    const codes = answers.map(codeOf);
    expect(codes.filter((c) => c === 'OTP_INVALID')).toHaveLength(budget - 1);
    expect(codes.filter((c) => c === 'OTP_LOCKED')).toHaveLength(40 - (budget - 1));
    expect(answers.every((r) => r.status < 500)).toBe(true);
    expect(codeOf(await guess(token, a.id, a.code!))).toBe('OTP_LOCKED');
  });

  it('step 1 of an e-mail change (mail password alone, no scrypt) counts too', async () => {
    t = await startTestBank({ otpFailuresBeforeLock: 3 });
    const token = await t.api.login('mail-user');
    const op = await t.api.post('/api/v1/operations', { type: 'email-change', newEmail: 'thief@docomo.ne.jp' }, token);
    expect(op.body.factors).toEqual(['mail-otp']);
    const code = await otpFor(t.mailboxUrl, op.body.otp.reference);
    const answers = await Promise.all([1, 2, 3, 4, 5].map((n) => authorize(token, op.body.id, { mailOtp: wrongFor(code, n) })));
    expect(answers.map(codeOf).sort()).toEqual(['OTP_INVALID', 'OTP_INVALID', 'OTP_LOCKED', 'OTP_LOCKED', 'OTP_LOCKED']);
    expect(codeOf(await authorize(token, op.body.id, { mailOtp: code }))).toBe('OTP_LOCKED');
  });

  it('wrong token codes count toward the same budget', async () => {
    t = await startTestBank({ otpFailuresBeforeLock: 3, lockAfter: 100 });
    const token = await t.api.login('token-user');
    const op = await transfer(token, 'acc_2345678');
    const now = t.clock.now();
    const valid = new Set([-30_000, 0, 30_000].map((d) => totpCode(TOKEN_USER_TOTP_SECRET, now + d)));
    const wrong = ['000000', '111111', '222222', '333333', '444444', '555555'].filter((c) => !valid.has(c)).slice(0, 3);
    const codes = [];
    for (const tokenOtp of wrong) codes.push(codeOf(await authorize(token, op.id, { tokenOtp, confirmationPassword: 'demo-confirm-1' })));
    expect(codes).toEqual(['TOKEN_OTP_INVALID', 'TOKEN_OTP_INVALID', 'OTP_LOCKED']);
    expect((await t.api.get('/api/v1/me', token)).body.otpLocked).toBe(true);
  });

  it('start-of-use passwords count, and a new start-of-use mail does not reset the count', async () => {
    t = await startTestBank({ otpFailuresBeforeLock: 3, otpResendCooldownSeconds: 0 });
    const token = await t.api.login('new-user', 'demo-first-1');
    const body = { newLoginPassword: 'new-Login-1234', confirmationPassword: 'new-Confirm-5678', email: 'new-user@docomo.ne.jp' };
    const first = await t.api.post('/api/v1/start-of-use', body, token);
    expect(first.status).toBe(202);
    const code = await otpFor(t.mailboxUrl, first.body.otp.reference);
    for (const n of [1, 2]) expect(codeOf(await t.api.post('/api/v1/start-of-use/verify', { mailOtp: wrongFor(code, n) }, token))).toBe('OTP_INVALID');
    const again = await t.api.post('/api/v1/start-of-use', body, token);
    expect(again.status).toBe(202);
    const code2 = await otpFor(t.mailboxUrl, again.body.otp.reference);
    expect(codeOf(await t.api.post('/api/v1/start-of-use/verify', { mailOtp: wrongFor(code2) }, token))).toBe('OTP_LOCKED');
    expect(codeOf(await t.api.post('/api/v1/start-of-use', body, token))).toBe('OTP_LOCKED');
    expect((await t.api.get('/api/v1/me', token)).body.otpLocked).toBe(true);
  });
});
