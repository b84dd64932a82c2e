// The attacks of issue 14, run against the demo bank process as someone holding a customer's
// passwords would run them. Each records a figure in the reliability table against its target:
// wrong one-time passwords checked per customer before the lock (<= the budget), passwords checked
// per login burst (<= BANK_LOCK_AFTER), one-time-password mails per customer in the hour (<= the
// issue limit), secrets found in a copy of the database file (0), foreign-Host answers that were
// not 421 (0). The bank's own debug log lines count the checks it really ran.
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Secret, TOTP, URI } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../mock-bank/crypto.js';
import { stableJson } from '../../../mock-bank/idempotency.js';
import { Api, type ApiResponse } from '../bank/helpers.js';
import { foreignHosts, requestWithHost } from '../bank/raw-host.js';
import { startBankProcess, type BankProcess } from '../../support/bank-process.js';
import { listMessages, parseOtpMail, waitForOtp } from '../../support/mailbox.js';
import { Tally, caseCount } from '../../support/reliability-summary.js';

const BUDGET = 10; // BANK_OTP_FAILURES_BEFORE_LOCK default
const LOCK_AFTER = 5; // BANK_LOCK_AFTER default
const ISSUE_PER_HOUR = 10; // BANK_OTP_ISSUE_PER_HOUR default
const GUESS_BURST = caseCount('ATTACK_GUESS_BURST', 24, 200);
const LOGIN_BURST = caseCount('ATTACK_LOGIN_BURST', 20, 100);
const MAIL_BURST = caseCount('ATTACK_MAIL_BURST', 30, 150);
const AD_HOC = { bankCode: '0005', branchCode: '101', accountType: 'ordinary', accountNumber: '7654321', name: 'ﾔﾏﾀﾞ ｻﾁｺ' };
const NEW_LOGIN = 'attack-Login-9137';
const NEW_CONFIRM = 'attack-Confirm-2846';

let bank: BankProcess;
let api: Api;
const tally = new Tally('attacks');

beforeAll(async () => {
  bank = await startBankProcess({ env: { BANK_RESET: '1', BANK_LOG_LEVEL: 'debug' } });
  api = new Api(bank.apiUrl);
});
afterAll(async () => {
  tally.record();
  await bank?.stop();
});

/** How many of the bank's log lines so far carry this message. */
const logged = (msg: string) => bank.logs().split('\n').filter((l) => l.includes(`"msg":"${msg}"`)).length;
const codeOf = (r: ApiResponse) => r.body?.error?.code as string | undefined;
const GUESS_REFUSALS: Record<string, number> = { OTP_INVALID: 401, OTP_ATTEMPTS_EXCEEDED: 409, OTP_LOCKED: 423 };
const wrongFor = (code: string, n: number) => String((Number(code) + n) % 1_000_000).padStart(6, '0');

