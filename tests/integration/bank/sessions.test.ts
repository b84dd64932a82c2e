import { afterEach, describe, expect, it } from 'vitest';
import { SEED_CUSTOMERS } from '../../../mock-bank/seed.js';
import { startTestBank, type TestBank } from './helpers.js';

let t: TestBank;
afterEach(async () => t?.close());

describe('login, lockout, expiry, logout', () => {
  it('logs in every seed customer and reports start-of-use for new-user only', async () => {
    t = await startTestBank();
    for (const c of SEED_CUSTOMERS) {
      const password = c.startOfUseDone ? 'demo-login-1' : 'demo-first-1';
      const r = await t.api.post('/api/v1/sessions', { loginId: c.loginId, password, channel: 'pc' }, undefined, null);
      expect(r.status, c.loginId).toBe(201);
      expect(r.body.startOfUseRequired).toBe(!c.startOfUseDone);
      expect(r.body.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
      expect(Date.parse(r.body.expiresAt)).toBeGreaterThan(Date.now());
    }
  });

  it('answers a wrong password and an unknown login ID alike', async () => {
    t = await startTestBank();
    const wrong = await t.api.post('/api/v1/sessions', { loginId: 'mail-user', password: 'nope-1234', channel: 'pc' });
    const unknown = await t.api.post('/api/v1/sessions', { loginId: 'nobody', password: 'nope-1234', channel: 'pc' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.body).toEqual(wrong.body);
  });

  it('locks the account after BANK_LOCK_AFTER wrong passwords, even against the right one', async () => {
    t = await startTestBank({ lockAfter: 3 });
    const codes: string[] = [];
    const lefts: (number | undefined)[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await t.api.post('/api/v1/sessions', { loginId: 'mail-user', password: `wrong-pass-${i}`, channel: 'pc' });
      codes.push(r.body.error.code);
      lefts.push(r.body.error.attemptsLeft);
    }
    expect(codes).toEqual(['INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'ACCOUNT_LOCKED']);
    expect(lefts).toEqual([2, 1, undefined]);
    const right = await t.api.post('/api/v1/sessions', { loginId: 'mail-user', password: 'demo-login-1', channel: 'pc' });
    expect(right.status).toBe(423);
    expect(right.body.error.code).toBe('ACCOUNT_LOCKED');
    // Others are not affected.
    await expect(t.api.login('token-user')).resolves.toBeTypeOf('string');
  });

  it('an unknown login ID counts down and locks like a real one, so the answers never tell which IDs exist', async () => {
    t = await startTestBank({ lockAfter: 3 });
    const answers = async (loginId: string) => {
      const out: unknown[] = [];
      for (let i = 0; i < 4; i++) {
        const r = await t.api.post('/api/v1/sessions', { loginId, password: `wrong-pass-${i}`, channel: 'pc' });
        out.push([r.status, r.body]);
      }
      return out;
    };
    const real = await answers('mail-user');
    expect(await answers('no-such-customer')).toEqual(real);
    expect(real.map((a) => (a as [number])[0])).toEqual([401, 401, 423, 423]);
    // Another unknown ID has its own count.
    const other = await t.api.post('/api/v1/sessions', { loginId: 'another-nobody', password: 'wrong-pass-0', channel: 'pc' });
    expect(other.body.error).toMatchObject({ code: 'INVALID_CREDENTIALS', attemptsLeft: 2 });
  });

  it('a successful login resets the failure count', async () => {
    t = await startTestBank({ lockAfter: 3 });
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 2; i++) {
        expect((await t.api.post('/api/v1/sessions', { loginId: 'mail-user', password: 'wrong-pass-1', channel: 'pc' })).status).toBe(401);
      }
      await t.api.login('mail-user');
    }
  });

  it('expires a session after the idle timeout, and each request extends it', async () => {
    t = await startTestBank({ sessionTtlSeconds: 60 });
    const token = await t.api.login('mail-user');
    t.clock.advance(50_000);
    expect((await t.api.get('/api/v1/accounts', token)).status).toBe(200);
    t.clock.advance(50_000);
    expect((await t.api.get('/api/v1/accounts', token)).status).toBe(200);
    t.clock.advance(61_000);
    const r = await t.api.get('/api/v1/accounts', token);
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('UNAUTHENTICATED');
  });

  it('ends a busy session at its absolute lifetime (BANK_SESSION_MAX_S), however often it is used', async () => {
    t = await startTestBank({ sessionTtlSeconds: 60, sessionMaxSeconds: 150 });
    const login = await t.api.post('/api/v1/sessions', { loginId: 'mail-user', password: 'demo-login-1', channel: 'pc' });
    const token = login.body.token as string;
    for (let i = 0; i < 2; i++) {
      t.clock.advance(50_000);
      expect((await t.api.get('/api/v1/accounts', token)).status).toBe(200);
    }
    t.clock.advance(40_000); // 140 s: the idle expiry is capped at the absolute end
    const me = await t.api.get('/api/v1/me', token);
    expect(me.status).toBe(200);
    t.clock.advance(11_000); // 151 s, only 11 s idle
    const r = await t.api.get('/api/v1/accounts', token);
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('UNAUTHENTICATED');
    expect((await t.api.post('/api/v1/sessions', { loginId: 'mail-user', password: 'demo-login-1', channel: 'pc' })).status).toBe(201);
  });

  it('logout revokes the token at once', async () => {
    t = await startTestBank();
    const token = await t.api.login('mail-user');
    const out = await t.api.request('DELETE', '/api/v1/sessions/current', { token });
    expect(out.status).toBe(204);
    expect((await t.api.get('/api/v1/me', token)).status).toBe(401);
    expect((await t.api.request('DELETE', '/api/v1/sessions/current', { token })).status).toBe(401);
  });

  it('refuses requests without a token or with a forged one', async () => {
    t = await startTestBank();
    expect((await t.api.get('/api/v1/accounts')).body.error.code).toBe('UNAUTHENTICATED');
    const forged = await t.api.get('/api/v1/accounts', 'A'.repeat(43));
    expect(forged.status).toBe(401);
  });

  it('reports the second factor of the session channel in /me', async () => {
    t = await startTestBank();
    const pc = await t.api.get('/api/v1/me', await t.api.login('token-user', 'demo-login-1', 'pc'));
    const phone = await t.api.get('/api/v1/me', await t.api.login('token-user', 'demo-login-1', 'smartphone'));
    expect(pc.body).toMatchObject({ loginId: 'token-user', email: 'token-user@ezweb.ne.jp', tokenState: 'active', secondFactor: 'token' });
    expect(phone.body.secondFactor).toBe('none');
    const mail = await t.api.get('/api/v1/me', await t.api.login('suspended-user'));
    expect(mail.body).toMatchObject({ tokenState: 'suspended', secondFactor: 'mail-otp' });
  });
});
