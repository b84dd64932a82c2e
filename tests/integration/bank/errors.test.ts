import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../src-shared/domain/index.js';
import { startTestBank, type TestBank } from './helpers.js';

let t: TestBank;
let token: string;
beforeAll(async () => {
  t = await startTestBank();
  token = await t.api.login('mail-user');
});
afterAll(async () => t?.close());

const isErrorBody = (b: unknown) =>
  typeof b === 'object' && b !== null && 'error' in b && (ERROR_CODES as readonly string[]).includes((b as { error: { code: string } }).error.code);

describe('bad input', () => {
  it('a body that fails its schema: 400 VALIDATION_FAILED naming the issues', async () => {
    const r = await t.api.post('/api/v1/operations', { type: 'transfer', fromAccountId: 'acc_1234567', amount: 1.5, payeeId: 'x' }, token);
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('VALIDATION_FAILED');
    expect(r.body.error.issues.some((i: { path: unknown[] }) => i.path.includes('amount'))).toBe(true);
    const unknownType = await t.api.post('/api/v1/operations', { type: 'wire-to-mars' }, token);
    expect(unknownType.body.error.code).toBe('VALIDATION_FAILED');
    const login = await t.api.post('/api/v1/sessions', { loginId: 'mail-user' });
    expect(login.status).toBe(400);
  });

  it('broken JSON, wrong media type, oversized bodies', async () => {
    const broken = await t.api.request('POST', '/api/v1/operations', { token, raw: '{"type":', key: 'k-broken-1' });
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe('VALIDATION_FAILED');
    const text = await t.api.request('POST', '/api/v1/operations', { token, raw: 'type=transfer', key: 'k-text-1', headers: { 'content-type': 'text/plain' } });
    expect(text.status).toBe(415);
    expect(text.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const huge = await t.api.request('POST', '/api/v1/operations', { token, raw: JSON.stringify({ type: 'token-start', pad: 'x'.repeat(100_000) }), key: 'k-huge-1' });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('unknown paths: 404 JSON', async () => {
    for (const path of ['/nope', '/api/v1/nope', '/api/v1/operations/op_none']) {
      const r = await t.api.get(path, token);
      expect(r.status, path).toBe(404);
      expect(isErrorBody(r.body)).toBe(true);
    }
    expect((await t.api.get('/api/v1/operations/op_none', token)).body.error.code).toBe('OPERATION_NOT_FOUND');
  });

  it('random bodies on every POST never give a 500 or a stack trace', async () => {
    const paths = ['/api/v1/sessions', '/api/v1/operations', '/api/v1/operations/op_x/authorize', '/api/v1/operations/op_x/otp', '/api/v1/start-of-use', '/api/v1/start-of-use/verify'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), fc.oneof(fc.jsonValue(), fc.string()), async (path, value) => {
        const raw = typeof value === 'string' ? value : JSON.stringify(value);
        const r = await t.api.request('POST', path, { token, raw, key: `fuzz-${Math.random().toString(36).slice(2, 12)}` });
        expect(r.status).toBeGreaterThanOrEqual(200);
        expect(r.status).toBeLessThan(500);
        const text = JSON.stringify(r.body);
        expect(text).not.toMatch(/at .*\.(ts|js|mjs):\d+/);
        if (r.status >= 400) expect(isErrorBody(r.body), text).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('random query strings on GET routes never give a 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 20 })), async (q) => {
        const qs = new URLSearchParams(q).toString();
        for (const path of ['/api/v1/accounts/acc_1234567/transactions', '/api/v1/transfer-fee']) {
          const r = await t.api.get(`${path}?${qs}`, token);
          expect(r.status).toBeLessThan(500);
        }
      }),
      { numRuns: 60 },
    );
  });
});
