/** The built bank as `npm run bank` runs it: a child process, env settings, signals, its log. */
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { BANK_ENTRY, ensureBankBuilt, startBankProcess, type BankProcess } from '../../support/bank-process.js';
import { waitForMessage, waitForOtp } from '../../support/mailbox.js';
import { SEED_CUSTOMERS, TOKEN_USER_TOTP_SECRET } from '../../../mock-bank/seed.js';
import { Api, totpCode } from './helpers.js';

let bank: BankProcess | null = null;
afterEach(async () => {
  await bank?.kill();
  bank = null;
});

describe('the bank process', () => {
  it('prints BANK_READY with real URLs, serves /health, and stops cleanly on SIGTERM', async () => {
    bank = await startBankProcess();
    expect(bank.apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(bank.apiUrl).not.toMatch(/:0$/);
    expect(bank.logs().match(/^BANK_READY /gm)).toHaveLength(1);
    expect(await (await fetch(bank.apiUrl + '/health')).json()).toEqual({ status: 'ok' });
    expect((await fetch(bank.mailboxUrl + '/api/messages')).status).toBe(200);
    expect(await bank.stop()).toBe(0);
  });

  it('refuses bad settings with one clear line and exit code 2', () => {
    ensureBankBuilt();
    const r = spawnSync(process.execPath, [BANK_ENTRY], { env: { PATH: process.env.PATH, BANK_PORT: 'eighty', BANK_OTP_TTL_S: '-1' }, encoding: 'utf8' });
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/BANK_PORT/);
    expect(lines[0]).toMatch(/BANK_OTP_TTL_S/);
    expect(r.stdout).toBe('');
  });

  it('lets every seed customer log in, as a tester would with curl', async () => {
    bank = await startBankProcess();
    const api = new Api(bank.apiUrl);
    for (const c of SEED_CUSTOMERS) {
      const r = await api.post('/api/v1/sessions', { loginId: c.loginId, password: c.startOfUseDone ? 'demo-login-1' : 'demo-first-1', channel: 'pc' }, undefined, null);
      expect(r.status, c.loginId).toBe(201);
      const me = await api.get('/api/v1/me', r.body.token);
      expect(me.body.email).toBe(c.email);
    }
  });

  it('keeps its data across a restart on the same database; BANK_RESET=1 re-seeds', async () => {
    // The peer rule (a registered payee needs the confirmation password only), set as a tester would.
    bank = await startBankProcess({ env: { BANK_REGISTERED_PAYEE_OTP: '0' } });
    let api = new Api(bank.apiUrl);
    const token = await api.login('mail-user');
    expect((await api.get('/api/v1/me', token)).body.policy).toEqual({ registeredPayeeNeedsOtp: false });
    const payee = (await api.get('/api/v1/payees', token)).body.payees[0].id;
    const op = await api.post('/api/v1/operations', { type: 'transfer', fromAccountId: 'acc_1234567', amount: 5000, payeeId: payee }, token);
    await api.post(`/api/v1/operations/${op.body.id}/authorize`, { confirmationPassword: 'demo-confirm-1' }, token);
    await bank.restart();
    api = new Api(bank.apiUrl);
    const after = (await api.get('/api/v1/accounts', await api.login('mail-user'))).body.accounts[0].balance;
    expect(after).toBe(995_000);
    const status = await api.get(`/api/v1/operations/${op.body.id}`, await api.login('mail-user'));
    expect(status.body.status).toBe('completed');
    await bank.kill();
    bank = await startBankProcess({ env: { BANK_RESET: '1' } });
    api = new Api(bank.apiUrl);
    const fresh = await api.login('mail-user');
    expect((await api.get('/api/v1/accounts', fresh)).body.accounts[0].balance).toBe(1_000_000);
    // Without the setting the bank follows its guide: every transfer needs the second factor.
    expect((await api.get('/api/v1/me', fresh)).body.policy).toEqual({ registeredPayeeNeedsOtp: true });
  });

  it('logs one line per request and no secret of a whole scenario', async () => {
    bank = await startBankProcess({ env: { BANK_OTP_RESEND_COOLDOWN_S: '0' } });
    const api = new Api(bank.apiUrl);
    const secrets: string[] = ['demo-login-1', 'demo-confirm-1', 'demo-first-1', TOKEN_USER_TOTP_SECRET];
    // new-user's start of use
    const first = await api.login('new-user', 'demo-first-1');
    secrets.push(first);
    const sou = await api.post('/api/v1/start-of-use', { newLoginPassword: 'Secret-login-42', confirmationPassword: 'Secret-confirm-43', email: 'new-user@docomo.ne.jp' }, first);
    secrets.push('Secret-login-42', 'Secret-confirm-43');
    const souCode = (await waitForOtp(bank.mailboxUrl, 'new-user@docomo.ne.jp', { reference: sou.body.otp.reference })).code;
    secrets.push(souCode);
    await api.post('/api/v1/start-of-use/verify', { mailOtp: '000000' === souCode ? '000001' : '000000' }, first);
    await api.post('/api/v1/start-of-use/verify', { mailOtp: souCode }, first);
    // a mail-OTP transfer with a wrong and a right code, a resend in between
    const token = await api.login('mail-user');
    secrets.push(token);
    const op = await api.post('/api/v1/operations', { type: 'transfer', fromAccountId: 'acc_1234567', amount: 7000, payee: { bankCode: '0005', branchCode: '101', accountType: 'ordinary', accountNumber: '7654321', name: 'ﾔﾏﾀﾞ ｻﾁｺ' } }, token);
    const c1 = (await waitForOtp(bank.mailboxUrl, 'mail-user@docomo.ne.jp', { reference: op.body.otp.reference })).code;
    const resent = await api.post(`/api/v1/operations/${op.body.id}/otp`, undefined, token);
    const c2 = (await waitForOtp(bank.mailboxUrl, 'mail-user@docomo.ne.jp', { reference: resent.body.otp.reference })).code;
    secrets.push(c1, c2);
    await api.post(`/api/v1/operations/${op.body.id}/authorize`, { mailOtp: c1, confirmationPassword: 'wrong-confirm-9' }, token);
    secrets.push('wrong-confirm-9');
    const done = await api.post(`/api/v1/operations/${op.body.id}/authorize`, { mailOtp: c2, confirmationPassword: 'demo-confirm-1' }, token);
    expect(done.body.status).toBe('completed');
    // token-user with a token code, and a token start with its provisioning URI
    const tt = await api.login('token-user');
    secrets.push(tt);
    const code = totpCode(TOKEN_USER_TOTP_SECRET, Date.now());
    const ts = await api.post('/api/v1/operations', { type: 'token-start' }, tt);
    const step1 = await api.post(`/api/v1/operations/${ts.body.id}/authorize`, { tokenOtp: code, confirmationPassword: 'demo-confirm-1' }, tt);
    expect(step1.body.provisioningUri).toMatch(/^otpauth:/);
    const enrolled = /secret=([A-Z2-7]+)/.exec(step1.body.provisioningUri)![1]!;
    secrets.push(code, enrolled);
    await api.post('/api/v1/sessions', { loginId: 'mail-user', password: 'wrong-login-8', channel: 'pc' });
    secrets.push('wrong-login-8');
    // A body that is not JSON is refused before the route's handler runs: its line still names the route.
    const broken = await fetch(`${bank.apiUrl}/api/v1/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"loginId": ' });
    expect(broken.status).toBe(400);
    await waitForMessage(bank.mailboxUrl, 'mail-user@docomo.ne.jp', (m) => m.text.includes(done.body.receiptNumber));
    await bank.stop();

    const log = bank.logs();
    for (const s of secrets) expect(log.includes(s), `log holds a secret (${s.length} chars)`).toBe(false);
    const requestLines = log.split('\n').filter((l) => l.includes('"msg":"request"'));
    expect(requestLines).toHaveLength(14); // exactly the 14 API calls above
    for (const l of requestLines) expect(() => JSON.parse(l)).not.toThrow();
    // Each line has the shape of the bank's other lines (level, time, svc, msg) and the request's fields.
    const firstLine = JSON.parse(requestLines[0]!) as Record<string, unknown>;
    expect(firstLine).toMatchObject({
      level: 30, svc: 'demo-bank', msg: 'request', customer: null,
      req: { method: 'POST', path: '/api/v1/sessions', route: '/api/v1/sessions' }, res: { status: 201, code: null, replayed: false },
    });
    expect(Math.abs((firstLine.time as number) - Date.now())).toBeLessThan(120_000);
    expect(typeof firstLine.ms).toBe('number');
    expect(requestLines.some((l) => (JSON.parse(l) as { res: { code: string | null } }).res.code === 'OTP_INVALID')).toBe(true);
    expect(JSON.parse(requestLines.at(-1)!)).toMatchObject({ req: { method: 'POST', path: '/api/v1/sessions', route: '/api/v1/sessions' }, res: { status: 400 } });
  });
});
