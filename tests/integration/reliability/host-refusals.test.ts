// Browser host refusals, property-based: any Host header but its own (DNS rebinding names, other
// ports, other loopback spellings) → 421; any Origin but its own → 403 and the call has no effect;
// missing, wrong or near-miss tokens (Bearer, cookie, query) → refused; and nothing answers on a
// non-loopback interface or another loopback address. tests/integration/host/security.test.ts
// checks one example of each by hand; this suite tries many.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBankProcess, type BankProcess } from '../../support/bank-process.js';
import { startHostProcess, type HostProcess } from '../../support/host-process.js';
import { Tally, caseCount, withSeed } from '../../support/reliability-summary.js';
import { connectHost, type HostClient } from '../host/host-client.js';

const CASES = caseCount('HOST_REFUSALS', 40, 1000);

let bank: BankProcess;
let host: HostProcess;
let client: HostClient;
let port: number;
const tally = new Tally('host-refusals');
let seedUsed: number | undefined;

beforeAll(async () => {
  bank = await startBankProcess({ env: { BANK_RESET: '1' } });
  host = await startHostProcess({ bankUrl: bank.apiUrl, env: { NETBANK_KIOSK: '1' } });
  port = Number(new URL(host.origin).port);
  client = await connectHost(host.url);
});
afterAll(async () => {
  tally.record(seedUsed);
  client?.close();
  await host?.stop();
  await bank?.stop();
});

/** A raw request (any Host header); 0 when Node's client refuses to send such a header at all. */
function raw(method: string, path: string, headers: Record<string, string>, body?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let req: http.ClientRequest;
    try {
      req = http.request({ host: '127.0.0.1', port, method, path, headers, setHost: false, timeout: 15_000, agent: false }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
    } catch {
      resolve(0);
      return;
    }
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error(`no answer to ${method} ${path}`)));
    req.end(body);
  });
}

const OWN_HOSTS = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
const OWN_ORIGINS = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

async function loggedOut(): Promise<boolean> {
  const s = await client.bridge.session.state({});
  return s.ok && s.value.state === 'logged-out';
}

