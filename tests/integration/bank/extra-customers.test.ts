// BANK_EXTRA_MAIL_CUSTOMERS: more customers like mail-user for load tests, each its own customer
// (account, mail address, password, lock); a tester reset creates them again; without the setting
// there are none.
import { afterEach, describe, expect, it } from 'vitest';
import { waitForMessage } from '../../support/mailbox.js';
import { otpFor, startTestBank, type TestBank } from './helpers.js';
import { control, TESTER_PATHS } from './tester-helpers.js';

let t: TestBank;
afterEach(async () => t?.close());

const AD_HOC = { bankCode: '0005', branchCode: '101', accountType: 'ordinary', accountNumber: '7654321', name: 'ﾔﾏﾀﾞ ｻﾁｺ' };

describe('extra mail customers', () => {
  it('seeds mail-user-001 … mail-user-N, each with its own account and mail address', async () => {
    t = await startTestBank({ extraMailCustomers: 3 });
    const tokens = [];
    for (const k of ['001', '002', '003']) tokens.push(await t.api.login(`mail-user-${k}`));
    const first = (await t.api.get('/api/v1/accounts', tokens[0])).body.accounts;
    const third = (await t.api.get('/api/v1/accounts', tokens[2])).body.accounts;
    expect(first).toEqual([expect.objectContaining({ id: 'acc_9000001', balance: 1_000_000 })]);
    expect(third).toEqual([expect.objectContaining({ id: 'acc_9000003' })]);

    const op = await t.api.post('/api/v1/operations', { type: 'transfer', fromAccountId: 'acc_9000002', amount: 1000, payee: AD_HOC }, tokens[1]);
    expect(op.status, JSON.stringify(op.body)).toBe(201);
    const mail = await waitForMessage(t.mailboxUrl, 'mail-user-002@docomo.ne.jp', (m) => m.operationId === op.body.id);
    expect(mail.to).toEqual(['mail-user-002@docomo.ne.jp']);
    const code = await otpFor(t.mailboxUrl, op.body.otp.reference);
    const done = await t.api.post(`/api/v1/operations/${op.body.id}/authorize`, { mailOtp: code, confirmationPassword: 'demo-confirm-1' }, tokens[1]);
    expect(done.body.status).toBe('completed');
    const foreign = await t.api.post('/api/v1/operations', { type: 'transfer', fromAccountId: 'acc_9000001', amount: 1000, payee: AD_HOC }, tokens[1]);
    expect(foreign.status).toBe(404); // another's account
  });

  it('locks each one on its own, and a tester reset creates them again', async () => {
    t = await startTestBank({ extraMailCustomers: 3, testerControls: true });
    expect((await control(t.api, TESTER_PATHS.lock, { loginId: 'mail-user-001', locked: true })).status).toBe(200);
    expect((await t.api.post('/api/v1/sessions', { loginId: 'mail-user-001', password: 'demo-login-1', channel: 'pc' })).status).toBe(423);
    expect((await t.api.post('/api/v1/sessions', { loginId: 'mail-user-003', password: 'demo-login-1', channel: 'pc' })).status).toBe(201);

    expect((await control(t.api, TESTER_PATHS.reset, {})).status).toBe(200);
    expect((await t.api.post('/api/v1/sessions', { loginId: 'mail-user-001', password: 'demo-login-1', channel: 'pc' })).status).toBe(201);
  });

  it('has none without the setting', async () => {
    t = await startTestBank();
    const r = await t.api.post('/api/v1/sessions', { loginId: 'mail-user-001', password: 'demo-login-1', channel: 'pc' });
    expect(r.status).toBe(401);
  });
});