describe('attacks from issue 14 against the demo bank process', () => {
  it('guessing the mail password across new operations and e-mail change step 1 stops at the budget', async () => {
    const token = await api.login('suspended-user');
    const before = logged('one-time password wrong');
    let locked = false;
    for (let round = 0; round < 8 && !locked; round++) {
      const emailChange = round % 2 === 1;
      const op = await api.post('/api/v1/operations', emailChange ? { type: 'email-change', newEmail: 'thief@docomo.ne.jp' } : { type: 'transfer', fromAccountId: 'acc_3456789', amount: 1000, payee: AD_HOC }, token);
      if (op.status === 423) {
        locked = true;
        break;
      }
      expect(op.status, JSON.stringify(op.body)).toBe(201);
      const real = (await waitForOtp(bank.mailboxUrl, 'suspended-user@softbank.ne.jp', { reference: op.body.otp.reference, timeoutMs: 15_000 })).code;
      // Step 1 of an e-mail change takes the mail password alone: a wide burst. A transfer also
      // takes the confirmation password, whose checks the account lock limits to a few at a time.
      const width = emailChange ? GUESS_BURST : LOCK_AFTER - 1;
      const answers = await Promise.all(Array.from({ length: width }, (_, i) =>
        api.post(`/api/v1/operations/${op.body.id}/authorize`, emailChange ? { mailOtp: wrongFor(real, i + 1) } : { mailOtp: wrongFor(real, i + 1), confirmationPassword: 'demo-confirm-1' }, token)));
      // A guess is refused as wrong, as one too many for this password, or by the lock: nothing else.
      for (const a of answers) tally.count(GUESS_REFUSALS[codeOf(a) ?? ''] === a.status ? undefined : `guess answered ${a.status} ${codeOf(a) ?? ''}`);
      locked = answers.some((a) => codeOf(a) === 'OTP_LOCKED');
      if (locked) expect(codeOf(await api.post(`/api/v1/operations/${op.body.id}/authorize`, emailChange ? { mailOtp: real } : { mailOtp: real, confirmationPassword: 'demo-confirm-1' }, token))).toBe('OTP_LOCKED');
    }
    const checked = logged('one-time password wrong') - before;
    console.log(`[attacks] wrong one-time passwords checked before the lock: ${checked}`);
    expect(locked).toBe(true);
    expect((await api.get('/api/v1/me', token)).body.otpLocked).toBe(true);
    expect(codeOf(await api.post('/api/v1/operations', { type: 'token-start' }, token))).toBe('OTP_LOCKED');
    expect(tally.figure('wrong OTPs checked per customer before the lock', checked, BUDGET)).toBe(true);
  });

  it('a login burst of wrong passwords plus the right one checks at most BANK_LOCK_AFTER, and nothing after the lock', async () => {
    let worst = 0;
    for (const [loginId, right] of [['token-user', 'demo-login-1'], ['nobody-at-all', null]] as const) {
      const before = logged('password checked');
      const passwords = Array.from({ length: LOGIN_BURST }, (_, i) => `wrong-Guess-${i}`);
      if (right) passwords.splice(LOGIN_BURST >> 1, 0, right);
      const answers = await Promise.all(passwords.map((password) => api.post('/api/v1/sessions', { loginId, password, channel: 'pc' }, undefined, null)));
      for (const a of answers) tally.count([201, 401, 423].includes(a.status) ? undefined : `login answered ${a.status}`);
      const checked = logged('password checked') - before;
      worst = Math.max(worst, checked);
      console.log(`[attacks] login burst ${loginId}: ${checked} passwords checked, answers ${answers.map((a) => a.status).join(',')}`);
      // A right password checked early in the burst resets the count; then a few more wrong ones lock.
      for (let i = 0; i < LOCK_AFTER && (await api.post('/api/v1/sessions', { loginId, password: `wrong-More-${i}`, channel: 'pc' }, undefined, null)).status !== 423; i++);
      // Now locked: every answer is 423, the right password included, and nothing more is checked.
      const after = logged('password checked');
      const again = await api.post('/api/v1/sessions', { loginId, password: right ?? 'wrong-Again-1', channel: 'pc' }, undefined, null);
      expect(again.status).toBe(423);
      expect(codeOf(again)).toBe('ACCOUNT_LOCKED');
      expect(logged('password checked')).toBe(after);
    }
    expect(tally.figure('passwords checked per login burst', worst, LOCK_AFTER)).toBe(true);
  });

  it('mail bombing: a burst of new operations and resends sends at most the hourly limit; start-of-use mails keep the cooldown', async () => {
    const token = await api.login('mail-user');
    const created = await Promise.all(Array.from({ length: MAIL_BURST }, (_, i) =>
      api.post('/api/v1/operations', { type: 'transfer', fromAccountId: 'acc_1234567', amount: 100 + i, payee: AD_HOC }, token)));
    const accepted = created.filter((r) => r.status === 201);
    const limited = created.filter((r) => codeOf(r) === 'OTP_ISSUE_LIMIT');
    for (const r of created) tally.count(r.status === 201 || codeOf(r) === 'OTP_ISSUE_LIMIT' ? undefined : `create answered ${r.status}`);
    expect(limited.every((r) => r.body.error.retryAfter > 0 && r.body.error.retryAfter <= 3600 && r.headers.get('retry-after') === String(r.body.error.retryAfter))).toBe(true);
    const resends = await Promise.all(accepted.map((r) => api.post(`/api/v1/operations/${r.body.id}/otp`, undefined, token)));
    expect(resends.filter((r) => r.status === 201)).toEqual([]);
    const mailUser = (await listMessages(bank.mailboxUrl, 'mail-user@docomo.ne.jp')).filter((m) => parseOtpMail(m)).length;

    const first = await api.login('new-user', 'demo-first-1');
    const body = (email: string) => ({ newLoginPassword: NEW_LOGIN, confirmationPassword: NEW_CONFIRM, email });
    const sou = await Promise.all(['new-user@ezweb.ne.jp', 'new-user@ezweb.ne.jp', 'other-place@docomo.ne.jp'].map((e) => api.post('/api/v1/start-of-use', body(e), first)));
    expect(sou.filter((r) => r.status === 202)).toHaveLength(1);
    expect(sou.filter((r) => codeOf(r) === 'OTP_RESEND_TOO_SOON' && r.body.error.retryAfter > 0)).toHaveLength(2);
    const newUser = (await listMessages(bank.mailboxUrl)).filter((m) => parseOtpMail(m) && m.to.some((t) => t.startsWith('new-user@') || t.startsWith('other-place@'))).length;
    console.log(`[attacks] mails in the hour: mail-user ${mailUser} (of ${MAIL_BURST} asked), new-user ${newUser} (of 3 asked)`);
    expect(newUser).toBe(1);
    expect(tally.figure('OTP mails per customer in the hour', Math.max(mailUser, newUser), ISSUE_PER_HOUR)).toBe(true);
  });

  it('a copy of the database file holds no live code, token secret or start-of-use password; the set-up details are never replayed', async () => {
    const first = await api.login('new-user', 'demo-first-1');
    const accepted = (await listMessages(bank.mailboxUrl)).find((m) => parseOtpMail(m) && m.to.some((t) => /^(new-user|other-place)@/.test(t)))!;
    expect((await api.post('/api/v1/start-of-use/verify', { mailOtp: parseOtpMail(accepted)!.code }, first)).status).toBe(200);
    const token = await api.login('new-user', NEW_LOGIN);
    const op = await api.post('/api/v1/operations', { type: 'token-start' }, token);
    expect(op.status, JSON.stringify(op.body)).toBe(201);
    const mailOtp = (await waitForOtp(bank.mailboxUrl, accepted.to[0]!, { reference: op.body.otp.reference, timeoutMs: 15_000 })).code;
    const key = randomUUID();
    const step1 = await api.post(`/api/v1/operations/${op.body.id}/authorize`, { confirmationPassword: NEW_CONFIRM, mailOtp }, token, key);
    const secret = (URI.parse(step1.body.provisioningUri as string) as TOTP).secret.base32;
    const replay = await api.post(`/api/v1/operations/${op.body.id}/authorize`, { confirmationPassword: NEW_CONFIRM, mailOtp }, token, key);
    expect(replay.status).toBe(410);
    expect(codeOf(replay)).toBe('SECRET_SHOWN_ONCE');
    expect(JSON.stringify(replay.body)).not.toContain(secret);
    const code = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate();
    expect((await api.post(`/api/v1/operations/${op.body.id}/authorize`, { tokenOtp: code }, token)).body.status).toBe('completed');

    // The attacker's copy, taken while the bank runs.
    const dir = mkdtempSync(path.join(tmpdir(), 'netbank-dbcopy-'));
    try {
      let bytes = '';
      for (const suffix of ['', '-wal', '-shm']) {
        if (!existsSync(bank.dbPath + suffix)) continue;
        copyFileSync(bank.dbPath + suffix, path.join(dir, `copy${suffix}`));
        bytes += readFileSync(path.join(dir, `copy${suffix}`)).toString('latin1');
      }
      expect(bytes.length).toBeGreaterThan(10_000);
      const secrets = new Map<string, string>([[secret, 'provisioning URI secret'], [NEW_LOGIN, 'start-of-use login password'], [NEW_CONFIRM, 'start-of-use confirmation password']]);
      for (const m of await listMessages(bank.mailboxUrl)) {
        const otp = parseOtpMail(m);
        if (otp) secrets.set(otp.code, `mailed OTP ${otp.reference}`);
      }
      // The dictionary attack on unkeyed fingerprints: the fingerprint an unkeyed SHA-256 would give.
      for (const e of ['new-user@ezweb.ne.jp', 'other-place@docomo.ne.jp']) {
        secrets.set(sha256Hex(`POST /api/v1/start-of-use\n${stableJson({ newLoginPassword: NEW_LOGIN, confirmationPassword: NEW_CONFIRM, email: e })}`), 'unkeyed body fingerprint');
      }
      const keyFile = `${bank.dbPath}.key`;
      expect(statSync(keyFile).mode & 0o777).toBe(0o600);
      secrets.set(readFileSync(keyFile, 'utf8').trim(), 'the key file');
      const found = [...secrets].filter(([s]) => (/^\d{6}$/.test(s) ? new RegExp(`(?<!\\d)${s}(?!\\d)`).test(bytes) : bytes.includes(s))).map(([, what]) => what);
      console.log(`[attacks] database copy: ${secrets.size} secrets searched, found: ${found.join(', ') || 'none'}`);
      expect(tally.figure('secrets found in a copy of the database', found.length, 0)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the API and the mailbox answer 421 to any Host but their own', async () => {
    let notRefused = 0;
    let tried = 0;
    for (const base of [bank.apiUrl, bank.mailboxUrl]) {
      const port = new URL(base).port;
      const paths = base === bank.apiUrl ? [['GET', '/health'], ['GET', '/api/v1/me'], ['POST', '/api/v1/sessions'], ['GET', '/openapi.json']] : [['GET', '/'], ['GET', '/api/messages'], ['DELETE', '/api/messages'], ['GET', '/api/seed-customers']];
      for (const [method, p] of paths) {
        for (const host of foreignHosts(port)) {
          const r = await requestWithHost(`${base}${p}`, host, method);
          tried++;
          if (r.status !== 421) notRefused++;
          tally.count(r.status === 421 ? undefined : `${method} ${p} with Host ${host} answered ${r.status}`);
        }
        // Its own names still work (so the refusals above are about the Host).
        expect((await requestWithHost(`${base}${p}`, `localhost:${port}`, method === 'DELETE' ? 'GET' : method)).status).not.toBe(421);
      }
    }
    expect((await listMessages(bank.mailboxUrl)).length).toBeGreaterThan(0); // the foreign DELETEs emptied nothing
    console.log(`[attacks] foreign Host: ${tried} requests, ${notRefused} not refused`);
    expect(tally.figure('foreign-Host answers that were not 421', notRefused, 0)).toBe(true);
  });
});
