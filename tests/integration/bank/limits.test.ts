/**
 * The daily transfer limit (振込限度額): what GET /limits says, refusal at creation before any
 * password is mailed, a burst that never passes the limit, lowering at once with the confirmation
 * password, raising from the next Japan-time day with the second factor, and bad input.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { nextJapanDay } from '../../../src-shared/domain/limits.js';
import { listMessages, parseOtpMail } from '../../support/mailbox.js';
import { completeOperation, startTestBank, type TestBank } from './helpers.js';

let t: TestBank;
afterEach(async () => t?.close());

const FROM = 'acc_1234567';
const sameBank = (amount: number) => ({
  type: 'transfer', fromAccountId: FROM, amount,
  payee: { bankCode: '0999', branchCode: '001', accountType: 'ordinary', accountNumber: '7654321', name: 'ﾔﾏﾀﾞ ｻﾁｺ' },
});
const limits = async (token: string) => (await t.api.get('/api/v1/limits', token)).body;
const change = (dailyLimit: unknown) => ({ type: 'limit-change', dailyLimit });
const passwordMails = async () => (await listMessages(t.mailboxUrl)).filter((m) => parseOtpMail(m) !== null).length;

/** Noon in Japan, so that "tomorrow" is never a moment away. */
function toJapanNoon(): void {
  const now = t.clock.now();
  t.clock.advance(nextJapanDay(now) + 3 * 3_600_000 - now);
}

