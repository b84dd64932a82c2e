/**
 * メール通知パスワード設定 in the bank's own order: the operation is created first (the current
 * password goes out), the choice comes with that password at step 1, and step 2 takes the new
 * destination's password with the confirmation password (or the confirmation password alone).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { listMessages, waitForOtp } from '../../support/mailbox.js';
import { completeOperation, startTestBank, type TestBank } from './helpers.js';

let t: TestBank;
afterEach(async () => t?.close());

const ADD_1 = [{ slot: 1, use: true }, { slot: 2, use: false }];
const NONE = [{ slot: 1, use: false }, { slot: 2, use: false }];

async function withSelectAddress(): Promise<string> {
  t = await startTestBank({ otpResendCooldownSeconds: 0 });
  const token = await t.api.login('mail-user');
  await completeOperation(t, token, { type: 'select-email-change', slots: [{ slot: 1, use: true, address: 'phone@au.com' }, { slot: 2, use: false }] });
  return token;
}

async function createWithoutChoice(token: string, current = ['m***@docomo.ne.jp']) {
  const op = await t.api.post('/api/v1/operations', { type: 'otp-destination-change' }, token);
  expect(op.status).toBe(201);
  expect(op.body).toMatchObject({ step: 1, factors: ['mail-otp'] });
  expect(op.body.otp.destinations).toEqual(current);
  const code = (await waitForOtp(t.mailboxUrl, 'mail-user@docomo.ne.jp', { reference: op.body.otp.reference })).code;
  return { id: op.body.id as string, code };
}

describe('a destination change whose choice comes with step 1', () => {
  it('adds a destination: the current password with the choice, then the new address proves it receives mail', async () => {
    const token = await withSelectAddress();
    const { id, code } = await createWithoutChoice(token);
    const step2 = await t.api.post(`/api/v1/operations/${id}/authorize`, { mailOtp: code, destinations: ADD_1 }, token);
    expect(step2.status).toBe(200);
    expect(step2.body).toMatchObject({ status: 'awaiting-authorization', step: 2, factors: ['mail-otp', 'confirmation-password'] });
    expect(step2.body.otp.destinations).toEqual(['p***@au.com']);
    expect((await t.api.get(`/api/v1/operations/${id}`, token)).body.factors).toEqual(['mail-otp', 'confirmation-password']);
    // Not a destination until the proof is in.
    expect((await t.api.get('/api/v1/me', token)).body.selectEmail[0].otpDestination).toBe(false);
    const proof = (await waitForOtp(t.mailboxUrl, 'phone@au.com', { reference: step2.body.otp.reference })).code;
    const done = await t.api.post(`/api/v1/operations/${id}/authorize`, { mailOtp: proof, confirmationPassword: 'demo-confirm-1' }, token);
    expect(done.body.status).toBe('completed');
    expect((await t.api.get('/api/v1/me', token)).body.selectEmail[0]).toEqual({ slot: 1, use: true, address: 'phone@au.com', otpDestination: true });
  });

  it('removing a destination: step 2 takes the confirmation password alone and sends no mail', async () => {
    const token = await withSelectAddress();
    await completeOperation(t, token, { type: 'otp-destination-change', destinations: ADD_1 });
    // The current password goes to every current destination, the Select address included.
    const { id, code } = await createWithoutChoice(token, ['m***@docomo.ne.jp', 'p***@au.com']);
    const otpMailsToPhone = async () => (await listMessages(t.mailboxUrl, 'phone@au.com')).filter((m) => m.from.includes('@otp-auth.net')).length;
    const before = await otpMailsToPhone();
    const step2 = await t.api.post(`/api/v1/operations/${id}/authorize`, { mailOtp: code, destinations: NONE }, token);
    expect(step2.body).toMatchObject({ status: 'awaiting-authorization', step: 2, factors: ['confirmation-password'] });
    expect(step2.body.otp).toBeUndefined();
    const done = await t.api.post(`/api/v1/operations/${id}/authorize`, { confirmationPassword: 'demo-confirm-1' }, token);
    expect(done.body.status).toBe('completed');
    expect((await t.api.get('/api/v1/me', token)).body.selectEmail[0].otpDestination).toBe(false);
    expect(await otpMailsToPhone()).toBe(before);
  });

  it('a bad choice is refused before the password is spent: the same password then works with a good one', async () => {
    const token = await withSelectAddress();
    const { id, code } = await createWithoutChoice(token);
    const missing = await t.api.post(`/api/v1/operations/${id}/authorize`, { mailOtp: code }, token);
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatchObject({ code: 'VALIDATION_FAILED', issues: [expect.objectContaining({ path: ['destinations'] })] });
    const slot2 = await t.api.post(`/api/v1/operations/${id}/authorize`, { mailOtp: code, destinations: [{ slot: 1, use: false }, { slot: 2, use: true }] }, token);
    expect(slot2.body.error).toMatchObject({ code: 'VALIDATION_FAILED', issues: [expect.objectContaining({ path: ['destinations', 1, 'use'] })] });
    const nothing = await t.api.post(`/api/v1/operations/${id}/authorize`, { mailOtp: code, destinations: NONE }, token);
    expect(nothing.body.error.code).toBe('NO_OTP_DESTINATION_ADDED');
    const unordered = await t.api.post(`/api/v1/operations/${id}/authorize`, { mailOtp: code, destinations: [{ slot: 2, use: false }, { slot: 1, use: true }] }, token);
    expect(unordered.body.error.code).toBe('VALIDATION_FAILED');
    const good = await t.api.post(`/api/v1/operations/${id}/authorize`, { mailOtp: code, destinations: ADD_1 }, token);
    expect(good.body).toMatchObject({ status: 'awaiting-authorization', step: 2 });
  });

  it('takes a choice nowhere else: not at step 2, not for another operation, not when given at creation', async () => {
    const token = await withSelectAddress();
    const { id, code } = await createWithoutChoice(token);
    const step2 = await t.api.post(`/api/v1/operations/${id}/authorize`, { mailOtp: code, destinations: ADD_1 }, token);
    const proof = (await waitForOtp(t.mailboxUrl, 'phone@au.com', { reference: step2.body.otp.reference })).code;
    const again = await t.api.post(`/api/v1/operations/${id}/authorize`, { mailOtp: proof, confirmationPassword: 'demo-confirm-1', destinations: NONE }, token);
    expect(again.body.error).toMatchObject({ code: 'VALIDATION_FAILED', issues: [expect.objectContaining({ path: ['destinations'] })] });
    const fixed = await t.api.post('/api/v1/operations', { type: 'otp-destination-change', destinations: ADD_1 }, token);
    const fixedCode = (await waitForOtp(t.mailboxUrl, 'mail-user@docomo.ne.jp', { reference: fixed.body.otp.reference })).code;
    const twice = await t.api.post(`/api/v1/operations/${fixed.body.id}/authorize`, { mailOtp: fixedCode, destinations: ADD_1 }, token);
    expect(twice.body.error.code).toBe('VALIDATION_FAILED');
  });
});
