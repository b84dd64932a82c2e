import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoCustomers } from '../../../src-shared/bank-api/index.js';
import { startTestBank, type TestBank } from './helpers.js';

let t: TestBank;
beforeAll(async () => {
  t = await startTestBank();
});
afterAll(async () => t?.close());

describe('mailbox: the seed customers for tester builds', () => {
  it('lists the four seed customers, and each listed login password really logs in', async () => {
    const res = await fetch(`${t.mailboxUrl}/api/seed-customers`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const list = DemoCustomers.parse(await res.json());
    expect(list.map((c) => c.loginId)).toEqual(['mail-user', 'token-user', 'suspended-user', 'new-user']);
    expect(list.find((c) => c.loginId === 'new-user')).toMatchObject({ startOfUseDone: false, confirmationPassword: null, email: null });
    for (const c of list) {
      const login = await t.api.post('/api/v1/sessions', { loginId: c.loginId, password: c.loginPassword, channel: 'pc' });
      expect(login.status, c.loginId).toBe(201);
    }
  });

  it('is not on the bank API itself', async () => {
    const res = await fetch(`${t.bank.apiUrl}/api/seed-customers`);
    expect(res.status).toBe(404);
  });
});
