// Against DNS rebinding: the bank API and the mailbox (page, messages read and delete, seed
// customers) answer 421 MISDIRECTED_REQUEST to a Host that is not their own loopback address and
// port; 127.0.0.1:<port> and localhost:<port> work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMessages } from '../../support/mailbox.js';
import { otpFor, startTestBank, type TestBank } from './helpers.js';
import { foreignHosts, requestWithHost } from './raw-host.js';

let t: TestBank;
beforeAll(async () => {
  t = await startTestBank();
});
afterAll(async () => t?.close());

const portOf = (url: string) => new URL(url).port;

describe('Host check', () => {
  it('the API refuses a foreign Host with 421 before any route runs, and answers its own names', async () => {
    const port = portOf(t.bank.apiUrl);
    for (const host of foreignHosts(port)) {
      for (const [method, p] of [['GET', '/health'], ['GET', '/api/v1/me'], ['POST', '/api/v1/sessions'], ['GET', '/openapi.json'], ['GET', '/no/such/path']] as const) {
        const r = await requestWithHost(`${t.bank.apiUrl}${p}`, host, method);
        expect(r.status, `${method} ${p} Host ${host}`).toBe(421);
        expect(JSON.parse(r.body).error.code).toBe('MISDIRECTED_REQUEST');
      }
    }
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`]) {
      expect((await requestWithHost(`${t.bank.apiUrl}/health`, host)).status).toBe(200);
    }
  });

  it('the mailbox page, messages, their deletion and the seed-customer list refuse a foreign Host', async () => {
    const token = await t.api.login('mail-user');
    const op = await t.api.post('/api/v1/operations', { type: 'token-start' }, token);
    await otpFor(t.mailboxUrl, op.body.otp.reference);
    const port = portOf(t.mailboxUrl);
    for (const host of foreignHosts(port)) {
      for (const [method, p] of [['GET', '/'], ['GET', '/api/messages'], ['DELETE', '/api/messages'], ['GET', '/api/seed-customers'], ['GET', '/health']] as const) {
        const r = await requestWithHost(`${t.mailboxUrl}${p}`, host, method);
        expect(r.status, `${method} ${p} Host ${host}`).toBe(421);
        expect(r.body).not.toContain('demo-login-1');
        expect(r.body).not.toContain('@docomo.ne.jp');
      }
    }
    expect(await listMessages(t.mailboxUrl)).not.toEqual([]);
    expect((await requestWithHost(`${t.mailboxUrl}/api/seed-customers`, `localhost:${port}`)).status).toBe(200);
    expect((await requestWithHost(`${t.mailboxUrl}/api/messages`, `localhost:${port}`, 'DELETE')).status).toBe(204);
    expect(await listMessages(t.mailboxUrl)).toEqual([]);
  });
});
