import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { waitForOtp } from '../../support/mailbox.js';
import { startTestBank, type TestBank } from './helpers.js';

let t: TestBank;
let dir: string | null = null;
afterEach(async () => {
  await t?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

const ADDRESS = 'mail-user@docomo.ne.jp';
const adHoc = (amount = 10_000) => ({
  type: 'transfer', fromAccountId: 'acc_1234567', amount,
  payee: { bankCode: '0005', branchCode: '101', accountType: 'ordinary', accountNumber: '7654321', name: 'ﾔﾏﾀﾞ ｻﾁｺ' },
});
const other = (code: string) => (code === '000000' ? '000001' : '000000');

async function begin(t: TestBank) {
  const token = await t.api.login('mail-user');
  const op = await t.api.post('/api/v1/operations', adHoc(), token);
  expect(op.status).toBe(201);
  const mail = await waitForOtp(t.mailboxUrl, ADDRESS, { reference: op.body.otp.reference });
  return { token, id: op.body.id as string, otp: op.body.otp, code: mail.code, mail };
}
const authorize = (t: TestBank, token: string, id: string, mailOtp: string, confirmationPassword = 'demo-confirm-1') =>
  t.api.post(`/api/v1/operations/${id}/authorize`, { mailOtp, confirmationPassword }, token);

describe('mail-notified password', () => {
  it('is 6 digits, stored only as a 32-byte HMAC, never as the code itself', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'bank-otp-'));
    const dbPath = path.join(dir, 'bank.sqlite');
    t = await startTestBank({ dbPath });
    const { code } = await begin(t);
    expect(code).toMatch(/^\d{6}$/);
    const db = new Database(dbPath, { readonly: true });
    const rows = db.prepare('SELECT * FROM otps').all() as Record<string, unknown>[];
    db.close();
    expect(rows).toHaveLength(1);
    expect((rows[0]!.code_mac as Buffer).length).toBe(32);
    for (const value of Object.values(rows[0]!)) expect(String(value)).not.toContain(code);
    await t.close();
    for (const file of [dbPath, `${dbPath}-wal`]) {
      let bytes: string;
      try {
        bytes = readFileSync(file).toString('latin1');
      } catch {
        continue;
      }
      expect(bytes.includes(code), file).toBe(false);
    }
  });

  it('completes once with the right code and refuses the same code again', async () => {
    t = await startTestBank();
    const { token, id, code } = await begin(t);
    const ok = await authorize(t, token, id, code);
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('completed');
    const again = await authorize(t, token, id, code);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('OPERATION_ALREADY_COMPLETED');
  });

  it('is bound to its operation: the code of one operation does not authorize another', async () => {
    t = await startTestBank();
    const a = await begin(t);
    const b = await t.api.post('/api/v1/operations', adHoc(20_000), a.token);
    const bCode = (await waitForOtp(t.mailboxUrl, ADDRESS, { reference: b.body.otp.reference })).code;
    // A's password is void now (a newer one was issued), and B's code is not A's.
    expect((await authorize(t, a.token, a.id, bCode)).body.error).toMatchObject({ code: 'OTP_SUPERSEDED', currentReference: null });
    // Even A's own code: A has no password that works any more, and the answer says so.
    expect((await authorize(t, a.token, a.id, a.code)).body.error).toMatchObject({ code: 'OTP_SUPERSEDED', currentReference: null });
    const cross = await authorize(t, a.token, b.body.id, a.code);
    expect(cross.status).toBe(401);
    expect(cross.body.error.code).toBe('OTP_INVALID');
    expect((await authorize(t, a.token, b.body.id, bCode)).body.status).toBe('completed');
  });

  it('expires after BANK_OTP_TTL_S', async () => {
    t = await startTestBank({ otpTtlSeconds: 120 });
    const { token, id, code, otp } = await begin(t);
    expect(Date.parse(otp.expiresAt) - Date.parse(otp.sentAt)).toBe(120_000);
    t.clock.advance(121_000);
    const r = await authorize(t, token, id, code);
    expect(r.status).toBe(410);
    expect(r.body.error.code).toBe('OTP_EXPIRED');
  });

  it('a resend voids every earlier password of the customer', async () => {
    t = await startTestBank({ otpResendCooldownSeconds: 30 });
    const { token, id, code, otp } = await begin(t);
    // Each password says from when the next one can be sent, on the bank's clock.
    expect(Date.parse(otp.resendAvailableAt) - Date.parse(otp.sentAt)).toBe(30_000);
    const soon = await t.api.post(`/api/v1/operations/${id}/otp`, undefined, token);
    expect(soon.status).toBe(429);
    expect(soon.body.error.code).toBe('OTP_RESEND_TOO_SOON');
    expect(soon.body.error.retryAfter).toBeGreaterThan(0);
    expect(soon.body.error.retryAfter).toBeLessThanOrEqual(30);
    expect(soon.headers.get('retry-after')).toBe(String(soon.body.error.retryAfter));
    t.clock.advance(31_000);
    const resent = await t.api.post(`/api/v1/operations/${id}/otp`, undefined, token);
    expect(resent.status).toBe(201);
    expect(resent.body.otp.reference).toMatch(/^\d{4}$/);
    expect(Date.parse(resent.body.otp.resendAvailableAt) - Date.parse(resent.body.otp.sentAt)).toBe(30_000);
    const old = await authorize(t, token, id, code);
    expect(old.status).toBe(410);
    // An earlier mail of the same step: the answer names the password that still works.
    expect(old.body.error).toMatchObject({ code: 'OTP_SUPERSEDED', currentReference: resent.body.otp.reference });
    const fresh = await waitForOtp(t.mailboxUrl, ADDRESS, { reference: resent.body.otp.reference });
    expect((await authorize(t, token, id, fresh.code)).body.status).toBe('completed');
  });

  it('is void after BANK_OTP_MAX_ATTEMPTS wrong entries, even for the right code', async () => {
    t = await startTestBank({ otpMaxAttempts: 3 });
    const { token, id, code } = await begin(t);
    const first = await authorize(t, token, id, other(code));
    expect(first.body.error).toMatchObject({ code: 'OTP_INVALID', attemptsLeft: 2 });
    expect((await authorize(t, token, id, other(code))).body.error.attemptsLeft).toBe(1);
    const third = await authorize(t, token, id, other(code));
    expect(third.status).toBe(409);
    expect(third.body.error.code).toBe('OTP_ATTEMPTS_EXCEEDED');
    expect((await authorize(t, token, id, code)).body.error.code).toBe('OTP_ATTEMPTS_EXCEEDED');
  });

  it('wrong confirmation passwords count toward the account lock and end the session', async () => {
    t = await startTestBank({ lockAfter: 3 });
    const { token, id, code } = await begin(t);
    const r1 = await authorize(t, token, id, code, 'wrong-pass-1');
    expect(r1.status).toBe(401);
    expect(r1.body.error).toMatchObject({ code: 'CONFIRMATION_PASSWORD_INVALID', attemptsLeft: 2 });
    // One wrong login password on the side counts toward the same lock.
    expect((await t.api.post('/api/v1/sessions', { loginId: 'mail-user', password: 'wrong-pass-2', channel: 'pc' })).status).toBe(401);
    const r3 = await authorize(t, token, id, code, 'wrong-pass-3');
    expect(r3.status).toBe(423);
    expect(r3.body.error.code).toBe('ACCOUNT_LOCKED');
    expect((await t.api.get('/api/v1/me', token)).status).toBe(401);
    expect((await t.api.post('/api/v1/sessions', { loginId: 'mail-user', password: 'demo-login-1', channel: 'pc' })).status).toBe(423);
  });

  it('a step-1 password does not pass step 2 of an e-mail change', async () => {
    t = await startTestBank();
    const token = await t.api.login('mail-user');
    const op = await t.api.post('/api/v1/operations', { type: 'email-change', newEmail: 'moved@au.com' }, token);
    const step1 = (await waitForOtp(t.mailboxUrl, ADDRESS, { reference: op.body.otp.reference })).code;
    const next = await t.api.post(`/api/v1/operations/${op.body.id}/authorize`, { mailOtp: step1 }, token);
    expect(next.body).toMatchObject({ status: 'awaiting-authorization', step: 2, factors: ['mail-otp', 'confirmation-password'] });
    expect(next.body.otp.destinations).toEqual(['m***@au.com']);
    const reuse = await authorize(t, token, op.body.id, step1);
    expect(reuse.status).toBe(401);
    expect(reuse.body.error.code).toBe('OTP_INVALID');
  });
});
