import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { LoginHistoryResponse } from '../../../src-shared/bank-api/index.js';
import { clearMailbox, listMessages, waitForMessage } from '../../support/mailbox.js';
import { completeOperation, startTestBank, type TestBank } from './helpers.js';

let t: TestBank;
afterEach(async () => t?.close());

const MAIL_USER = 'mail-user@docomo.ne.jp';
const NOTICE_SUBJECT = 'ログインのお知らせ';
const noticeMails = async (to?: string) => (await listMessages(t.mailboxUrl, to)).filter((m) => m.subject.includes(NOTICE_SUBJECT));
const history = async (token: string) => LoginHistoryResponse.parse((await t.api.get('/api/v1/me/logins', token)).body);
const me = async (token: string) => (await t.api.get('/api/v1/me', token)).body as { loginNotice?: boolean };
const jst = (iso: string) =>
  new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }).format(new Date(iso));

describe('login history', () => {
  it('a first login has no previous one; the list holds it, marked current', async () => {
    t = await startTestBank();
    const token = await t.api.login('mail-user');
    const h = await history(token);
    expect(h.previous).toBeNull();
    expect(h.logins).toHaveLength(1);
    expect(h.logins[0]).toMatchObject({ channel: 'pc', current: true });
  });

  it('serves the last 10 newest first, marks the asking session, and names the login before it as previous', async () => {
    t = await startTestBank();
    const tokens: string[] = [];
    const times: string[] = [];
    for (let i = 0; i < 12; i++) {
      const channel = i % 3 === 2 ? 'smartphone' : 'pc';
      tokens.push(await t.api.login('mail-user', 'demo-login-1', channel));
      times.push(new Date(t.clock.now()).toISOString());
      t.clock.advance(60_000);
    }
    await t.api.login('token-user'); // another customer's logins never show
    const latest = await history(tokens[11]!);
    expect(latest.logins).toHaveLength(10);
    const at = latest.logins.map((l) => Date.parse(l.at));
    expect(at).toEqual([...at].sort((a, b) => b - a));
    expect(latest.logins.map((l) => l.channel)).toEqual(['smartphone', 'pc', 'pc', 'smartphone', 'pc', 'pc', 'smartphone', 'pc', 'pc', 'smartphone']);
    expect(latest.logins.map((l) => l.current)).toEqual([true, ...Array(9).fill(false)]);
    expect(Math.abs(Date.parse(latest.logins[9]!.at) - Date.parse(times[2]!))).toBeLessThan(1000);
    expect(latest.previous).toEqual({ at: latest.logins[1]!.at, channel: 'pc' });
    // An older session still open: its own login is marked, and its previous is the one before it.
    const older = await history(tokens[8]!);
    expect(older.logins.map((l) => l.current)).toEqual([false, false, false, true, ...Array(6).fill(false)]);
    expect(older.previous).toEqual({ at: older.logins[4]!.at, channel: 'pc' });
    // A wrong password is no login.
    expect((await t.api.post('/api/v1/sessions', { loginId: 'mail-user', password: 'wrong-pass-1', channel: 'pc' })).status).toBe(401);
    expect((await history(tokens[11]!)).logins[0]!.current).toBe(true);
  });

  it('needs a session and a finished start-of-use', async () => {
    t = await startTestBank();
    expect((await t.api.get('/api/v1/me/logins')).status).toBe(401);
    const fresh = await t.api.login('new-user', 'demo-first-1');
    const r = await t.api.get('/api/v1/me/logins', fresh);
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('START_OF_USE_REQUIRED');
  });
});

