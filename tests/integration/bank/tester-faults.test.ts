// Tester faults and mail: the next N requests of a kind refused with 503; an answer dropped after
// the bank committed (the operation is completed, GET /operations/{id} says so, the same
// Idempotency-Key replays the kept answer, one transfer only); mail delayed, or held and released
// in order (the older password mail then void).
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { clearMailbox, listMessages, parseOtpMail, waitForMessage } from '../../support/mailbox.js';
import { otpFor, startTestBank, type TestBank } from './helpers.js';
import { control, TESTER_PATHS } from './tester-helpers.js';

let t: TestBank;
afterEach(async () => t?.close());

const AD_HOC = { bankCode: '0005', branchCode: '101', accountType: 'ordinary', accountNumber: '7654321', name: 'ﾔﾏﾀﾞ ｻﾁｺ' };
const transferBody = { type: 'transfer', fromAccountId: 'acc_1234567', amount: 1000, payee: AD_HOC };
const login = () => t.api.post('/api/v1/sessions', { loginId: 'mail-user', password: 'demo-login-1', channel: 'pc' });

describe('tester faults', () => {
  it('refuses the next N requests of a kind with 503 SERVICE_UNAVAILABLE, then answers again; `any` spares the tester paths', async () => {
    t = await startTestBank({ testerControls: true });
    const armed = await control(t.api, TESTER_PATHS.faults, { kind: 'login', mode: '503', count: 2 });
    expect(armed.body).toMatchObject({ active: true, faults: [{ kind: 'login', mode: '503', remaining: 2 }] });
    const answers = [await login(), await login(), await login()];
    expect(answers.map((r) => r.status)).toEqual([503, 503, 201]);
    expect(answers[0]!.body.error.code).toBe('SERVICE_UNAVAILABLE');
    expect((await t.api.get(TESTER_PATHS.state)).body).toMatchObject({ active: false, faults: [] });

    const token = answers[2]!.body.token as string;
    await control(t.api, TESTER_PATHS.faults, { kind: 'any', mode: '503', count: 1 });
    expect((await t.api.get(TESTER_PATHS.state)).status).toBe(200);
    expect((await t.api.get('/health')).status).toBe(200);
    expect((await t.api.get('/api/v1/accounts', token)).status).toBe(503);
    expect((await t.api.get('/api/v1/accounts', token)).status).toBe(200);
    await control(t.api, TESTER_PATHS.faults, { kind: 'resend', mode: '503', count: 5 });
    expect((await control(t.api, TESTER_PATHS.faults, { kind: 'resend', mode: '503', count: 0 })).body.faults).toEqual([]);
  });

  it('drops the answer after the commit: the transfer is done once, its status says so, the same key replays the kept answer', async () => {
    t = await startTestBank({ testerControls: true });
    const token = await t.api.login('mail-user');
    const created = await t.api.post('/api/v1/operations', transferBody, token);
    const code = await otpFor(t.mailboxUrl, created.body.otp.reference);
    await control(t.api, TESTER_PATHS.faults, { kind: 'authorize', mode: 'drop-after-commit', count: 1 });
    const path = `/api/v1/operations/${created.body.id}/authorize`;

    // A refused authorization is answered as usual and leaves the fault armed.
    const refused = await t.api.post(path, { mailOtp: code, confirmationPassword: 'wrong-pass-1' }, token);
    expect(refused.body.error.code).toBe('CONFIRMATION_PASSWORD_INVALID');
    expect((await t.api.get(TESTER_PATHS.state)).body.faults).toHaveLength(1);

    const key = randomUUID();
    const body = { mailOtp: code, confirmationPassword: 'demo-confirm-1' };
    await expect(t.api.request('POST', path, { token, body, key })).rejects.toThrow();
    expect((await t.api.get(TESTER_PATHS.state)).body.faults).toEqual([]);
    const status = await t.api.get(`/api/v1/operations/${created.body.id}`, token);
    expect(status.body).toMatchObject({ status: 'completed' });
    const replay = await t.api.request('POST', path, { token, body, key });
    expect(replay.status).toBe(200);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toMatchObject({ status: 'completed', receiptNumber: status.body.receiptNumber });
    const history = (await t.api.get('/api/v1/accounts/acc_1234567/transactions', token)).body.transactions as { receiptNumber?: string | null; kind: string }[];
    expect(history.filter((x) => x.kind === 'transfer')).toHaveLength(1);
  });
});

describe('tester mail controls', () => {
  it('holds mail until released, then sends it in order; the older password mail is then void', async () => {
    t = await startTestBank({ testerControls: true, otpResendCooldownSeconds: 0 });
    const token = await t.api.login('mail-user');
    await clearMailbox(t.mailboxUrl); // the login notice went before the control was set
    await control(t.api, TESTER_PATHS.mail, { hold: true });
    const created = await t.api.post('/api/v1/operations', transferBody, token);
    expect(created.status).toBe(201);
    const resent = await t.api.post(`/api/v1/operations/${created.body.id}/otp`, {}, token);
    expect(resent.status).toBe(201);
    const state = (await t.api.get(TESTER_PATHS.state)).body;
    expect(state).toMatchObject({ active: true, mail: { held: true, heldCount: 2 } });
    expect(await listMessages(t.mailboxUrl)).toEqual([]);

    const released = await control(t.api, TESTER_PATHS.mail, { hold: false });
    expect(released.body).toMatchObject({ active: false, mail: { held: false, heldCount: 0 } });
    const newest = await waitForMessage(t.mailboxUrl, undefined, (m) => m.reference === resent.body.otp.reference);
    const all = await listMessages(t.mailboxUrl);
    expect(all.map((m) => m.reference)).toEqual([resent.body.otp.reference, created.body.otp.reference]);
    expect(all.map((m) => m.voided)).toEqual([false, true]);
    expect(newest.otpCode).toBe(parseOtpMail(newest)!.code);
    expect(all.every((m) => m.operationId === created.body.id)).toBe(true);
  });

  it('delays mail by N seconds: the operation answers at once, its mail comes later', async () => {
    t = await startTestBank({ testerControls: true });
    const token = await t.api.login('mail-user');
    await clearMailbox(t.mailboxUrl); // the login notice went before the control was set
    expect((await control(t.api, TESTER_PATHS.mail, { delaySeconds: 3 })).body).toMatchObject({ active: true, mail: { delaySeconds: 3 } });
    const created = await t.api.post('/api/v1/operations', transferBody, token);
    expect(created.status).toBe(201);
    expect(await listMessages(t.mailboxUrl)).toEqual([]);
    const mail = await waitForMessage(t.mailboxUrl, undefined, (m) => m.reference === created.body.otp.reference, 30_000);
    expect(mail.otpCode).toMatch(/^\d{6}$/);
    await control(t.api, TESTER_PATHS.mail, { delaySeconds: 0 });
    expect((await t.api.get(TESTER_PATHS.state)).body.active).toBe(false);
  });
});
