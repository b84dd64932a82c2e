// The demo bank's tester controls (BANK_TESTER_CONTROLS=1): absent without the setting (404), kept
// from other sites (Host 421, Origin 403, JSON only 415), documented under the `tester` tag, and
// each control: the clock (password expiry, session timeouts, the next-day limit and raise, history
// dates), expiring passwords, lock/unlock (the one-time-password lock included), reset to the seed
// data; every use logged.
import { afterEach, describe, expect, it } from 'vitest';
import { completeOperation, otpFor, startTestBank, type TestBank } from './helpers.js';
import { foreignHosts } from './raw-host.js';
import { control, raw, TESTER_PATHS } from './tester-helpers.js';

let t: TestBank;
afterEach(async () => t?.close());

const AD_HOC = { bankCode: '0005', branchCode: '101', accountType: 'ordinary', accountNumber: '7654321', name: 'ﾔﾏﾀﾞ ｻﾁｺ' };
const transferBody = (amount = 1000) => ({ type: 'transfer', fromAccountId: 'acc_1234567', amount, payee: AD_HOC });
const ALL_PATHS = Object.values(TESTER_PATHS);

async function startTransfer(token: string, amount = 1000): Promise<{ id: string; code: string }> {
  const r = await t.api.post('/api/v1/operations', transferBody(amount), token);
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return { id: r.body.id, code: await otpFor(t.mailboxUrl, r.body.otp.reference) };
}
const authorize = (token: string, id: string, mailOtp: string) =>
  t.api.post(`/api/v1/operations/${id}/authorize`, { mailOtp, confirmationPassword: 'demo-confirm-1' }, token);

describe('without BANK_TESTER_CONTROLS', () => {
  it('every tester path answers 404 NOT_FOUND on the API and the mailbox, and the document and the page show none', async () => {
    t = await startTestBank();
    for (const base of [t.bank.apiUrl, t.mailboxUrl]) {
      for (const p of ALL_PATHS) {
        for (const method of ['GET', 'POST']) {
          const r = await raw(`${base}${p}`, { method, headers: { 'content-type': 'application/json' }, body: method === 'POST' ? '{}' : undefined });
          expect(r.status, `${method} ${base}${p}`).toBe(404);
          expect(r.json().error?.code).toBe('NOT_FOUND');
        }
      }
    }
    const doc = (await t.api.get('/openapi.json')).body as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths).filter((p) => p.includes('/tester'))).toEqual([]);
    expect((await raw(`${t.mailboxUrl}/`)).body).not.toContain('tester-title');
  });
});

