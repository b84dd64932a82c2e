// Transport-level behaviour of the bank client (axios): timeouts, bodies that are not what the
// schema says, gateway errors, dropped connections, retries. A tiny local server plays the network;
// the bank itself is exercised in the integration suite.
import Fastify, { type FastifyInstance } from 'fastify';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { BankCaller, NoAnswer } from '../../../src-main/core/bank-client/call.js';
import { createTransport, type Transport } from '../../../src-main/core/bank-client/transport.js';
import { CoreError } from '../../../src-main/core/errors.js';
import { silentLogger } from '../../../src-main/core/logger.js';

const Thing = z.object({ n: z.number().int() });
let app: FastifyInstance;
let base: string;
const hits = new Map<string, number>();
const keys: string[] = [];
const count = (k: string) => hits.set(k, (hits.get(k) ?? 0) + 1).get(k)!;
const held: (() => void)[] = [];

beforeAll(async () => {
  app = Fastify();
  app.get('/ok', async () => ({ n: 7 }));
  // Answers only when the test lets it (at the end): every attempt outlives the client's timeout.
  app.get('/slow', async () => {
    count('slow');
    await new Promise<void>((resolve) => held.push(resolve));
    return { n: 1 };
  });
  app.get('/wrong-shape', async () => ({ n: 'seven' }));
  app.get('/not-json', async (_q, reply) => reply.type('application/json').send('{"n": 7'));
  app.get('/html', async (_q, reply) => reply.type('text/html').send('<h1>hi</h1>'));
  app.get('/bad-gateway', async (_q, reply) => reply.status(502).type('text/plain').send('Bad Gateway'));
  app.get('/flaky', async (_q, reply) => (count('flaky') < 3 ? reply.status(503).send('busy') : { n: 3 }));
  app.get('/error-body', async (_q, reply) => reply.status(422).send({ error: { code: 'INSUFFICIENT_FUNDS', message: 'no', attemptsLeft: 1 } }));
  app.get('/odd-error', async (_q, reply) => reply.status(400).send({ error: { code: 'MADE_UP', message: 'x' } }));
  app.post('/keyed', async (req) => {
    keys.push(String(req.headers['idempotency-key']));
    if (count('keyed') === 1) req.raw.socket.destroy();
    return { n: keys.length };
  });
  app.post('/unkeyed', async (req) => {
    count('unkeyed');
    req.raw.socket.destroy();
    return { n: 0 };
  });
  base = await app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  for (const release of held) release();
  await app.close();
});

function caller(requestMs = 2000, attempts = 3): { c: BankCaller; t: Transport } {
  const t = createTransport(base, 500, requestMs);
  return { c: new BankCaller(t, { attempts, baseDelayMs: 5, maxDelayMs: 20 }, silentLogger()), t };
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'no error';
  } catch (e) {
    return e instanceof CoreError ? e.code : `not typed: ${String(e)}`;
  }
}

describe('bank calls over HTTP', () => {
  it('parses a good answer', async () => {
    const { c, t } = caller();
    expect(await c.call({ method: 'GET', path: '/ok', name: 'ok', schema: Thing })).toEqual({ n: 7 });
    t.close();
  });

  it('a body off the schema, broken JSON or HTML is BANK_PROTOCOL_ERROR, never a crash', async () => {
    const { c, t } = caller();
    for (const path of ['/wrong-shape', '/not-json', '/html']) {
      expect(await codeOf(c.call({ method: 'GET', path, name: path, schema: Thing })), path).toBe('BANK_PROTOCOL_ERROR');
    }
    expect(await codeOf(c.call({ method: 'GET', path: '/odd-error', name: 'odd', schema: Thing }))).toBe('BANK_PROTOCOL_ERROR');
    t.close();
  });

  it('an error body becomes its domain code with the extra fields', async () => {
    const { c, t } = caller();
    const e = await c.call({ method: 'GET', path: '/error-body', name: 'e', schema: Thing }).catch((x: unknown) => x);
    expect(e instanceof CoreError && e.ipc).toEqual({ code: 'INSUFFICIENT_FUNDS', message: 'no', attemptsLeft: 1 });
    t.close();
  });

  it('a slow answer is BANK_TIMEOUT after the attempts, with no more attempts than allowed', async () => {
    const { c, t } = caller(150, 2);
    expect(await codeOf(c.call({ method: 'GET', path: '/slow', name: 'slow', schema: Thing }))).toBe('BANK_TIMEOUT');
    // Each attempt the server saw is held; a loaded machine may cut one before its handler runs.
    expect(hits.get('slow') ?? 0).toBeLessThanOrEqual(2);
    expect(hits.get('slow') ?? 0).toBeGreaterThanOrEqual(1);
    t.close();
  });

  it('502 without a bank error body: retried for a GET, then BANK_UNREACHABLE', async () => {
    const { c, t } = caller();
    expect(await codeOf(c.call({ method: 'GET', path: '/bad-gateway', name: 'gw', schema: Thing }))).toBe('BANK_UNREACHABLE');
    expect(await c.call({ method: 'GET', path: '/flaky', name: 'flaky', schema: Thing })).toEqual({ n: 3 });
    expect(hits.get('flaky')).toBe(3);
    t.close();
  });

  it('nothing listening: BANK_UNREACHABLE, marked as never sent', async () => {
    const probe = net.createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as net.AddressInfo).port;
    await new Promise<void>((r) => probe.close(() => r()));
    const t = createTransport(`http://127.0.0.1:${port}`, 500, 1000);
    const c = new BankCaller(t, { attempts: 2, baseDelayMs: 5, maxDelayMs: 10 }, silentLogger());
    const e = await c.call({ method: 'GET', path: '/ok', name: 'ok', schema: Thing }).catch((x: unknown) => x);
    expect(e instanceof CoreError && e.code).toBe('BANK_UNREACHABLE');
    expect(e instanceof CoreError && e.cause instanceof NoAnswer && e.cause.failure).toBe('not-sent');
    t.close();
  });

  it('a keyed POST whose answer was lost is repeated with the same key; an unkeyed one is not', async () => {
    const { c, t } = caller();
    const r = await c.call({ method: 'POST', path: '/keyed', name: 'keyed', body: {}, idempotencyKey: 'key-abcdefgh', schema: Thing });
    expect(r).toEqual({ n: 2 });
    expect(keys).toEqual(['key-abcdefgh', 'key-abcdefgh']);
    expect(await codeOf(c.call({ method: 'POST', path: '/unkeyed', name: 'unkeyed', body: {}, schema: Thing }))).toBe('BANK_UNREACHABLE');
    expect(hits.get('unkeyed')).toBe(1);
    t.close();
  });
});
