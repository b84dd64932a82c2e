// Every channel of the contract through the browser host over HTTP, against a real demo bank,
// with mail-notified passwords read from the bank's mailbox. Prints the latencies it measured.
import { KIOSK_IDLE_DEFAULT_S } from '../../../src-main/core/kiosk/index.js';
import { TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, type Channel } from '../../../src-shared/ipc/contract.js';
import type { IpcResult } from '../../../src-shared/ipc/errors.js';
import { startBankProcess, type BankProcess } from '../../support/bank-process.js';
import { startHostProcess, type HostProcess } from '../../support/host-process.js';
import { clearMailbox, waitForOtp } from '../../support/mailbox.js';
import { connectHost, errorCode, value, type HostClient } from './host-client.js';

const FROM = 'acc_1234567';
const MAIL = 'mail-user@docomo.ne.jp';
const TOKEN_SECRET = 'CDMNVQONYBDDLMQT5GVM2AEDSL6BTGUJ';
const called = new Set<Channel>();
const timings = new Map<string, number[]>();

let bank: BankProcess;
let host: HostProcess;
let c: HostClient;

async function timed<T>(name: string, run: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const r = await run();
  timings.set(name, [...(timings.get(name) ?? []), performance.now() - t0]);
  return r;
}

/** Calls a channel through the bridge (the same object the page gets), noting that it was covered. */
async function call<C extends Channel>(channel: C, request: unknown) {
  called.add(channel);
  const [ns, method] = channel.split('.') as [string, string];
  const api = c.bridge as unknown as Record<string, Record<string, (r: unknown) => Promise<IpcResult<unknown>>>>;
  return timed(channel, () => api[ns]![method]!(request));
}

const intent = () => crypto.randomUUID();

beforeAll(async () => {
  bank = await startBankProcess({ env: { BANK_RESET: '1', BANK_OTP_RESEND_COOLDOWN_S: '0' } });
  host = await startHostProcess({ bankUrl: bank.apiUrl, env: { NETBANK_KIOSK: '1' } });
  c = await connectHost(host.url);
});
afterAll(async () => {
  c?.close();
  await host?.stop();
  await bank?.stop();
  const rows = [...timings].map(([name, ms]) => {
    const sorted = [...ms].sort((a, b) => a - b);
    return `${name.padEnd(24)} n=${String(ms.length).padStart(2)} median=${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms max=${sorted.at(-1)!.toFixed(1)} ms`;
  });
  console.log(`browser host → demo bank latencies (loopback):\n${rows.join('\n')}`);
});