describe('with BANK_TESTER_CONTROLS=1', () => {
  it('refuses a foreign Host (421), a foreign Origin (403) and a POST that is not JSON (415), on the API and the mailbox; changes nothing then', async () => {
    t = await startTestBank({ testerControls: true });
    const mailboxOrigin = new URL(t.mailboxUrl).origin;
    for (const base of [t.bank.apiUrl, t.mailboxUrl]) {
      const port = new URL(base).port;
      for (const host of foreignHosts(port)) {
        const r = await raw(`${base}${TESTER_PATHS.clock}`, { method: 'POST', headers: { host, 'content-type': 'application/json' }, body: '{"advanceMinutes":5}' });
        expect(r.status, host).toBe(421);
      }
      for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${Number(port) + 1}`, new URL(t.bank.apiUrl).origin.replace(port, String(Number(port) + 7))]) {
        const r = await raw(`${base}${TESTER_PATHS.clock}`, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: '{"advanceMinutes":5}' });
        expect(r.status, `${base} ${origin}`).toBe(403);
        expect(r.json().error?.code).toBe('FORBIDDEN_ORIGIN');
      }
      // What a cross-site form or a "simple" fetch could send: no JSON content type.
      for (const type of [null, 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
        const headers: Record<string, string> = type === null ? {} : { 'content-type': type };
        const r = await raw(`${base}${TESTER_PATHS.reset}`, { method: 'POST', headers, body: type === null ? undefined : '{}' });
        expect(r.status, JSON.stringify(headers)).toBe(415);
      }
      const own = await raw(`${base}${TESTER_PATHS.state}`, { headers: { origin: mailboxOrigin } });
      expect(own.status).toBe(200);
      expect(JSON.parse(own.body)).toMatchObject({ active: false, clockOffsetMinutes: 0 });
    }
    const bad = await control(t.api, TESTER_PATHS.clock, { advanceMinutes: 0 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('documents every tester path under the `tester` tag, public but loopback-only', async () => {
    t = await startTestBank({ testerControls: true });
    const doc = (await t.api.get('/openapi.json')).body as { paths: Record<string, Record<string, { tags: string[]; security: unknown[]; responses: Record<string, unknown> }>>; tags: { name: string }[] };
    for (const p of ALL_PATHS) {
      const ops = Object.values(doc.paths[p] ?? {});
      expect(ops.length, p).toBeGreaterThan(0);
      for (const op of ops) {
        expect(op.tags).toEqual(['tester']);
        expect(op.security).toEqual([]);
        expect(op.responses['403']).toBeDefined();
      }
    }
    expect(doc.tags.map((x) => x.name)).toContain('tester');
  });

  it("moves the bank's clock: a password expires, then the session times out, the state says so, reset returns to real time", async () => {
    t = await startTestBank({ testerControls: true, otpTtlSeconds: 600, sessionTtlSeconds: 900 });
    const token = await t.api.login('mail-user');
    const op = await startTransfer(token);
    const moved = await control(t.api, TESTER_PATHS.clock, { advanceMinutes: 11 });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ active: true, clockOffsetMinutes: 11 });
    expect(Date.parse(moved.body.bankTime) - t.clock.now()).toBeGreaterThan(10 * 60_000);
    const late = await authorize(token, op.id, op.code);
    expect(late.status).toBe(410);
    expect(late.body.error.code).toBe('OTP_EXPIRED');
    // Session timeouts follow the same clock: 16 more minutes without a request pass the 15-minute idle timeout.
    expect((await t.api.get('/api/v1/me', token)).status).toBe(200);
    await control(t.api, TESTER_PATHS.clock, { advanceMinutes: 16 });
    const idle = await t.api.get('/api/v1/me', token);
    expect(idle.status).toBe(401);
    expect(idle.body.error.code).toBe('UNAUTHENTICATED');
    const back = await control(t.api, TESTER_PATHS.clock, { reset: true });
    expect(back.body).toMatchObject({ active: false, clockOffsetMinutes: 0 });
    expect((await t.api.get(TESTER_PATHS.state)).body.active).toBe(false);
  });

  it('to the next day (Japan time): the daily limit starts again, a raise applies, and the transfer is dated that day', async () => {
    t = await startTestBank({ testerControls: true, dailyLimitYen: 5000 });
    let token = await t.api.login('mail-user');
    const first = await startTransfer(token, 4000);
    expect((await authorize(token, first.id, first.code)).body.status).toBe('completed');
    const over = await t.api.post('/api/v1/operations', transferBody(2000), token);
    expect(over.body.error?.code).toBe('DAILY_LIMIT_EXCEEDED');
    // A raise to 8,000 yen applies from the next day only.
    const raise = await completeOperation(t, token, { type: 'limit-change', dailyLimit: 8000 });
    expect(raise.steps.at(-1)!.body.status).toBe('completed');
    expect((await t.api.get('/api/v1/limits', token)).body).toMatchObject({ dailyLimit: 5000, pendingRaise: { amount: 8000 } });
    const next = await control(t.api, TESTER_PATHS.clock, { toNextDay: true });
    const jst = (ms: number) => new Date(ms + 9 * 3_600_000).toISOString();
    expect(jst(Date.parse(next.body.bankTime)).slice(11, 16)).toMatch(/^00:0[01]$/);
    expect(jst(Date.parse(next.body.bankTime)).slice(0, 10)).not.toBe(jst(t.clock.now()).slice(0, 10));
    token = await t.api.login('mail-user'); // a fresh session: the move may have passed the idle timeout
    expect((await t.api.get('/api/v1/limits', token)).body).toMatchObject({ dailyLimit: 8000, usedToday: 0, remainingToday: 8000, pendingRaise: null });
    const second = await startTransfer(token, 6000);
    expect((await authorize(token, second.id, second.code)).body.status).toBe('completed');
    const history = (await t.api.get('/api/v1/accounts/acc_1234567/transactions', token)).body.transactions as { postedAt: string; amount: number }[];
    const newest = history.find((x) => x.amount === -6000)!;
    expect(jst(Date.parse(newest.postedAt)).slice(0, 10)).toBe(jst(Date.parse(next.body.bankTime)).slice(0, 10));
  });
});