describe('browser host refusals', () => {
  it('any Host but its own is refused (421), even with the right token', async () => {
    const hostArb = fc.oneof(
      fc.domain(),
      fc.tuple(fc.domain(), fc.integer({ min: 1, max: 65535 })).map(([d, p]) => `${d}:${p}`),
      fc.constantFrom(
        () => '127.0.0.1', () => 'localhost', () => `127.0.0.1:${port + 1}`, () => `localhost.:${port}`, () => `127.0.0.1.nip.io:${port}`,
        () => `localhost.evil.example:${port}`, () => `evil.example:${port}`, () => `[::1]:${port}`, () => `0.0.0.0:${port}`, () => `127.1:${port}`,
        () => `127.0.0.2:${port}`, () => `2130706433:${port}`, () => `localhost:${port}@evil.example`, () => `127.0.0.1:0${port}`,
      ).map((f) => f()),
    );
    await withSeed(import.meta.url, 'host headers', async (seed) => {
      seedUsed = seed;
      await fc.assert(
        fc.asyncProperty(hostArb, fc.constantFrom('GET /', 'POST /ipc/app.info', 'GET /events', 'GET /netbank-bridge.js'), async (hostHeader, what) => {
          // HTTP drops whitespace around a header value, so " 127.0.0.1:port" is the host's own name.
          if (OWN_HOSTS().has(hostHeader.trim().toLowerCase())) return true;
          const [method, path] = what.split(' ') as [string, string];
          const status = await raw(method, path, { host: hostHeader, authorization: `Bearer ${host.token}`, 'content-type': 'application/json' }, method === 'POST' ? '{}' : undefined);
          if (status === 0) return true; // not sendable as a header at all
          tally.count(status === 421 ? undefined : `Host ${JSON.stringify(hostHeader)} on ${what} answered ${status}`);
          return status === 421;
        }),
        { seed, numRuns: CASES, endOnFailure: true },
      );
    });
  });

  it('any Origin but its own is refused (403) and the call has no effect', async () => {
    const originArb = fc.oneof(
      fc.webUrl().map((u) => new URL(u).origin),
      fc.constantFrom(
        () => 'null', () => `http://127.0.0.1:${port + 1}`, () => `https://127.0.0.1:${port}`, () => `http://localhost.evil.example:${port}`,
        () => `http://127.0.0.1.nip.io:${port}`, () => `http://[::1]:${port}`, () => `app://netbank`, () => `file://`, () => `http://127.0.0.1:${port}/`, () => '',
      ).map((f) => f()),
    );
    await withSeed(import.meta.url, 'origins', (seed) =>
      fc.assert(
        fc.asyncProperty(originArb, async (origin) => {
          if (OWN_ORIGINS().has(origin)) return true;
          // A fresh connection per call: the host refuses before reading the body and then closes.
          const status = await raw('POST', '/ipc/session.login', { host: `127.0.0.1:${port}`, cookie: client.cookie, origin, 'content-type': 'application/json' },
            JSON.stringify({ loginId: 'mail-user', password: 'demo-login-1', rememberId: false }));
          if (status === 0) return true; // not sendable as a header at all
          const ok = status === 403 && (await loggedOut());
          tally.count(ok ? undefined : `Origin ${JSON.stringify(origin)} answered ${status}`);
          return ok;
        }),
        { seed, numRuns: CASES, endOnFailure: true },
      ),
    );
  });

  it('missing, wrong and near-miss tokens are refused wherever they are put', async () => {
    const t = host.token;
    const tokenArb = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.base64String({ minLength: 43, maxLength: 44 }),
      fc.integer({ min: 0, max: t.length - 1 }).map((i) => t.slice(0, i) + (t[i] === 'A' ? 'B' : 'A') + t.slice(i + 1)),
      fc.integer({ min: 0, max: t.length - 1 }).map((i) => t.slice(0, i)),
      fc.constantFrom(`${t} `, ` ${t}`, `${t}x`, t.toUpperCase(), t.toLowerCase(), encodeURIComponent(`${t}\u0000`)),
    );
    const cookieName = `netbank_${port}`;
    const clientId = 'A'.repeat(22);
    await withSeed(import.meta.url, 'tokens', (seed) =>
      fc.assert(
        fc.asyncProperty(tokenArb, fc.constantFrom('bearer', 'cookie', 'query', 'none'), async (token, where) => {
          // HTTP drops whitespace around a header value, so "<token> " is the token itself there.
          if (token === t || (where !== 'query' && token.trim() === t)) return true;
          const headers: Record<string, string> = { host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}`, 'content-type': 'application/json' };
          let status: number;
          if (where === 'query') {
            status = await raw('GET', `/?token=${encodeURIComponent(token)}`, headers);
          } else {
            if (where === 'bearer') headers.authorization = `Bearer ${token}`;
            if (where === 'cookie') headers.cookie = `${cookieName}=${token}.${clientId}`;
            status = await raw('POST', '/ipc/session.login', headers, JSON.stringify({ loginId: 'mail-user', password: 'demo-login-1', rememberId: false }));
          }
          if (status === 0) return true; // not sendable as a header at all
          // A token in the URL is traded for a cookie only when right (403 otherwise); a call without a valid one is 401.
          const ok = status === (where === 'query' ? 403 : 401) && (await loggedOut());
          tally.count(ok ? undefined : `token ${JSON.stringify(token)} as ${where} answered ${status}`);
          return ok;
        }),
        { seed, numRuns: CASES, endOnFailure: true },
      ),
    );
  });

  it('nothing answers on another loopback address or on IPv6 loopback', async () => {
    for (const address of ['127.0.0.2', '::1']) {
      const refused = await new Promise<boolean>((resolve) => {
        const s = net.connect({ host: address, port }, () => {
          s.destroy();
          resolve(false);
        });
        s.on('error', () => resolve(true));
      });
      tally.count(refused ? undefined : `${address} accepted a connection`);
      expect(refused, address).toBe(true);
    }
  });

  it('the host listens on 127.0.0.1 only, and nothing answers on a non-loopback interface', async () => {
    // The kernel's own list of listening sockets: every one on the host's port is bound to 127.0.0.1.
    const bound = listeningAddresses(port);
    tally.count(bound.length === 1 && bound[0] === '127.0.0.1' ? undefined : `listening on ${bound.join(', ')}`);
    expect(bound).toEqual(['127.0.0.1']);
    // And, where this machine has other interfaces, a connection to them is refused.
    const external = Object.values(os.networkInterfaces()).flat().filter((a) => a && !a.internal).map((a) => a!.address);
    for (const address of external) {
      const refused = await new Promise<boolean>((resolve) => {
        const s = net.connect({ host: address, port, timeout: 5000 }, () => {
          s.destroy();
          resolve(false);
        });
        s.on('error', () => resolve(true));
        s.on('timeout', () => {
          s.destroy();
          resolve(true);
        });
      });
      tally.count(refused ? undefined : `${address} accepted a connection`);
      expect(refused, address).toBe(true);
    }
  });
});

/** The local addresses of the sockets listening on `port` (Linux: /proc/net/tcp and tcp6). */
function listeningAddresses(port: number): string[] {
  const found: string[] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue; // no IPv6 here
    }
    for (const line of text.split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (!local || state !== '0A') continue; // 0A: LISTEN
      const [hex, portHex] = local.split(':') as [string, string];
      if (parseInt(portHex, 16) !== port) continue;
      // IPv4 addresses are written as one little-endian word; IPv6 ones are shown as written.
      found.push(hex.length === 8 ? hex.match(/../g)!.reverse().map((b) => parseInt(b, 16)).join('.') : `[${hex}]`);
    }
  }
  return found;
}