describe('every channel through the browser host', () => {
  it('app.info, preferences and state before login', async () => {
    const info = value(await call('app.info', {})) as { host: string; kiosk: boolean; profile: { otpSenderDomain: string } };
    expect(info).toMatchObject({ host: 'browser', kiosk: true, profile: { otpSenderDomain: 'otp-auth.net' } });
    expect(value(await call('preferences.get', {}))).toEqual({ rememberedLoginId: null, language: 'ja', lastAccountId: null, keychain: 'disabled-kiosk' });
    expect(value(await call('preferences.set', { language: 'en' }))).toMatchObject({ language: 'en' });
    expect(value(await call('preferences.forgetLoginId', {}))).toMatchObject({ rememberedLoginId: null });
    // A kiosk without its own idle settings uses the kiosk default (shorter than the desktop's 600 s).
    expect(value(await call('session.state', {}))).toEqual({ state: 'logged-out', idleTimeoutSeconds: KIOSK_IDLE_DEFAULT_S, idleWarningSeconds: KIOSK_IDLE_DEFAULT_S - 60 });
    expect(errorCode(await call('accounts.list', {}))).toBe('NOT_LOGGED_IN');
  });

  it('a wrong password is INVALID_CREDENTIALS and leaves the session logged out', async () => {
    expect(errorCode(await call('session.login', { loginId: 'mail-user', password: 'wrong-pass-1', rememberId: false }))).toBe('INVALID_CREDENTIALS');
    expect(value(await call('session.state', {}))).toMatchObject({ state: 'logged-out' });
  });

  it('login, inquiry, history and fee', async () => {
    expect(value(await call('session.login', { loginId: 'mail-user', password: 'demo-login-1', rememberId: true }))).toEqual({ state: 'ready', remember: 'unchanged' });
    expect(value(await call('session.activity', {}))).toEqual({});
    const me = value(await call('customer.me', {})) as { loginId: string; secondFactor: string };
    expect(me).toMatchObject({ loginId: 'mail-user', secondFactor: 'mail-otp' });
    const accounts = value(await call('accounts.list', {})) as { accounts: { id: string; balance: number }[] };
    expect(accounts.accounts[0]).toMatchObject({ id: FROM, balance: 1_000_000 });
    const history = value(await call('accounts.transactions', { accountId: FROM })) as { transactions: unknown[] };
    expect(history.transactions.length).toBeGreaterThan(0);
    const payees = value(await call('payees.list', {})) as { payees: unknown[] };
    expect(payees.payees.length).toBe(1);
    expect(value(await call('transfers.fee', { bankCode: '0005', amount: 50_000 }))).toEqual({ fee: 275, sameBank: false });
    expect(errorCode(await call('accounts.transactions', { accountId: 'acc_nope' }))).toBe('ACCOUNT_NOT_FOUND');
  });

  it('limit, receipts, and no files or printing in a kiosk', async () => {
    expect(value(await call('limits.get', {}))).toMatchObject({ dailyLimit: 2_000_000, usedToday: 0, remainingToday: 2_000_000, pendingRaise: null });
    expect(value(await call('receipts.list', {}))).toHaveProperty('receipts');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());
    // This host runs as a kiosk without allowPrinting: nothing is saved and nothing printed.
    expect(errorCode(await call('statements.exportCsv', { accountId: FROM, from: today, to: today }))).toBe('NOT_AVAILABLE_IN_KIOSK');
    expect(errorCode(await call('print.page', { to: 'pdf', name: 'receipt-1' }))).toBe('NOT_AVAILABLE_IN_KIOSK');
    expect(errorCode(await call('statements.exportCsv', { accountId: FROM, from: today, to: '2000-01-01' }))).toBe('INVALID_REQUEST');
  });

  it('logins and login notices: this login marked, notices off with the mail password, back on with nothing', async () => {
    const logins = value(await call('customer.logins', {})) as { logins: { channel: string; current: boolean }[]; previous: unknown };
    expect(logins).toMatchObject({ logins: [{ channel: 'pc', current: true }], previous: null });
    expect(errorCode(await call('customer.logins', { limit: 50 }))).toBe('INVALID_REQUEST');
    const off = value(await call('operations.create', { intentId: intent(), operation: { type: 'login-notice-change', enabled: false } })) as { id: string; factors: string[]; otp: { reference: string } };
    expect(off.factors).toEqual(['mail-otp', 'confirmation-password']);
    const mail = await waitForOtp(bank.mailboxUrl, MAIL, { reference: off.otp.reference });
    expect(value(await call('operations.authorize', { operationId: off.id, intentId: intent(), confirmationPassword: 'demo-confirm-1', mailOtp: mail.code }))).toMatchObject({ status: 'completed' });
    expect((value(await call('customer.me', {})) as { loginNotice: boolean }).loginNotice).toBe(false);
    expect(errorCode(await call('customer.loginNoticeOn', { enabled: false }))).toBe('INVALID_REQUEST');
    expect(value(await call('customer.loginNoticeOn', { intentId: intent() }))).toEqual({ enabled: true });
    expect((value(await call('customer.me', {})) as { loginNotice: boolean }).loginNotice).toBe(true);
  });

  it('bank directory: names for codes, search by reading, unknown bank, bad input', async () => {
    expect(value(await call('directory.banks', { code: '0005' }))).toEqual({ banks: [{ code: '0005', name: 'サンプル銀行', kana: 'サンプルギンコウ' }] });
    expect((value(await call('directory.banks', { q: 'ｻﾝﾌﾟﾙ' })) as { banks: { code: string }[] }).banks.map((b) => b.code)).toEqual(['0005', '0288']);
    const branch = value(await call('directory.branches', { bankCode: '0005', code: '101' })) as { branches: { name: string }[] };
    expect(branch.branches.map((b) => b.name)).toEqual(['青山支店']);
    expect((value(await call('directory.branches', { bankCode: '0001', q: 'まるのうち' })) as { branches: { code: string }[] }).branches.map((b) => b.code)).toEqual(['101']);
    expect(errorCode(await call('directory.branches', { bankCode: '0404', code: '101' }))).toBe('UNKNOWN_BANK');
    expect(errorCode(await call('directory.banks', { code: '0005', q: 'x' }))).toBe('INVALID_REQUEST');
  });

  it('ad-hoc transfer: wrong OTP, resend, superseded OTP, then the newest completes it', async () => {
    await clearMailbox(bank.mailboxUrl);
    const op = value(await call('operations.create', {
      intentId: intent(),
      operation: { type: 'transfer', fromAccountId: FROM, amount: 12_000, payee: { bankCode: '0009', branchCode: '201', accountType: 'ordinary', accountNumber: '1112223', name: 'ﾃｽﾄ ｼﾞﾛｳ' } },
    })) as { id: string; factors: string[]; otp: { reference: string } };
    expect([...op.factors].sort()).toEqual(['confirmation-password', 'mail-otp']);
    const first = await waitForOtp(bank.mailboxUrl, MAIL, { reference: op.otp.reference });
    const wrongCode = first.code === '000000' ? '111111' : '000000';
    const wrong = await call('operations.authorize', { operationId: op.id, intentId: intent(), confirmationPassword: 'demo-confirm-1', mailOtp: wrongCode });
    expect(errorCode(wrong)).toBe('OTP_INVALID');
    expect(!wrong.ok && wrong.error.attemptsLeft).toBe(4);
    const resent = value(await call('operations.resendOtp', { operationId: op.id, intentId: intent() })) as { otp: { reference: string } };
    const second = await waitForOtp(bank.mailboxUrl, MAIL, { reference: resent.otp.reference });
    const stale = await call('operations.authorize', { operationId: op.id, intentId: intent(), confirmationPassword: 'demo-confirm-1', mailOtp: first.code });
    expect(errorCode(stale)).toBe(first.code === second.code ? 'ok' : 'OTP_SUPERSEDED');
    const done = value(await call('operations.authorize', { operationId: op.id, intentId: intent(), confirmationPassword: 'demo-confirm-1', mailOtp: second.code })) as { status: string; receiptNumber: string };
    expect(done.status).toBe('completed');
    const status = value(await call('operations.status', { operationId: op.id })) as { status: string; receiptNumber: string };
    expect(status).toMatchObject({ status: 'completed', receiptNumber: done.receiptNumber });
    const accounts = value(await call('accounts.list', {})) as { accounts: { balance: number }[] };
    expect(accounts.accounts[0]!.balance).toBe(1_000_000 - 12_000 - 165);
  });

  it('registered payee under the bank\'s default policy: the mail OTP too; bill payment with the mail OTP', async () => {
    expect((value(await call('customer.me', {})) as { policy: unknown }).policy).toEqual({ registeredPayeeNeedsOtp: true });
    const payee = (value(await call('payees.list', {})) as { payees: { id: string }[] }).payees[0]!;
    const reg = value(await call('operations.create', { intentId: intent(), operation: { type: 'transfer', fromAccountId: FROM, amount: 3_000, payeeId: payee.id } })) as { id: string; factors: string[]; otp: { reference: string } };
    expect(reg.factors).toEqual(['mail-otp', 'confirmation-password']);
    const regMail = await waitForOtp(bank.mailboxUrl, MAIL, { reference: reg.otp.reference });
    const badPw = await call('operations.authorize', { operationId: reg.id, intentId: intent(), confirmationPassword: 'wrong-confirm-9', mailOtp: regMail.code });
    expect(errorCode(badPw)).toBe('CONFIRMATION_PASSWORD_INVALID');
    expect(value(await call('operations.authorize', { operationId: reg.id, intentId: intent(), confirmationPassword: 'demo-confirm-1', mailOtp: regMail.code }))).toMatchObject({ status: 'completed' });

    const bill = value(await call('operations.create', {
      intentId: intent(), operation: { type: 'bill-payment', fromAccountId: FROM, amount: 8_800, collectorNumber: '23456', customerNumber: '55501', confirmationNumber: '77' },
    })) as { id: string; otp: { reference: string } };
    const mail = await waitForOtp(bank.mailboxUrl, MAIL, { reference: bill.otp.reference });
    expect(value(await call('operations.authorize', { operationId: bill.id, intentId: intent(), confirmationPassword: 'demo-confirm-1', mailOtp: mail.code }))).toMatchObject({ status: 'completed' });
    expect(errorCode(await call('operations.authorize', { operationId: bill.id, intentId: intent(), confirmationPassword: 'demo-confirm-1', mailOtp: mail.code }))).toBe('OPERATION_ALREADY_COMPLETED');
  });

  it('the same intent sent twice creates one operation', async () => {
    const id = intent();
    const operation = { type: 'bill-payment', fromAccountId: FROM, amount: 1_000, collectorNumber: '12345', customerNumber: '1', confirmationNumber: '1' };
    const a = value(await call('operations.create', { intentId: id, operation })) as { id: string };
    const b = value(await call('operations.create', { intentId: id, operation })) as { id: string };
    expect(b.id).toBe(a.id);
  });

  it('token user: the token OTP, no mail', async () => {
    value(await call('session.logout', {}));
    await c.waitForEvent('session.ended');
    expect(value(await call('session.login', { loginId: 'token-user', password: 'demo-login-1', rememberId: false }))).toMatchObject({ state: 'ready' });
    const op = value(await call('operations.create', {
      intentId: intent(),
      operation: { type: 'transfer', fromAccountId: 'acc_2345678', amount: 5_000, payee: { bankCode: '0005', branchCode: '101', accountType: 'ordinary', accountNumber: '7654321', name: 'ﾃｽﾄ ﾊﾅｺ' } },
    })) as { id: string; factors: string[] };
    expect([...op.factors].sort()).toEqual(['confirmation-password', 'token-otp']);
    const code = new TOTP({ secret: TOKEN_SECRET }).generate();
    expect(value(await call('operations.authorize', { operationId: op.id, intentId: intent(), confirmationPassword: 'demo-confirm-1', tokenOtp: code }))).toMatchObject({ status: 'completed' });
  });

  it('first login: start-of-use only, resend, wrong then right code, then ready', async () => {
    value(await call('session.logout', {}));
    expect(value(await call('session.login', { loginId: 'new-user', password: 'demo-first-1', rememberId: false }))).toMatchObject({ state: 'start-of-use-required' });
    expect(errorCode(await call('accounts.list', {}))).toBe('START_OF_USE_PENDING');
    const email = 'new-user@au.com';
    const sent = value(await call('startOfUse.submit', { newLoginPassword: 'new-login-22', confirmationPassword: 'new-confirm-33', email, acknowledgeFreeMail: false })) as { otp: { reference: string } };
    await waitForOtp(bank.mailboxUrl, email, { reference: sent.otp.reference });
    const again = value(await call('startOfUse.resendOtp', {})) as { otp: { reference: string } };
    const mail = await waitForOtp(bank.mailboxUrl, email, { reference: again.otp.reference });
    expect(errorCode(await call('startOfUse.verify', { mailOtp: mail.code === '123456' ? '654321' : '123456' }))).toBe('OTP_INVALID');
    expect(value(await call('startOfUse.verify', { mailOtp: mail.code }))).toEqual({ state: 'ready' });
    expect(value(await call('accounts.list', {}))).toHaveProperty('accounts');
    expect(errorCode(await call('startOfUse.resendOtp', {}))).toBe('START_OF_USE_ALREADY_DONE');
    value(await call('session.logout', {}));
    expect(value(await call('session.login', { loginId: 'new-user', password: 'new-login-22', rememberId: false }))).toMatchObject({ state: 'ready' });
  });

  it('logout ends the session, with the event, and the bank forgets the token', async () => {
    const before = Date.now();
    value(await call('session.logout', {}));
    const ended = await c.waitForEvent('session.ended', 5000, before);
    expect(ended.payload).toEqual({ reason: 'logout' });
    expect(errorCode(await call('customer.me', {}))).toBe('NOT_LOGGED_IN');
  });

  it('covered every channel of the contract', () => {
    expect([...called].sort()).toEqual([...CHANNEL_NAMES].sort());
  });
});
