// The bank API's HTTP server: Fastify's own server settings carried over, a foreign Host answered
// 421 (JSON, with the security headers) and reported for the request log, its own names passed on;
// once the bank is shutting down, 503 in the API's error shape and the connection closed.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { hostCheckedServer } from '../../../mock-bank/host-check.js';

let server: http.Server | undefined;
afterEach(async () => {
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  server = undefined;
});

function get(port: number, host: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: '/x?y=1', setHost: false, headers: { host } }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('hostCheckedServer', () => {
  it('takes the timeouts Fastify gives it', () => {
    server = hostCheckedServer(() => undefined)(() => undefined, { keepAliveTimeout: 72_000, requestTimeout: 0, connectionTimeout: 0 });
    expect(server.keepAliveTimeout).toBe(72_000);
    expect(server.requestTimeout).toBe(0);
  });

  it('answers a foreign Host 421 itself and passes its own names on', async () => {
    const refused: [string, number, string][] = [];
    let passed = 0;
    server = hostCheckedServer((req, status, code) => refused.push([req.url ?? '', status, code]))((_req, res) => {
      passed += 1;
      res.end('ok');
    }, {});
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    const foreign = await get(port, `evil.example:${port}`);
    expect(foreign.status).toBe(421);
    expect(JSON.parse(foreign.body)).toMatchObject({ error: { code: 'MISDIRECTED_REQUEST' } });
    expect(foreign.headers['x-content-type-options']).toBe('nosniff');
    expect(foreign.headers['cache-control']).toBe('no-store');
    expect(refused).toEqual([['/x?y=1', 421, 'MISDIRECTED_REQUEST']]);
    expect((await get(port, `127.0.0.1:${port}`)).body).toBe('ok');
    expect((await get(port, `localhost:${port}`)).body).toBe('ok');
    expect((await get(port, `127.0.0.1:${port + 1}`)).status).toBe(421);
    expect(passed).toBe(2);
  });

  it('answers 503 SERVICE_UNAVAILABLE itself while the bank shuts down, closing the connection', async () => {
    const refused: [string, number, string][] = [];
    let closing = false;
    let passed = 0;
    server = hostCheckedServer((req, status, code) => refused.push([req.url ?? '', status, code]), () => closing)((_req, res) => {
      passed += 1;
      res.end('ok');
    }, {});
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    expect((await get(port, `127.0.0.1:${port}`)).body).toBe('ok');
    closing = true;
    const late = await get(port, `127.0.0.1:${port}`);
    expect(late.status).toBe(503);
    expect(JSON.parse(late.body)).toMatchObject({ error: { code: 'SERVICE_UNAVAILABLE' } });
    expect(late.headers['x-content-type-options']).toBe('nosniff');
    expect(late.headers['cache-control']).toBe('no-store');
    expect(late.headers.connection).toBe('close');
    expect((await get(port, `evil.example:${port}`)).status).toBe(421);
    expect(refused).toEqual([['/x?y=1', 503, 'SERVICE_UNAVAILABLE'], ['/x?y=1', 421, 'MISDIRECTED_REQUEST']]);
    expect(passed).toBe(1);
  });
});
