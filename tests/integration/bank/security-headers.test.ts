// Every answer of the bank API carries X-Content-Type-Options: nosniff and Cache-Control: no-store:
// the routes' own answers, and those Fastify makes itself (no such route, a body it refuses, a
// type it does not take), which no route code sees.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBank, type TestBank } from './helpers.js';

let t: TestBank;
beforeAll(async () => {
  t = await startTestBank();
});
afterAll(async () => t?.close());

async function call(path: string, init: RequestInit = {}): Promise<Response> {
  const r = await fetch(`${t.bank.apiUrl}${path}`, init);
  await r.arrayBuffer();
  return r;
}

describe('security headers on every API answer', () => {
  it('are on 2xx, 4xx from routes and the answers Fastify makes itself', async () => {
    const token = await t.api.login('mail-user');
    const json = { 'content-type': 'application/json' };
    const answers: [string, Response][] = [
      ['200 /health', await call('/health')],
      ['200 /api/v1/accounts', await call('/api/v1/accounts', { headers: { authorization: `Bearer ${token}` } })],
      ['401 without a session', await call('/api/v1/accounts')],
      ['404 no such route', await call('/no/such/path')],
      ['400 body that is not JSON', await call('/api/v1/sessions', { method: 'POST', headers: json, body: '{not json' })],
      ['413 body too large', await call('/api/v1/sessions', { method: 'POST', headers: json, body: JSON.stringify({ loginId: 'x'.repeat(70 * 1024) }) })],
      ['415 not JSON', await call('/api/v1/sessions', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' })],
    ];
    expect(answers.map(([what, r]) => `${what}: ${r.status}`)).toEqual([
      '200 /health: 200', '200 /api/v1/accounts: 200', '401 without a session: 401', '404 no such route: 404',
      '400 body that is not JSON: 400', '413 body too large: 413', '415 not JSON: 415',
    ]);
    for (const [what, r] of answers) {
      expect(r.headers.get('x-content-type-options'), what).toBe('nosniff');
      expect(r.headers.get('cache-control'), what).toBe('no-store');
    }
  });
});