describe('daily transfer limit', () => {
  it('says the limit, what was used and what is left today, and refuses an over-limit transfer before any password is sent', async () => {
    t = await startTestBank({ dailyLimitYen: 100_000, dailyLimitMaxYen: 5_000_000 });
    toJapanNoon();
    const token = await t.api.login('mail-user');
    expect(await limits(token)).toEqual({ dailyLimit: 100_000, usedToday: 0, remainingToday: 100_000, maximum: 5_000_000, pendingRaise: null });
    expect((await completeOperation(t, token, sameBank(70_000))).steps.at(-1)!.body.status).toBe('completed');
    expect(await limits(token)).toMatchObject({ usedToday: 70_000, remainingToday: 30_000 });
    // Password mails only: the first transfer's acceptance notice may still be on its way.
    const mails = await passwordMails();
    const over = await t.api.post('/api/v1/operations', sameBank(30_001), token);
    expect(over.status).toBe(422);
    expect(over.body.error).toMatchObject({ code: 'DAILY_LIMIT_EXCEEDED', remainingToday: 30_000 });
    expect(await passwordMails()).toBe(mails);
    expect((await t.api.post('/api/v1/operations', sameBank(30_000), token)).status).toBe(201);
  });

  it('a burst of transfers authorized at once never passes the limit in total', async () => {
    // Registered payees with the confirmation password only (the peer rule), so every one can be authorized together.
    t = await startTestBank({ dailyLimitYen: 100_000, registeredPayeeNeedsOtp: false, lockAfter: 100 });
    toJapanNoon();
    const token = await t.api.login('mail-user');
    const payee = (await t.api.get('/api/v1/payees', token)).body.payees[0];
    const created = await Promise.all(Array.from({ length: 8 }, () =>
      t.api.post('/api/v1/operations', { type: 'transfer', fromAccountId: FROM, amount: 30_000, payeeId: payee.id }, token)));
    expect(created.map((c) => c.status)).toEqual(Array(8).fill(201));
    const answers = await Promise.all(created.map((c) =>
      t.api.post(`/api/v1/operations/${c.body.id}/authorize`, { confirmationPassword: 'demo-confirm-1' }, token)));
    const completed = answers.filter((a) => a.body.status === 'completed');
    expect(completed).toHaveLength(3);
    expect(answers.filter((a) => a.body.error?.code === 'DAILY_LIMIT_EXCEEDED')).toHaveLength(5);
    expect(await limits(token)).toMatchObject({ usedToday: 90_000, remainingToday: 10_000 });
    const history = (await t.api.get(`/api/v1/accounts/${FROM}/transactions`, token)).body.transactions as { kind: string; amount: number }[];
    expect(history.filter((h) => h.kind === 'transfer' && h.amount === -30_000)).toHaveLength(3);
  });

  it('lowering takes the confirmation password only and applies at once', async () => {
    t = await startTestBank();
    toJapanNoon();
    const token = await t.api.login('mail-user');
    const done = await completeOperation(t, token, change(500_000));
    expect(done.created.body).toMatchObject({ factors: ['confirmation-password'], summary: { dailyLimit: 500_000, limitEffectiveFrom: null } });
    expect(done.created.body.otp).toBeUndefined();
    expect(done.steps.at(-1)!.body.status).toBe('completed');
    expect(await limits(token)).toMatchObject({ dailyLimit: 500_000, remainingToday: 500_000, pendingRaise: null });
    expect(await passwordMails()).toBe(0);
    const over = await t.api.post('/api/v1/operations', sameBank(600_000), token);
    expect(over.body.error).toMatchObject({ code: 'DAILY_LIMIT_EXCEEDED', remainingToday: 500_000 });
  });

  it('raising takes the second factor (mail or token) and applies from the next day in Japan', async () => {
    t = await startTestBank({ dailyLimitYen: 100_000 });
    toJapanNoon();
    const token = await t.api.login('mail-user');
    const done = await completeOperation(t, token, change(3_000_000));
    const from = new Date(nextJapanDay(t.clock.now())).toISOString();
    expect(done.created.body).toMatchObject({ factors: ['mail-otp', 'confirmation-password'], summary: { dailyLimit: 3_000_000, limitEffectiveFrom: from } });
    expect(done.created.body.otp.reference).toMatch(/^\d{4}$/);
    // The mail says what the password is for: the new limit and its day.
    const mail = (await listMessages(t.mailboxUrl, 'mail-user@docomo.ne.jp')).find((m) => parseOtpMail(m)?.reference === done.created.body.otp.reference)!;
    const day = new Date(Date.parse(from) + 9 * 3_600_000).toISOString().slice(0, 10).replace(/-/g, '/');
    expect(mail.text).toContain(`3,000,000円、${day}から適用`);
    expect(mail.text).toContain(`new daily limit ¥3,000,000, from ${day}`);
    expect(done.steps.at(-1)!.body.status).toBe('completed');
    expect(await limits(token)).toMatchObject({ dailyLimit: 100_000, remainingToday: 100_000, pendingRaise: { amount: 3_000_000, effectiveFrom: from } });
    expect((await t.api.post('/api/v1/operations', sameBank(150_000), token)).body.error.code).toBe('DAILY_LIMIT_EXCEEDED');

    t.clock.advance(Date.parse(from) - t.clock.now() - 60_000); // 23:59 in Japan: still today
    let later = await t.api.login('mail-user');
    expect((await limits(later)).dailyLimit).toBe(100_000);
    t.clock.advance(61_000); // 00:00:01: the next day
    later = await t.api.login('mail-user');
    expect(await limits(later)).toMatchObject({ dailyLimit: 3_000_000, remainingToday: 3_000_000, pendingRaise: null });
    expect((await t.api.post('/api/v1/operations', sameBank(150_000), later)).status).toBe(201);

    const tokenUser = await t.api.login('token-user');
    const raise = await t.api.post('/api/v1/operations', change(4_000_000), tokenUser);
    expect(raise.body.factors).toEqual(['token-otp', 'confirmation-password']);
    const lower = await t.api.post('/api/v1/operations', change(50_000), tokenUser);
    expect(lower.body.factors).toEqual(['confirmation-password']);
    const phone = await t.api.login('mail-user', 'demo-login-1', 'smartphone');
    expect((await t.api.post('/api/v1/operations', change(5_000_000), phone)).body.factors).toEqual(['confirmation-password']);
  });

  it('a new change replaces a waiting raise; lowering drops it', async () => {
    t = await startTestBank();
    toJapanNoon();
    const token = await t.api.login('mail-user');
    await completeOperation(t, token, change(5_000_000));
    await completeOperation(t, token, change(3_000_000));
    expect((await limits(token)).pendingRaise).toMatchObject({ amount: 3_000_000 });
    // Keeping the limit in force cancels the waiting raise, as a lowering: confirmation password only.
    const keep = await completeOperation(t, token, change(2_000_000));
    expect(keep.created.body.factors).toEqual(['confirmation-password']);
    expect(await limits(token)).toMatchObject({ dailyLimit: 2_000_000, pendingRaise: null });
    await completeOperation(t, token, change(4_000_000));
    await completeOperation(t, token, change(1_000_000));
    expect(await limits(token)).toMatchObject({ dailyLimit: 1_000_000, pendingRaise: null });
  });

  it('a lowering authorized after a newer lowering made it a raise is refused', async () => {
    t = await startTestBank();
    toJapanNoon();
    const token = await t.api.login('mail-user');
    const first = await t.api.post('/api/v1/operations', change(1_500_000), token);
    expect(first.body.factors).toEqual(['confirmation-password']);
    await completeOperation(t, token, change(1_000_000));
    const late = await t.api.post(`/api/v1/operations/${first.body.id}/authorize`, { confirmationPassword: 'demo-confirm-1' }, token);
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('OPERATION_VOIDED');
    expect((await limits(token)).dailyLimit).toBe(1_000_000);
  });

  it('bad input: each refused with its own issue or code, and nothing changes', async () => {
    t = await startTestBank({ dailyLimitMaxYen: 10_000_000 });
    toJapanNoon();
    const token = await t.api.login('mail-user');
    const before = await limits(token);
    const issue = async (value: unknown) => {
      const r = await t.api.post('/api/v1/operations', change(value), token);
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe('VALIDATION_FAILED');
      return r.body.error.issues as { path: unknown[]; message: string; code?: string }[];
    };
    expect((await issue('3000000'))[0]).toMatchObject({ path: ['dailyLimit'], code: 'invalid_type' });
    expect((await issue(0))[0]).toMatchObject({ path: ['dailyLimit'], code: 'too_small' });
    expect((await issue(-5000))[0]).toMatchObject({ path: ['dailyLimit'], code: 'too_small' });
    expect((await issue(1500))[0]).toMatchObject({ path: ['dailyLimit'], code: 'not_multiple_of' });
    expect((await issue(2_500_000.5))[0]!.path).toEqual(['dailyLimit']);
    expect((await issue(2_000_000))[0]).toMatchObject({ path: ['dailyLimit'], message: 'same as the limit in force' });
    // Above this bank's maximum (its setting, not the schema's ceiling): a 400 with its issue like the rest.
    expect((await issue(10_001_000))[0]).toMatchObject({ path: ['dailyLimit'], code: 'too_big', message: expect.stringContaining('10000000') });
    expect(await passwordMails()).toBe(0);
    expect(await limits(token)).toEqual(before);
    expect((await t.api.post('/api/v1/operations', change(10_000_000), token)).status).toBe(201); // the maximum itself is allowed
  });
});
