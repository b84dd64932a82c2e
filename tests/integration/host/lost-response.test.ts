// A transfer whose answer is lost after the bank committed it: the proxy between host and bank
// throws the bank's answer away and cuts the connection. The client must ask the bank what became
// of it, report the transfer as done, and the bank must have moved the money exactly once.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startBankProcess, type BankProcess } from '../../support/bank-process.js';
import { startFaultProxy, type FaultProxy } from '../../support/fault-proxy.js';
import { startHostProcess, type HostProcess } from '../../support/host-process.js';
import { waitForOtp } from '../../support/mailbox.js';
import { connectHost, errorCode, value, type HostClient } from './host-client.js';

const FROM = 'acc_1234567';
const MAIL = 'mail-user@docomo.ne.jp';
const PAYEE = { bankCode: '0009', branchCode: '201', accountType: 'ordinary', accountNumber: '1112223', name: 'ﾃｽﾄ ｼﾞﾛｳ' } as const;

let bank: BankProcess;
let proxy: FaultProxy;
let host: HostProcess;
let c: HostClient;

beforeAll(async () => {
  bank = await startBankProcess({ env: { BANK_RESET: '1', BANK_OTP_RESEND_COOLDOWN_S: '0' } });
  proxy = await startFaultProxy(bank.apiUrl);
  host = await startHostProcess({ bankUrl: proxy.url, env: { NETBANK_KIOSK: '1', NETBANK_REQUEST_TIMEOUT_MS: '3000' } });
  c = await connectHost(host.url);
  value(await c.bridge.session.login({ loginId: 'mail-user', password: 'demo-login-1', rememberId: false }));
});
afterAll(async () => {
  c?.close();
  await host?.stop();
  await proxy?.close();
  await bank?.stop();
});
beforeEach(() => proxy.clearRules());

async function balance(): Promise<number> {
  return value(await c.bridge.accounts.list({})).accounts[0]!.balance;
}

async function createTransfer(amount: number) {
  const op = value(await c.bridge.operations.create({ intentId: crypto.randomUUID(), operation: { type: 'transfer', fromAccountId: FROM, amount, payee: PAYEE } }));
  const mail = await waitForOtp(bank.mailboxUrl, MAIL, { reference: op.otp!.reference });
  return { op, code: mail.code };
}

describe('lost answers', () => {
  it('authorize answer lost after the bank committed: one transfer, and the client reports success', async () => {
    const before = await balance();
    const { op, code } = await createTransfer(21_000);
    const mark = proxy.seen.length;
    proxy.addRule({ method: 'POST', path: /\/authorize$/, action: 'drop-response' });
    const t0 = performance.now();
    const r = value(await c.bridge.operations.authorize({ operationId: op.id, intentId: crypto.randomUUID(), confirmationPassword: 'demo-confirm-1', mailOtp: code }));
    const ms = performance.now() - t0;
    expect(r.status).toBe('completed');
    const receipt = r.status === 'completed' ? r.receiptNumber : '';
    // What went over the wire: the authorize (answer dropped), then the status question first.
    const after = proxy.seen.slice(mark).map((s) => `${s.method} ${s.path.replace(op.id, ':id')} ${s.action}`);
    expect(after[0]).toBe('POST /api/v1/operations/:id/authorize drop-response');
    expect(after[1]).toBe('GET /api/v1/operations/:id pass');
    expect(after.filter((s) => s.startsWith('POST')).length).toBe(1);
    // Exactly one transfer: the balance moved once, and the history has the receipt once.
    expect(await balance()).toBe(before - 21_000 - 165);
    const history = value(await c.bridge.accounts.transactions({ accountId: FROM })).transactions;
    const lines = history.filter((t) => t.receiptNumber === receipt);
    // The transfer and its fee are posted as two lines under the one receipt: one of each.
    expect(lines.map((t) => t.amount).sort((a, b) => a - b)).toEqual([-21_000, -165]);
    const state = value(await c.bridge.operations.status({ operationId: op.id }));
    expect(state).toMatchObject({ status: 'completed', receiptNumber: receipt });
    console.log(`lost-answer recovery: authorize reported completed after ${ms.toFixed(0)} ms`);
  });

  it('answer of a wrong OTP lost: the status says pending, the repeat with the same key gets the stored answer', async () => {
    const before = await balance();
    const { op, code } = await createTransfer(4_000);
    const wrong = code === '000000' ? '111111' : '000000';
    proxy.addRule({ method: 'POST', path: /\/authorize$/, action: 'drop-response' });
    const r = await c.bridge.operations.authorize({ operationId: op.id, intentId: crypto.randomUUID(), confirmationPassword: 'demo-confirm-1', mailOtp: wrong });
    expect(errorCode(r)).toBe('OTP_INVALID');
    expect(!r.ok && r.error.attemptsLeft).toBe(4);
    expect(await balance()).toBe(before);
    const ok = value(await c.bridge.operations.authorize({ operationId: op.id, intentId: crypto.randomUUID(), confirmationPassword: 'demo-confirm-1', mailOtp: code }));
    expect(ok.status).toBe('completed');
    expect(await balance()).toBe(before - 4_000 - 165);
  });

  it('when even the status cannot be learned: OPERATION_OUTCOME_UNKNOWN, never a second transfer', async () => {
    const before = await balance();
    const { op, code } = await createTransfer(7_000);
    proxy.addRule({ method: 'POST', path: /\/authorize$/, action: 'drop-response' });
    proxy.addRule({ method: 'GET', path: /^\/api\/v1\/operations\/[^/]+$/, action: 'reset', times: 10 });
    const r = await c.bridge.operations.authorize({ operationId: op.id, intentId: crypto.randomUUID(), confirmationPassword: 'demo-confirm-1', mailOtp: code });
    expect(errorCode(r)).toBe('OPERATION_OUTCOME_UNKNOWN');
    proxy.clearRules();
    const state = value(await c.bridge.operations.status({ operationId: op.id }));
    expect(state.status).toBe('completed');
    expect(await balance()).toBe(before - 7_000 - 165);
  });

  it('a lost create answer is repeated with the same key: one operation', async () => {
    proxy.addRule({ method: 'POST', path: '/api/v1/operations', action: 'drop-response' });
    const mark = proxy.seen.length;
    const op = value(await c.bridge.operations.create({ intentId: crypto.randomUUID(), operation: { type: 'transfer', fromAccountId: FROM, amount: 1_000, payee: PAYEE } }));
    const creates = proxy.seen.slice(mark).filter((s) => s.method === 'POST' && s.path === '/api/v1/operations');
    expect(creates.map((s) => s.action)).toEqual(['drop-response', 'pass']);
    expect(op.status).toBe('awaiting-authorization');
  });

  it('a 502 or a slow answer on an inquiry is retried; a bank that stays away is BANK_UNREACHABLE', async () => {
    proxy.addRule({ method: 'GET', path: '/api/v1/accounts', action: 'bad-gateway' });
    expect(value(await c.bridge.accounts.list({})).accounts).toHaveLength(1);
    proxy.addRule({ method: 'GET', path: '/api/v1/accounts', action: 'bad-gateway', times: 10 });
    expect(errorCode(await c.bridge.accounts.list({}))).toBe('BANK_UNREACHABLE');
    proxy.clearRules();
    proxy.addRule({ method: 'GET', path: '/api/v1/payees', action: 'delay', delayMs: 500 });
    expect(value(await c.bridge.payees.list({})).payees).toHaveLength(1);
  });
});