describe('login notice mails', () => {
  it('reach exactly the registered address and every Select address in use, from the notice domain, with time and channel and no secret', async () => {
    t = await startTestBank();
    const setup = await t.api.login('mail-user');
    const select = await completeOperation(t, setup, {
      type: 'select-email-change', slots: [{ slot: 1, use: true, address: 'phone@au.com' }, { slot: 2, use: false }],
    });
    expect(select.steps.at(-1)!.body.status).toBe('completed');
    expect((await me(setup)).loginNotice).toBe(true);
    await waitForMessage(t.mailboxUrl, 'phone@au.com', (m) => m.subject.includes('お取引受付')); // sent after the answer
    await clearMailbox(t.mailboxUrl);
    const token = await t.api.login('mail-user', 'demo-login-1', 'smartphone');
    const mails = await listMessages(t.mailboxUrl);
    expect(mails.flatMap((m) => m.to).sort()).toEqual([MAIL_USER, 'phone@au.com']);
    const login = (await history(token)).logins[0]!;
    for (const m of mails) {
      expect(m.subject).toContain(NOTICE_SUBJECT);
      expect(m.subject).toContain('login notice');
      expect(m.from).toMatch(/@am-bk\.co\.jp>?$/);
      expect(m.text).toContain(`ログイン日時: ${jst(login.at)}（日本時間）`);
      expect(m.text).toContain('ご利用環境: スマートフォン');
      expect(m.text).toContain('Channel: Smartphone');
      expect(m.text).toContain('0120-000-999');
      for (const secret of ['demo-login-1', 'demo-confirm-1', token, 'mail-user', 'phone@au.com']) expect(m.text).not.toContain(secret);
      expect(m.text).not.toMatch(/\b\d{6}\b/);
      expect(m.otpCode).toBeNull();
    }
    await clearMailbox(t.mailboxUrl);
    await t.api.login('mail-user');
    expect((await noticeMails(MAIL_USER))[0]!.text).toContain('ご利用環境: パソコン');
    // A customer without a registered address yet gets none.
    await clearMailbox(t.mailboxUrl);
    await t.api.login('new-user', 'demo-first-1');
    expect(await listMessages(t.mailboxUrl)).toEqual([]);
  });

  it('switching off is an operation with the second factor and the confirmation password; the next login sends none', async () => {
    t = await startTestBank();
    const token = await t.api.login('mail-user');
    const created = await t.api.post('/api/v1/operations', { type: 'login-notice-change', enabled: false }, token);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ type: 'login-notice-change', factors: ['mail-otp', 'confirmation-password'] });
    expect(created.body.otp.destinations).toHaveLength(1);
    // Nothing changes before the authorization; the confirmation password alone is not enough.
    expect((await me(token)).loginNotice).toBe(true);
    const partial = await t.api.post(`/api/v1/operations/${created.body.id}/authorize`, { confirmationPassword: 'demo-confirm-1' }, token);
    expect(partial.status).toBe(400);
    expect(partial.body.error.code).toBe('FACTOR_MISSING');
    expect((await me(token)).loginNotice).toBe(true);

    const done = await completeOperation(t, token, { type: 'login-notice-change', enabled: false });
    expect(done.steps.at(-1)!.body.status).toBe('completed');
    expect((await me(token)).loginNotice).toBe(false);
    // The change is told by an acceptance mail (sent after the answer), so a stranger's switch-off shows.
    const accepted = await waitForMessage(t.mailboxUrl, MAIL_USER, (m) => m.subject.includes('お取引受付'));
    expect(accepted.text).toContain('ログイン通知メールの停止');
    await clearMailbox(t.mailboxUrl);
    const next = await t.api.login('mail-user');
    expect(await noticeMails()).toEqual([]);
    expect((await history(next)).logins).toHaveLength(2); // still recorded
    // Already off: refused before any password is sent.
    const again = await t.api.post('/api/v1/operations', { type: 'login-notice-change', enabled: false }, next);
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe('VALIDATION_FAILED');
    expect(again.body.error.issues[0].path).toEqual(['enabled']);
    expect(await listMessages(t.mailboxUrl)).toEqual([]);
  });

  it("asks the token user for the token code, and a smartphone session for the confirmation password only", async () => {
    t = await startTestBank();
    const tokenUser = await t.api.login('token-user');
    const a = await t.api.post('/api/v1/operations', { type: 'login-notice-change', enabled: false }, tokenUser);
    expect(a.body.factors).toEqual(['token-otp', 'confirmation-password']);
    expect(a.body.otp).toBeUndefined();
    const phone = await t.api.login('mail-user', 'demo-login-1', 'smartphone');
    const b = await t.api.post('/api/v1/operations', { type: 'login-notice-change', enabled: false }, phone);
    expect(b.body.factors).toEqual(['confirmation-password']);
  });

  it('switching on needs nothing extra, answers the same again, and the next login sends a notice', async () => {
    t = await startTestBank();
    const token = await t.api.login('mail-user');
    expect((await completeOperation(t, token, { type: 'login-notice-change', enabled: false })).steps.at(-1)!.body.status).toBe('completed');
    const key = randomUUID();
    const on = await t.api.post('/api/v1/me/login-notice', { enabled: true }, token, key);
    expect(on.status).toBe(200);
    expect(on.body).toEqual({ enabled: true });
    const replay = await t.api.post('/api/v1/me/login-notice', { enabled: true }, token, key);
    expect(replay.body).toEqual({ enabled: true });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect((await t.api.post('/api/v1/me/login-notice', { enabled: true }, token)).status).toBe(200); // already on: fine
    expect((await me(token)).loginNotice).toBe(true);
    await clearMailbox(t.mailboxUrl);
    await t.api.login('mail-user');
    expect(await noticeMails(MAIL_USER)).toHaveLength(1);
    expect((await t.api.post('/api/v1/me/login-notice', { enabled: true }, token, null)).body.error.code).toBe('IDEMPOTENCY_KEY_REQUIRED');
    expect((await t.api.post('/api/v1/me/login-notice', { enabled: true })).status).toBe(401);
  });

  it('bad input: 400 VALIDATION_FAILED with the issues, and nothing changes', async () => {
    t = await startTestBank();
    const token = await t.api.login('mail-user');
    for (const body of [{ enabled: false }, { enabled: 'yes' }, {}, { enabled: true, extra: 1 }, [true]]) {
      const r = await t.api.post('/api/v1/me/login-notice', body, token);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error.code).toBe('VALIDATION_FAILED');
      expect(r.body.error.issues.length).toBeGreaterThan(0);
    }
    const off = await t.api.post('/api/v1/me/login-notice', { enabled: false }, token);
    expect(off.body.error.issues[0]).toMatchObject({ path: ['enabled'] });
    expect(off.body.error.issues[0].message).toContain('login-notice-change');
    for (const body of [{ type: 'login-notice-change', enabled: true }, { type: 'login-notice-change' }, { type: 'login-notice-change', enabled: false, x: 1 }]) {
      const r = await t.api.post('/api/v1/operations', body, token);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error.code).toBe('VALIDATION_FAILED');
      expect(r.body.error.issues.length).toBeGreaterThan(0);
    }
    expect((await me(token)).loginNotice).toBe(true);
    expect((await listMessages(t.mailboxUrl)).filter((m) => m.from.includes('@otp-auth.net'))).toEqual([]);
  });
});
