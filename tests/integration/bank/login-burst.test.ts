// Login and confirmation passwords under the account lock: a check is reserved before scrypt and
// the lock is checked again before a session is made, so a concurrent burst gets at most
// BANK_LOCK_AFTER passwords checked, and once locked every answer (the right password included)
// is 423; unknown IDs alike. The bank's debug log counts the checks it ran.
import { afterEach, describe, expect, it } from 'vitest';
import { startTestBank, type TestBank } from './helpers.js';

let t: TestBank;
let log = '';
afterEach(async () => t?.close());

const start = async (lockAfter: number) => {
  log = '';
  t = await startTestBank({ lockAfter, logLevel: 'debug' }, { write: (s: string) => void (log += s) });
};
const checks = () => log.split('\n').filter((l) => l.includes('"msg":"password checked"')).length;
const login = (loginId: string, password: string) => t.api.post('/api/v1/sessions', { loginId, password, channel: 'pc' }, undefined, null);

describe('login bursts against the lock', () => {
  for (const loginId of ['mail-user', 'no-such-id']) {
    it(`${loginId}: 30 wrong passwords at once get at most BANK_LOCK_AFTER checked; then even the right one is 423`, async () => {
      await start(4);
      const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => login(loginId, `wrong-Pass-${i}`)));
      expect(checks()).toBe(4);
      expect(answers.filter((a) => a.status === 401)).toHaveLength(3);
      expect(answers.filter((a) => a.status === 423 && a.body.error.code === 'ACCOUNT_LOCKED')).toHaveLength(27);
      const right = await login(loginId, 'demo-login-1');
      expect(right.status).toBe(423);
      expect(checks()).toBe(4);
    });
  }

  it('wrong passwords and the right one at once: never more checks than the lock allows, and no session once locked', async () => {
    await start(3);
    const passwords = [...Array.from({ length: 15 }, (_, i) => `wrong-Pass-${i}`), 'demo-login-1'];
    const answers = await Promise.all(passwords.map((p) => login('mail-user', p)));
    expect(checks()).toBeLessThanOrEqual(3);
    const session = answers.find((a) => a.status === 201);
    const now = await login('mail-user', 'demo-login-1');
    if (session) {
      // The right one was checked before the lock: it reset the count, so the account is open.
      expect(now.status).toBe(201);
    } else {
      expect(now.status).toBe(423);
    }
  });

  it('a right password releases its reservation and resets the count', async () => {
    await start(3);
    expect((await login('mail-user', 'wrong-Pass-1')).status).toBe(401);
    expect((await login('mail-user', 'wrong-Pass-2')).status).toBe(401);
    expect((await login('mail-user', 'demo-login-1')).status).toBe(201);
    expect((await login('mail-user', 'wrong-Pass-3')).body.error.attemptsLeft).toBe(2);
  });

  it('confirmation passwords: a burst of wrong ones checks at most BANK_LOCK_AFTER, locks the account and ends its sessions', async () => {
    await start(3);
    const token = await t.api.login('mail-user');
    const base = checks();
    const op = await t.api.post('/api/v1/operations', { type: 'token-start' }, token);
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) =>
      t.api.post(`/api/v1/operations/${op.body.id}/authorize`, { confirmationPassword: `wrong-Confirm-${i}`, mailOtp: '000000' }, token)));
    expect(checks() - base).toBe(3);
    expect(answers.filter((a) => a.body.error?.code === 'CONFIRMATION_PASSWORD_INVALID')).toHaveLength(2);
    // The rest are refused whichever way the race goes: 423 while the checks under way fill the lock
    // (the check that locks answers 423 too), or 401 for a request that reached the bank after the
    // lock had ended the session. How many of each depends on scheduling, so only the kinds and the
    // total are pinned (a loaded machine once delivered 4 of the 12 after the lock).
    const refused = answers.filter((a) => a.body.error?.code !== 'CONFIRMATION_PASSWORD_INVALID');
    expect(refused.map((a) => `${a.status} ${a.body.error?.code}`).filter((s) => s !== '423 ACCOUNT_LOCKED' && s !== '401 UNAUTHENTICATED')).toEqual([]);
    expect(refused.filter((a) => a.status === 423).length).toBeGreaterThanOrEqual(1);
    expect(refused).toHaveLength(10);
    expect((await t.api.get('/api/v1/me', token)).status).toBe(401);
    expect((await login('mail-user', 'demo-login-1')).status).toBe(423);
  });
});
