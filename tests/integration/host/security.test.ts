// The browser host's guard: loopback only, the per-run token on every call, Host and Origin checks
// against DNS rebinding, the renderer's CSP, and the bridge script put before the renderer.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBankProcess, type BankProcess } from '../../support/bank-process.js';
import { startHostProcess, type HostProcess } from '../../support/host-process.js';
import { connectHost, openSession } from './host-client.js';
import http from 'node:http';

let bank: BankProcess;
let host: HostProcess;
let rendererDir: string;

beforeAll(async () => {
  rendererDir = mkdtempSync(path.join(tmpdir(), 'netbank-renderer-'));
  mkdirSync(path.join(rendererDir, 'assets'));
  writeFileSync(
    path.join(rendererDir, 'index.html'),
    '<!doctype html><html><head><title>t</title><script type="module" crossorigin src="./assets/app.js"></script></head><body></body></html>',
  );
  writeFileSync(path.join(rendererDir, 'assets/app.js'), 'console.log("app")');
  writeFileSync(path.join(rendererDir, 'assets/icon-0a1b2c3d.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(path.join(tmpdir(), 'netbank-outside.txt'), 'outside');
  bank = await startBankProcess({ env: { BANK_RESET: '1' } });
  host = await startHostProcess({ bankUrl: bank.apiUrl, args: ['--renderer-dir', rendererDir] });
});
afterAll(async () => {
  await host?.stop();
  await bank?.stop();
  rmSync(rendererDir, { recursive: true, force: true });
});

/** A raw request, so the Host header can be set to anything (fetch would not allow it). */
function raw(method: string, pathName: string, headers: Record<string, string>, body?: string): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  const u = new URL(host.origin);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: u.port, method, path: pathName, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('browser host security', () => {
  it('listens on 127.0.0.1 and prints a URL with a long random token', () => {
    expect(new URL(host.url).hostname).toBe('127.0.0.1');
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('the first load trades the token for a fresh random session id (HttpOnly, SameSite=Strict), never the token itself', async () => {
    const port = new URL(host.origin).port;
    const s = await openSession(host.url);
    expect(s.location).toBe('/');
    expect(s.cookie).toMatch(new RegExp(`^netbank_${port}=[A-Za-z0-9_-]{43}$`));
    const res = await fetch(host.url, { redirect: 'manual' });
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/; HttpOnly; SameSite=Strict; Path=\/$/);
    for (const header of [s.cookie, setCookie]) expect(header).not.toContain(host.token);
    expect(setCookie.split(';')[0]).not.toBe(s.cookie); // each exchange gets its own id
    // The session id works as the cookie; the token does not, alone or in the old <token>.<client> shape.
    const call = (cookie: string) => fetch(`${host.origin}/ipc/app.info`, { method: 'POST', headers: { 'content-type': 'application/json', origin: host.origin, cookie }, body: '{}' });
    expect((await call(s.cookie)).status).toBe(200);
    expect((await call(`netbank_${port}=${host.token}`)).status).toBe(401);
    expect((await call(`netbank_${port}=${host.token}.${'A'.repeat(22)}`)).status).toBe(401);
    // Nor does the session id stand in for the token.
    const sid = s.cookie.split('=')[1]!;
    expect((await fetch(`${host.origin}/ipc/app.info`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${sid}` }, body: '{}' })).status).toBe(401);
    expect((await fetch(`${host.origin}/?token=${sid}`, { redirect: 'manual' })).status).toBe(403);
  });

  it('the exchange redirects only to a path on this server (leading slashes collapsed)', async () => {
    const h = { host: new URL(host.origin).host };
    for (const [target, location] of [
      [`/.//evil.example/?token=${host.token}`, '/evil.example/'],
      [`//evil.example/x?token=${host.token}`, '/evil.example/x'],
      [`/%2F%2Fevil.example/?token=${host.token}`, '/%2F%2Fevil.example/'],
      [`/\\evil.example/?token=${host.token}`, '/evil.example/'],
      [`/?lang=en&token=${host.token}`, '/?lang=en'],
    ]) {
      const r = await raw('GET', target!, h);
      expect(r.status, target).toBe(303);
      expect(r.headers.location, target).toBe(location);
    }
    // An absolute-form target is not a path on this server.
    expect((await raw('GET', `http://evil.example/?token=${host.token}`, h)).status).toBe(400);
  });

  it('refuses calls without the token or with a wrong one', async () => {
    const port = new URL(host.origin).port;
    const noToken = await fetch(`${host.origin}/ipc/app.info`, { method: 'POST', headers: { 'content-type': 'application/json', origin: host.origin }, body: '{}' });
    expect(noToken.status).toBe(401);
    expect((await fetch(`${host.origin}/`)).status).toBe(401);
    expect((await fetch(`${host.origin}/events`)).status).toBe(401);
    expect((await fetch(`${host.origin}/assets/app.js`)).status).toBe(401);
    expect((await fetch(`${host.origin}/?token=${'x'.repeat(43)}`, { redirect: 'manual' })).status).toBe(403);
    const wrongCookie = await fetch(`${host.origin}/ipc/app.info`, {
      method: 'POST', headers: { 'content-type': 'application/json', origin: host.origin, cookie: `netbank_${port}=${host.token.slice(0, -1)}A` }, body: '{}',
    });
    expect(wrongCookie.status).toBe(401);
    const wrongBearer = await fetch(`${host.origin}/ipc/app.info`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer nope' }, body: '{}' });
    expect(wrongBearer.status).toBe(401);
  });

  it('each page session (token exchange) has its own core: a login in one is not seen by another', async () => {
    const a = await connectHost(host.url);
    const b = await connectHost(host.url);
    expect(a.cookie).not.toBe(b.cookie);
    expect((await a.bridge.session.login({ loginId: 'mail-user', password: 'demo-login-1', rememberId: false })).ok).toBe(true);
    const sa = await a.bridge.session.state({});
    const sb = await b.bridge.session.state({});
    expect(sa.ok && sa.value.state).toBe('ready');
    expect(sb.ok && sb.value.state).toBe('logged-out');
    // A made-up session id of the right shape is refused.
    const forged = await fetch(`${host.origin}/ipc/app.info`, {
      method: 'POST', headers: { 'content-type': 'application/json', origin: host.origin, cookie: `netbank_${new URL(host.origin).port}=${'A'.repeat(43)}` }, body: '{}',
    });
    expect(forged.status).toBe(401);
    await a.bridge.session.logout({});
    a.close();
    b.close();
  });

  it('refuses a foreign Host header (DNS rebinding), even with the right token', async () => {
    const auth = { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' };
    const port = new URL(host.origin).port;
    expect((await raw('POST', '/ipc/app.info', { ...auth, host: `evil.example:${port}` }, '{}')).status).toBe(421);
    expect((await raw('GET', '/', { ...auth, host: 'evil.example' })).status).toBe(421);
    expect((await raw('POST', '/ipc/app.info', { ...auth, host: `127.0.0.1:${port}` }, '{}')).status).toBe(200);
    expect((await raw('POST', '/ipc/app.info', { ...auth, host: `localhost:${port}` }, '{}')).status).toBe(200);
  });

  it('refuses a foreign Origin, and a cookie-borne call that names no Origin', async () => {
    const client = await connectHost(host.url);
    expect((await client.post('app.info', '{}', { origin: 'http://evil.example' })).status).toBe(403);
    expect((await client.post('app.info', '{}', { origin: 'null' })).status).toBe(403);
    const noOrigin = await fetch(`${host.origin}/ipc/app.info`, { method: 'POST', headers: { cookie: client.cookie, 'content-type': 'application/json' }, body: '{}' });
    expect(noOrigin.status).toBe(403);
    expect((await client.post('app.info', '{}')).status).toBe(200);
    client.close();
  });

  it('answers bad bodies with typed errors, not crashes', async () => {
    const client = await connectHost(host.url);
    const notJson = await client.post('session.login', '{"loginId": ');
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    const wrongType = await client.post('app.info', '{}', { 'content-type': 'text/plain' });
    expect(wrongType.status).toBe(415);
    const big = await client.post('session.login', JSON.stringify({ loginId: 'x'.repeat(70_000) }));
    expect(big.status).toBe(413);
    const unknown = await client.post('session.sudo', '{}');
    expect(await unknown.json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    const proto = await client.post('__proto__', '{}');
    expect(await proto.json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    const bad = await client.post('session.login', JSON.stringify({ loginId: 'mail-user', password: 5, rememberId: false }));
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect((await fetch(`${client.origin}/ipc/app.info`, { method: 'PUT', headers: { cookie: client.cookie } })).status).toBe(405);
    client.close();
  });

  it('serves the renderer with the CSP (connect-src self) and the bridge script before the module script', async () => {
    const client = await connectHost(host.url);
    const page = await fetch(`${host.origin}/`, { headers: { cookie: client.cookie } });
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    const html = await page.text();
    const bridgeAt = html.indexOf('<script defer src="/netbank-bridge.js"></script>');
    expect(bridgeAt).toBeGreaterThan(0);
    expect(bridgeAt).toBeLessThan(html.indexOf('type="module"'));
    const bridge = await fetch(`${host.origin}/netbank-bridge.js`, { headers: { cookie: client.cookie } });
    expect(bridge.headers.get('content-type')).toMatch(/javascript/);
    const script = await bridge.text();
    expect(script).toContain('/ipc/');
    // A thin forwarder: no zod, no generic invoke (the host's core checks every request and answer).
    expect(script).not.toMatch(/zod/i);
    expect(script).not.toMatch(/\binvoke\s*:/);
    const asset = await fetch(`${host.origin}/assets/app.js`, { headers: { cookie: client.cookie } });
    expect(await asset.text()).toBe('console.log("app")');
    const icon = await fetch(`${host.origin}/assets/icon-0a1b2c3d.svg`, { headers: { cookie: client.cookie } });
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    client.close();
  });

  it('never serves a file outside the renderer folder', async () => {
    const client = await connectHost(host.url);
    const h = { cookie: client.cookie, host: new URL(host.origin).host };
    for (const p of ['/../netbank-outside.txt', '/assets/../../netbank-outside.txt', '/%2e%2e/netbank-outside.txt', '/assets/%2e%2e%2f%2e%2e%2fnetbank-outside.txt', '/%00', '/%E0%A4%A']) {
      const r = await raw('GET', p, h);
      expect(r.status, p).toBe(404);
      expect(r.body).not.toContain('outside');
    }
    client.close();
  });

  it('without a built renderer it says so plainly', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'netbank-empty-'));
    const other = await startHostProcess({ bankUrl: bank.apiUrl, args: ['--renderer-dir', empty] });
    try {
      const client = await connectHost(other.url);
      const page = await fetch(`${other.origin}/`, { headers: { cookie: client.cookie } });
      expect(await page.text()).toContain('renderer not built yet');
      client.close();
    } finally {
      await other.stop();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
