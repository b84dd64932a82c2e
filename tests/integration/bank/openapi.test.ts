import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toOpenApiPath } from '../../../mock-bank/openapi.js';
import { startTestBank, type TestBank } from './helpers.js';

let t: TestBank;
beforeAll(async () => {
  t = await startTestBank();
});
afterAll(async () => t?.close());

describe('GET /openapi.json', () => {
  it('lists every route the server answers, with its schemas', async () => {
    const r = await t.api.get('/openapi.json');
    expect(r.status).toBe(200);
    const doc = r.body as { openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown>; requestBody?: unknown; parameters: { name: string; in: string }[] }>> };
    expect(doc.openapi).toBe('3.1.0');
    expect(t.bank.routes.length).toBeGreaterThan(10);
    for (const route of t.bank.routes) {
      const op = doc.paths[toOpenApiPath(route.url)]?.[route.method.toLowerCase()];
      expect(op, `${route.method} ${route.url}`).toBeDefined();
      expect(Object.keys(op!.responses).length).toBeGreaterThan(0);
    }
    expect(doc.paths['/api/v1/operations']!.post!.requestBody).toBeDefined();
    const authorize = doc.paths['/api/v1/operations/{id}/authorize']!.post!;
    expect(authorize.parameters).toContainEqual(expect.objectContaining({ name: 'Idempotency-Key', in: 'header' }));
    expect(authorize.parameters).toContainEqual(expect.objectContaining({ name: 'id', in: 'path' }));
  });

  it('every operation declares its security: bearer, or [] for the public ones', async () => {
    const doc = (await t.api.get('/openapi.json')).body as { paths: Record<string, Record<string, { security?: unknown[]; responses: Record<string, unknown> }>> };
    const publicOps: string[] = [];
    for (const [p, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        expect(Array.isArray(op.security), `${method} ${p}`).toBe(true);
        if (op.security!.length === 0) publicOps.push(`${method} ${p}`);
        expect(op.responses['421'], `${method} ${p}`).toBeDefined();
      }
    }
    expect(publicOps).toEqual(expect.arrayContaining(['post /api/v1/sessions', 'get /health', 'get /openapi.json']));
    expect(publicOps).not.toContain('get /api/v1/me');
  });
});
