// Time through the browser host: the idle warning and the idle logout (short timeouts for the
// test), and the OTP-expired event when a mailed password runs out (short bank TTL).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBankProcess, type BankProcess } from '../../support/bank-process.js';
import { startHostProcess, type HostProcess } from '../../support/host-process.js';
import { waitForOtp } from '../../support/mailbox.js';
import { connectHost, errorCode, value } from './host-client.js';

let bank: BankProcess;
let idleHost: HostProcess;
let host: HostProcess;

beforeAll(async () => {
  bank = await startBankProcess({ env: { BANK_RESET: '1', BANK_OTP_TTL_S: '2', BANK_OTP_RESEND_COOLDOWN_S: '0' } });
  [idleHost, host] = await Promise.all([
    startHostProcess({ bankUrl: bank.apiUrl, env: { NETBANK_KIOSK: '1', NETBANK_IDLE_TIMEOUT_S: '5', NETBANK_IDLE_WARNING_S: '2' } }),
    startHostProcess({ bankUrl: bank.apiUrl, env: { NETBANK_KIOSK: '1' } }),
  ]);
});
afterAll(async () => {
  await Promise.all([idleHost?.stop(), host?.stop()]);
  await bank?.stop();
});

describe('idle timeout', () => {
  it('reports its settings, warns, then logs out and says why', async () => {
    const c = await connectHost(idleHost.url);
    expect(value(await c.bridge.session.state({}))).toMatchObject({ idleTimeoutSeconds: 5, idleWarningSeconds: 2 });
    const t0 = Date.now();
    value(await c.bridge.session.login({ loginId: 'mail-user', password: 'demo-login-1', rememberId: false }));
    const warning = await c.waitForEvent('session.idleWarning', 6000, t0);
    expect(warning.payload).toEqual({ secondsLeft: 3 });
    expect(warning.at - t0).toBeGreaterThanOrEqual(1900);
    const ended = await c.waitForEvent('session.ended', 10_000, t0);
    expect(ended.payload).toEqual({ reason: 'idle' });
    expect(ended.at - t0).toBeGreaterThanOrEqual(4900);
    expect(value(await c.bridge.session.state({})).state).toBe('logged-out');
    expect(errorCode(await c.bridge.accounts.list({}))).toBe('NOT_LOGGED_IN');
    console.log(`idle: warning after ${warning.at - t0} ms, logout after ${ended.at - t0} ms (settings 2 s / 5 s)`);
    c.close();
  });

  it('activity pushes the end back: after the warning, activity starts the countdown again', async () => {
    const c = await connectHost(idleHost.url);
    const t0 = Date.now();
    value(await c.bridge.session.login({ loginId: 'token-user', password: 'demo-login-1', rememberId: false }));
    // The host's own timer says when: activity comes once the warning is out, not after a guessed sleep.
    const first = await c.waitForEvent('session.idleWarning', 6000, t0);
    const t1 = Date.now(); // before the activity is sent: the host restarts its countdown after this
    value(await c.bridge.session.activity({}));
    const ended = await c.waitForEvent('session.ended', 10_000, t1);
    // Without the activity the session would have ended 3 s after the first warning; with it,
    // the whole idle time runs again: a second warning, then the end.
    const order = c.events.filter((e) => e.at >= first.at && (e.event === 'session.idleWarning' || e.event === 'session.ended')).map((e) => e.event);
    expect(order).toEqual(['session.idleWarning', 'session.idleWarning', 'session.ended']);
    expect(ended.payload).toEqual({ reason: 'idle' });
    expect(ended.at - t1).toBeGreaterThanOrEqual(4900);
    c.close();
  });
});

describe('mailed password expiry', () => {
  it('sends otp.expired for the operation, and the bank refuses the code as expired', async () => {
    const c = await connectHost(host.url);
    value(await c.bridge.session.login({ loginId: 'mail-user', password: 'demo-login-1', rememberId: false }));
    const t0 = Date.now();
    const op = value(await c.bridge.operations.create({
      intentId: crypto.randomUUID(),
      operation: { type: 'transfer', fromAccountId: 'acc_1234567', amount: 2_000, payee: { bankCode: '0009', branchCode: '201', accountType: 'ordinary', accountNumber: '1112223', name: 'ﾃｽﾄ ｼﾞﾛｳ' } },
    }));
    const mail = await waitForOtp(bank.mailboxUrl, 'mail-user@docomo.ne.jp', { reference: op.otp!.reference });
    const expired = await c.waitForEvent('otp.expired', 6000, t0);
    expect(expired.payload).toEqual({ operationId: op.id });
    const late = await c.bridge.operations.authorize({ operationId: op.id, intentId: crypto.randomUUID(), confirmationPassword: 'demo-confirm-1', mailOtp: mail.code });
    expect(errorCode(late)).toBe('OTP_EXPIRED');
    const fresh = value(await c.bridge.operations.resendOtp({ operationId: op.id }));
    const next = await waitForOtp(bank.mailboxUrl, 'mail-user@docomo.ne.jp', { reference: fresh.otp.reference });
    expect(value(await c.bridge.operations.authorize({ operationId: op.id, intentId: crypto.randomUUID(), confirmationPassword: 'demo-confirm-1', mailOtp: next.code })).status).toBe('completed');
    c.close();
  });
});
