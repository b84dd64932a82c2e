// Tester controls that change a customer's data: expire the current passwords, lock and unlock
// (the unlock lifts the one-time-password lock of table otp_locks and its failures too), reset to
// the seed data in place; each use logged without secrets.
import { afterEach, describe, expect, it } from 'vitest';
import { listMessages } from '../../support/mailbox.js';
import { otpFor, startTestBank, type TestBank } from './helpers.js';
import { control, TESTER_PATHS } from './tester-helpers.js';

let t: TestBank;
afterEach(async () => t?.close());

const AD_HOC = { bankCode: '0005', branchCode: '101', accountType: 'ordinary', accountNumber: '7654321', name: 'ﾔﾏﾀﾞ ｻﾁｺ' };
const transferBody = { type: 'transfer', fromAccountId: 'acc_1234567', amount: 1000, payee: AD_HOC };

async function startTransfer(token: string): Promise<{ id: string; code: string }> {
  const r = await t.api.post('/api/v1/operations', transferBody, token);
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return { id: r.body.id, code: await otpFor(t.mailboxUrl, r.body.otp.reference) };
}
const authorize = (token: string, id: string, mailOtp: string) =>
  t.api.post(`/api/v1/operations/${id}/authorize`, { mailOtp, confirmationPassword: 'demo-confirm-1' }, token);
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

/** The `tester control used` lines of a bank's log. */
const controlLines = (lines: string[]) =>
  lines.map((l) => JSON.parse(l) as { msg: string; level: number; tester?: Record<string, unknown> }).filter((l) => l.msg === 'tester control used');

describe('tester controls on customers', () => {
  it("expires a customer's current password now; a new one then works", async () => {
    const lines: string[] = [];
    t = await startTestBank({ testerControls: true, otpResendCooldownSeconds: 0, logLevel: 'warn' }, { write: (s) => void lines.push(s) });
    const token = await t.api.login('mail-user');
    const op = await startTransfer(token);
    const r = await control(t.api, TESTER_PATHS.expireOtps, { loginId: 'mail-user' });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ loginId: 'mail-user', expired: 1 });
    const late = await authorize(token, op.id, op.code);
    expect(late.body.error.code).toBe('OTP_EXPIRED');
    const resent = await t.api.post(`/api/v1/operations/${op.id}/otp`, {}, token);
    expect(resent.status).toBe(201);
    const fresh = await otpFor(t.mailboxUrl, resent.body.otp.reference);
    expect((await authorize(token, op.id, fresh)).body.status).toBe('completed');
    expect((await control(t.api, TESTER_PATHS.expireOtps, { loginId: 'nobody' })).status).toBe(404);
    // Logged at warn (a tester build's bank runs at warn), by customer number, without the login ID or the code.
    expect(controlLines(lines)).toEqual([expect.objectContaining({ level: 40, tester: { control: 'expire-otps', customer: expect.any(Number), expired: 1 } })]);
    expect(lines.join('')).not.toContain(op.code);
  });

  it('locks a customer (login refused, sessions ended) and unlocks, lifting the one-time-password lock', async () => {
    const lines: string[] = [];
    t = await startTestBank({ testerControls: true, otpFailuresBeforeLock: 2, logLevel: 'warn' }, { write: (s) => void lines.push(s) });
    let token = await t.api.login('mail-user');
    const op = await startTransfer(token);
    await authorize(token, op.id, wrong(op.code));
    const locking = await authorize(token, op.id, wrong(op.code));
    expect(locking.body.error.code).toBe('OTP_LOCKED');
    expect((await t.api.get('/api/v1/me', token)).body.otpLocked).toBe(true);

    const locked = await control(t.api, TESTER_PATHS.lock, { loginId: 'mail-user', locked: true });
    expect(locked.body).toMatchObject({ loginId: 'mail-user', locked: true });
    expect((await t.api.get('/api/v1/me', token)).status).toBe(401);
    const refused = await t.api.post('/api/v1/sessions', { loginId: 'mail-user', password: 'demo-login-1', channel: 'pc' });
    expect(refused.body.error.code).toBe('ACCOUNT_LOCKED');

    const unlocked = await control(t.api, TESTER_PATHS.lock, { loginId: 'mail-user', locked: false });
    expect(unlocked.body).toEqual({ loginId: 'mail-user', locked: false, otpLocked: false });
    token = await t.api.login('mail-user');
    expect((await t.api.get('/api/v1/me', token)).body.otpLocked).toBe(false);
    const again = await startTransfer(token);
    // The failures went with the lock: one wrong password is one of two again, not the lock.
    const one = await authorize(token, again.id, wrong(again.code));
    expect(one.body.error.code).toBe('OTP_INVALID');
    expect((await authorize(token, again.id, again.code)).body.status).toBe('completed');
    expect(controlLines(lines).map((l) => l.tester)).toEqual([
      { control: 'lock', customer: expect.any(Number), locked: true }, { control: 'lock', customer: expect.any(Number), locked: false },
    ]);
  });

  it('resets everything to the seed data in place: balances, sessions, mailbox, clock, faults and mail hold', async () => {
    const lines: string[] = [];
    t = await startTestBank({ testerControls: true, logLevel: 'info' }, { write: (s) => void lines.push(s) });
    const token = await t.api.login('mail-user');
    const op = await startTransfer(token);
    expect((await authorize(token, op.id, op.code)).body.status).toBe('completed');
    await control(t.api, TESTER_PATHS.clock, { advanceMinutes: 5 });
    await control(t.api, TESTER_PATHS.faults, { kind: 'login', mode: '503', count: 3 });
    await control(t.api, TESTER_PATHS.mail, { hold: true });
    expect((await t.api.get(TESTER_PATHS.state)).body.active).toBe(true);

    const reset = await control(t.api, TESTER_PATHS.reset, {});
    expect(reset.status).toBe(200);
    expect(reset.body).toMatchObject({ active: false, clockOffsetMinutes: 0, faults: [], mail: { held: false, heldCount: 0, delaySeconds: 0 } });
    expect((await t.api.get('/api/v1/me', token)).status).toBe(401);
    expect(await listMessages(t.mailboxUrl)).toEqual([]);
    const fresh = await t.api.login('mail-user');
    const accounts = (await t.api.get('/api/v1/accounts', fresh)).body.accounts as { id: string; balance: number }[];
    expect(accounts.find((a) => a.id === 'acc_1234567')!.balance).toBe(1_000_000);
    expect((await t.api.get(`/api/v1/operations/${op.id}`, fresh)).status).toBe(404);
    // The token user's seed secret is sealed again, so its codes still work after the reset.
    const tokenUser = await t.api.login('token-user');
    expect((await t.api.get('/api/v1/me', tokenUser)).body.secondFactor).toBe('token');

    const used = lines.map((l) => JSON.parse(l) as { msg: string; tester?: { control: string } }).filter((l) => l.msg === 'tester control used');
    expect(used.map((l) => l.tester!.control)).toEqual(['clock', 'faults', 'mail', 'reset']);
    const text = lines.join('');
    expect(text).not.toContain('demo-login-1');
    expect(text).not.toContain(op.code);
  });
});
