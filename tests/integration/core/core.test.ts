// The core in-process against a real demo bank: what the hosts cannot show from outside. A token
// the bank revoked ends the session; close() logs out at the bank; the absolute timeout; and no
// secret (password, OTP, token) ever reaches the log.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src-main/core/config.js';
import { createCore, type CoreWithServices } from '../../../src-main/core/create-core.js';
import { MemoryPreferenceStore } from '../../../src-main/core/preferences/store.js';
import type { Clock } from '../../../src-main/core/clock.js';
import { createLogger } from '../../../src-main/core/logger.js';
import { ManualClock } from '../../unit/core/manual-clock.js';
import type { EventName } from '../../../src-shared/ipc/events.js';
import { startBankProcess, type BankProcess } from '../../support/bank-process.js';
import { waitForOtp } from '../../support/mailbox.js';
import { TESTER_PATHS } from '../../../src-shared/bank-api/index.js';

let bank: BankProcess;
beforeAll(async () => {
  // Tester controls on: one test arms a 503 fault (the controls change nothing until used).
  bank = await startBankProcess({ env: { BANK_RESET: '1', BANK_TESTER_CONTROLS: '1' } });
});
afterAll(async () => {
  await bank?.stop();
});

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      lines.push(chunk.toString('utf8'));
      cb();
    },
  });
  return { lines, log: createLogger('debug', stream) };
}

async function core(overrides: Partial<ReturnType<typeof defaultConfig>> = {}, log = capture().log, clock?: Clock): Promise<{ core: CoreWithServices; events: { event: EventName; payload: unknown }[] }> {
  const c = await createCore(defaultConfig({ bankUrl: bank.apiUrl, ...overrides }), { store: new MemoryPreferenceStore(), log, ...(clock ? { clock } : {}) });
  const events: { event: EventName; payload: unknown }[] = [];
  c.onEvent((event, payload) => events.push({ event, payload }));
  return { core: c, events };
}

async function bankGet(path: string, token: string): Promise<number> {
  return bankStatus(bank.apiUrl, path, token);
}

async function bankStatus(apiUrl: string, path: string, token: string): Promise<number> {
  return (await fetch(new URL(path, apiUrl), { headers: { authorization: `Bearer ${token}` } })).status;
}

