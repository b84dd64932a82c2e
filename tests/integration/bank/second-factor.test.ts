/**
 * The second factor of every operation type, on both channels, in every token state, compared with
 * the one rule in src-shared (requiredFactors) and carried through to completion. Transfers to a
 * registered payee run under both policies: the default (BANK_REGISTERED_PAYEE_OTP=1, the guide's)
 * and the peer rule (0); GET /me reports the one in force.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  CHANNELS, TOKEN_STATES, requiredFactors, type Channel, type Factor, type OperationType, type TokenState, type TransferPolicy,
} from '../../../src-shared/domain/index.js';
import { listMessages } from '../../support/mailbox.js';
import { completeOperation, startTestBank, type TestBank } from './helpers.js';

const CUSTOMER_BY_STATE: Record<TokenState, string> = { 'not-used': 'mail-user', active: 'token-user', suspended: 'suspended-user' };

type Case = { name: string; type: OperationType; registered: boolean; peerRule?: true };
const CASES: Case[] = [
  { name: 'transfer to a registered payee', type: 'transfer', registered: true },
  { name: 'transfer to a registered payee under the peer rule', type: 'transfer', registered: true, peerRule: true },
  { name: 'transfer to a new payee', type: 'transfer', registered: false },
  { name: 'bill payment', type: 'bill-payment', registered: false },
  { name: 'e-mail change', type: 'email-change', registered: false },
  { name: 'Select E-mail change', type: 'select-email-change', registered: false },
  { name: 'password destination change', type: 'otp-destination-change', registered: false },
  { name: 'token start', type: 'token-start', registered: false },
  { name: 'token release', type: 'token-release', registered: false },
];

/** The steps BANK-API.md describes, built from requiredFactors. */
function expectedPlan(channel: Channel, state: TokenState, c: Case): Factor[][] {
  const policy: TransferPolicy = { registeredPayeeNeedsOtp: c.peerRule !== true };
  const base = requiredFactors(channel, state, c.type, c.registered, policy);
  if (c.type === 'email-change' || c.type === 'otp-destination-change') {
    const oneTime = base.filter((f) => f !== 'confirmation-password');
    return [oneTime.length ? oneTime : ['confirmation-password'], ['mail-otp', 'confirmation-password']];
  }
  if (c.type === 'token-start') return [base, ['token-otp']];
  return [base];
}

async function bodyFor(t: TestBank, token: string, c: Case, loginId: string): Promise<unknown> {
  const account = (await t.api.get('/api/v1/accounts', token)).body.accounts[0].id as string;
  switch (c.type) {
    case 'transfer':
      if (c.registered) return { type: 'transfer', fromAccountId: account, amount: 12_000, payeeId: (await t.api.get('/api/v1/payees', token)).body.payees[0].id };
      return { type: 'transfer', fromAccountId: account, amount: 12_000, payee: { bankCode: '0005', branchCode: '101', accountType: 'ordinary', accountNumber: '7654321', name: 'ﾔﾏﾀﾞ ｻﾁｺ' } };
    case 'bill-payment':
      return { type: 'bill-payment', fromAccountId: account, amount: 5_400, collectorNumber: '12345', customerNumber: '20240001', confirmationNumber: '4321' };
    case 'email-change':
      return { type: 'email-change', newEmail: `${loginId}.new@docomo.ne.jp` };
    case 'select-email-change':
      return { type: 'select-email-change', slots: [{ slot: 1, use: true, address: `${loginId}.sel@i.softbank.jp` }, { slot: 2, use: false }] };
    case 'otp-destination-change': {
      // First a Select address in use, so there is a destination to add.
      const setup = await completeOperation(t, token, { type: 'select-email-change', slots: [{ slot: 1, use: true, address: `${loginId}.sel@i.softbank.jp` }, { slot: 2, use: false }] });
      expect(setup.steps.at(-1)?.body.status).toBe('completed');
      return { type: 'otp-destination-change', destinations: [{ slot: 1, use: true }, { slot: 2, use: false }] };
    }
    case 'token-start':
      return { type: 'token-start' };
    case 'token-release':
      return { type: 'token-release' };
  }
}

const banks: TestBank[] = [];
afterAll(async () => {
  await Promise.all(banks.map((b) => b.close()));
});

describe.each(CHANNELS.flatMap((channel) => TOKEN_STATES.map((state) => ({ channel, state }))))('$channel, token $state', ({ channel, state }) => {
  it.each(CASES)('$name', async (c) => {
    const t = await startTestBank({ otpResendCooldownSeconds: 0, registeredPayeeNeedsOtp: c.peerRule !== true });
    banks.push(t);
    const loginId = CUSTOMER_BY_STATE[state];
    const token = await t.api.login(loginId, 'demo-login-1', channel);
    expect((await t.api.get('/api/v1/me', token)).body.policy).toEqual({ registeredPayeeNeedsOtp: c.peerRule !== true });
    const body = await bodyFor(t, token, c, loginId);
    const otpMailsBefore = (await listMessages(t.mailboxUrl)).filter((m) => m.from.includes('@otp-auth.net')).length;

    if (c.type === 'token-release' && state !== 'active') {
      const r = await t.api.post('/api/v1/operations', body, token);
      expect(r.status).toBe(409);
      expect(r.body.error.code).toBe('FACTOR_NOT_AVAILABLE');
      return;
    }

    const plan = expectedPlan(channel, state, c);
    const done = await completeOperation(t, token, body);
    expect(done.created.status, JSON.stringify(done.created.body)).toBe(201);
    expect(done.created.body.factors).toEqual(plan[0]);
    expect(done.created.body.step).toBe(1);
    expect(done.created.body.otp !== undefined).toBe(plan[0]!.includes('mail-otp'));
    expect(done.steps).toHaveLength(plan.length);
    done.steps.slice(0, -1).forEach((s, i) => {
      expect(s.status).toBe(200);
      expect(s.body).toMatchObject({ status: 'awaiting-authorization', step: i + 2, factors: plan[i + 1] });
    });
    const last = done.steps.at(-1)!;
    expect(last.status, JSON.stringify(last.body)).toBe(200);
    expect(last.body.status).toBe('completed');
    expect(last.body.receiptNumber).toMatch(/^\d{10}$/);

    // A mail-notified password was mailed for exactly the steps that named one.
    const mailSteps = plan.filter((f) => f.includes('mail-otp')).length;
    const otpMails = (await listMessages(t.mailboxUrl)).filter((m) => m.from.includes('@otp-auth.net')).length - otpMailsBefore;
    expect(otpMails).toBe(mailSteps);

    const state2 = await t.api.get(`/api/v1/operations/${done.created.body.id}`, token);
    expect(state2.body).toMatchObject({ status: 'completed', receiptNumber: last.body.receiptNumber });
  });
});
