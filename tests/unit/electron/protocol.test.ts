import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ELECTRON_CSP } from '../../../src-main/electron/csp.js';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler, resolveAppPath } from '../../../src-main/electron/protocol.js';

let dir: string;
let root: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'netbank-protocol-'));
  root = path.join(dir, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(path.join(dir, 'secret.txt'), 'outside');
  symlinkSync(path.join(dir, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('app:// path resolution', () => {
  it('maps the root and files inside the renderer folder', () => {
    expect(resolveAppPath(root, 'app://netbank/')).toEqual({ ok: true, file: path.join(root, 'index.html') });
    expect(resolveAppPath(root, 'app://netbank/index.html?x=1#y')).toEqual({ ok: true, file: path.join(root, 'index.html') });
    expect(resolveAppPath(root, 'app://netbank/assets/index-abc.js')).toEqual({ ok: true, file: path.join(root, 'assets/index-abc.js') });
  });

  it.each([
    'app://netbank/%2E%2E%2Fsecret.txt',
    'app://netbank/assets%2f..%2f..%2fsecret.txt',
    'app://netbank/..%5csecret.txt',
    'app://netbank/assets/%00.js',
    'app://netbank/%E0%A4%A',
    'app://other/index.html',
    'app://user@netbank/index.html',
    'file:///etc/passwd',
    'https://netbank/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    const r = resolveAppPath(root, url);
    expect(r.ok).toBe(false);
    expect('file' in r).toBe(false);
  });

  it.each([
    ['app://netbank/../secret.txt', 'secret.txt'],
    ['app://netbank/assets/../../secret.txt', 'secret.txt'],
    ['app://netbank/%2e%2e/secret.txt', 'secret.txt'],
    ['app://netbank/../../../../etc/passwd', 'etc/passwd'],
  ])('dots the URL parser folds (%s) stay inside the folder', (url, inside) => {
    // WHATWG URL parsing (Chromium's and Node's alike) removes "../" at the root: the path can
    // only name a file inside the renderer folder, where none of these exist.
    expect(resolveAppPath(root, url)).toEqual({ ok: true, file: path.join(root, inside) });
  });
});

describe('app:// handler', () => {
  const handler = () => createAppProtocolHandler(root);
  const get = (url: string, method = 'GET') => handler()(new Request(url, { method }));

  it('serves index.html and assets with the CSP and safety headers', async () => {
    for (const [url, type, body] of [
      ['app://netbank/', 'text/html; charset=utf-8', '<!doctype html><title>app</title>'],
      ['app://netbank/assets/index-abc.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
      ['app://netbank/assets/index-abc.css', 'text/css; charset=utf-8', 'body{}'],
    ] as const) {
      const res = await get(url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('content-type')).toBe(type);
      expect(res.headers.get('content-security-policy')).toBe(ELECTRON_CSP);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await res.text()).toBe(body);
    }
  });

  it('answers errors with the CSP too, and never the file outside', async () => {
    for (const [url, status] of [
      ['app://netbank/missing.js', 404],
      ['app://netbank/assets', 404],
      ['app://netbank/assets/link.txt', 403],
      ['app://netbank/%2e%2e/secret.txt', 404],
      ['app://netbank/..%2fsecret.txt', 403],
      ['app://other/index.html', 403],
    ] as const) {
      const res = await get(url);
      expect(res.status, url).toBe(status);
      expect(res.headers.get('content-security-policy'), url).toBe(ELECTRON_CSP);
      expect(await res.text(), url).not.toContain('outside');
    }
  });

  it('HEAD has no body; other methods are refused', async () => {
    const head = await get('app://netbank/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://netbank/index.html', 'POST')).status).toBe(405);
  });

  it('the scheme is standard and secure, and bypasses nothing', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({
      standard: true, secure: true, bypassCSP: false, allowServiceWorkers: false, corsEnabled: false, allowExtensions: false,
    });
  });
});