describe('core against the demo bank', () => {
  it('a token the bank no longer accepts ends the session as revoked', async () => {
    const { core: c, events } = await core();
    await c.dispatch('session.login', { loginId: 'mail-user', password: 'demo-login-1', rememberId: false });
    const token = c.services.session.tokenFor('any');
    const del = await fetch(new URL('/api/v1/sessions/current', bank.apiUrl), { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
    expect(del.status).toBe(204);
    const r = await c.dispatch('accounts.list', {});
    expect(r.ok ? 'ok' : r.error.code).toBe('SESSION_EXPIRED');
    expect(events).toContainEqual({ event: 'session.ended', payload: { reason: 'revoked' } });
    expect((await c.dispatch('session.state', {})).ok && c.services.session.state).toBe('logged-out');
    await c.close();
  });

  it('a late refusal of an ended session\'s call does not end the session that followed it', async () => {
    // A call of session A is retrying (the bank refused it with 503) while the customer logs out
    // and in again (session B); its retry, with A's token, is refused 401. That is about A: B stays.
    const c = await createCore(
      defaultConfig({ bankUrl: bank.apiUrl, retry: { attempts: 2, baseDelayMs: 2000, maxDelayMs: 2000 } }),
      { store: new MemoryPreferenceStore(), log: capture().log },
    );
    const ended: unknown[] = [];
    c.onEvent((event, payload) => { if (event === 'session.ended') ended.push(payload); });
    try {
      expect((await c.dispatch('session.login', { loginId: 'mail-user', password: 'demo-login-1', rememberId: false })).ok).toBe(true);
      const tokenA = c.services.session.tokenFor('any');
      const armed = await fetch(new URL(TESTER_PATHS.faults, bank.apiUrl), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'any', mode: '503', count: 1 }) });
      expect(armed.status).toBe(200);
      const late = c.dispatch('accounts.list', {});
      // The first try is refused at once; the retry waits 1–2 s. Session A ends at the bank meanwhile.
      await new Promise((r) => setTimeout(r, 200));
      expect((await c.dispatch('session.logout', {})).ok).toBe(true);
      expect((await c.dispatch('session.login', { loginId: 'mail-user', password: 'demo-login-1', rememberId: false })).ok).toBe(true);
      for (let i = 0; i < 50 && (await bankStatus(bank.apiUrl, '/api/v1/me', tokenA)) !== 401; i++) await new Promise((r) => setTimeout(r, 20));
      const r = await late;
      expect(r.ok ? 'ok' : r.error.code).toBe('SESSION_EXPIRED');
      expect(c.services.session.state).toBe('ready');
      expect(ended).not.toContainEqual({ reason: 'revoked' });
      const now = await c.dispatch('accounts.list', {});
      expect(now.ok).toBe(true);
    } finally {
      await c.close();
    }
  });

  it('close() logs out at the bank: the token stops working', async () => {
    const { core: c } = await core();
    await c.dispatch('session.login', { loginId: 'token-user', password: 'demo-login-1', rememberId: false });
    const token = c.services.session.tokenFor('any');
    expect(await bankGet('/api/v1/me', token)).toBe(200);
    await c.close();
    expect(await bankGet('/api/v1/me', token)).toBe(401);
    const after = await c.dispatch('app.info', {});
    expect(after.ok).toBe(false);
  });

  it('the absolute timeout ends a busy session and logs it out at the bank', async () => {
    // The session's timers run on a test clock: an hour of real time is not waited for.
    const clock = new ManualClock();
    const { core: c, events } = await core({ timeouts: { idleSeconds: 600, idleWarningSeconds: 540, absoluteSeconds: 3600, connectMs: 3000, requestMs: 15000 } }, capture().log, clock);
    await c.dispatch('session.login', { loginId: 'suspended-user', password: 'demo-login-1', rememberId: false });
    const token = c.services.session.tokenFor('any');
    // Activity keeps the idle timer from firing first; the absolute limit does not care.
    for (let minute = 0; minute < 59; minute++) {
      clock.advance(60_000);
      await c.dispatch('session.activity', {});
    }
    expect(events.filter((e) => e.event === 'session.ended')).toEqual([]);
    clock.advance(60_000);
    expect(events).toContainEqual({ event: 'session.ended', payload: { reason: 'absolute' } });
    // The logout at the bank is a real request: wait for the bank to say the token is gone.
    let status = await bankGet('/api/v1/me', token);
    for (let tries = 0; status === 200 && tries < 100; tries++) status = await bankGet('/api/v1/me', token);
    expect(status).toBe(401);
    await c.close();
  });

  it('never writes a password, a mailed password or the token to the log', async () => {
    const { lines, log } = capture();
    const { core: c } = await core({}, log);
    await c.dispatch('session.login', { loginId: 'mail-user', password: 'wrong-login-9', rememberId: false });
    await c.dispatch('session.login', { loginId: 'mail-user', password: 'demo-login-1', rememberId: false });
    const token = c.services.session.tokenFor('any');
    const op = await c.dispatch('operations.create', {
      intentId: crypto.randomUUID(),
      operation: { type: 'transfer', fromAccountId: 'acc_1234567', amount: 1_500, payee: { bankCode: '0005', branchCode: '101', accountType: 'ordinary', accountNumber: '7654321', name: 'ﾃｽﾄ ﾊﾅｺ' } },
    });
    if (!op.ok) throw new Error(op.error.code);
    const { id, otp } = op.value as { id: string; otp: { reference: string } };
    const mail = await waitForOtp(bank.mailboxUrl, 'mail-user@docomo.ne.jp', { reference: otp.reference });
    await c.dispatch('operations.authorize', { operationId: id, intentId: crypto.randomUUID(), confirmationPassword: 'wrong-confirm-1', mailOtp: mail.code });
    const done = await c.dispatch('operations.authorize', { operationId: id, intentId: crypto.randomUUID(), confirmationPassword: 'demo-confirm-1', mailOtp: mail.code });
    expect(done.ok).toBe(true);
    await c.close();
    const text = lines.join('');
    expect(lines.length).toBeGreaterThan(5);
    for (const secret of ['wrong-login-9', 'demo-login-1', 'wrong-confirm-1', 'demo-confirm-1', mail.code, token]) expect(text).not.toContain(secret);
  });
});
