// The bank client over HTTPS, as against a real bank: the HTTPS agent (made at the first call to an
// https URL) verifies the certificate, so a self-signed one is refused before anything is sent, and
// its connect timeout covers the TLS handshake (a server that accepts the connection and never
// answers the handshake is "not sent", so the call may be repeated safely).
import https from 'node:https';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyFailure, createTransport } from '../../../src-main/core/bank-client/transport.js';
import { makeSelfSigned, type SelfSigned } from '../bank/real-smtp.js';

let cert: SelfSigned;
let tlsServer: https.Server;
let silent: net.Server;
let hits = 0;
const sockets: net.Socket[] = [];
const portOf = (s: net.Server) => (s.address() as net.AddressInfo).port;

beforeAll(async () => {
  cert = makeSelfSigned();
  tlsServer = https.createServer({ key: cert.keyPem, cert: cert.certPem }, (_req, res) => {
    hits += 1;
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"n":1}');
  });
  silent = net.createServer((socket) => sockets.push(socket)); // takes the TCP connection, never says a word of TLS
  await Promise.all([tlsServer, silent].map((s) => new Promise<void>((r) => s.listen(0, '127.0.0.1', r))));
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  tlsServer.closeAllConnections();
  await Promise.all([tlsServer, silent].map((s) => new Promise<void>((r) => s.close(() => r()))));
  cert?.remove();
});

describe('bank client over HTTPS', () => {
  it('refuses a certificate it cannot verify, before sending the request', async () => {
    const t = createTransport(`https://127.0.0.1:${portOf(tlsServer)}`, 2000, 5000);
    try {
      const e = await t.request({ method: 'GET', url: '/x' }).then(() => null, (err: unknown) => err);
      expect((e as { code?: string } | null)?.code).toBe('DEPTH_ZERO_SELF_SIGNED_CERT');
      expect(classifyFailure(e)).toBe('not-sent');
      expect(hits).toBe(0);
    } finally {
      t.close();
    }
  });

  it('gives up a TLS handshake that never finishes within the connect timeout, as not sent', async () => {
    const t = createTransport(`https://127.0.0.1:${portOf(silent)}`, 300, 10_000);
    try {
      const started = Date.now();
      const e = await t.request({ method: 'GET', url: '/x' }).then(() => null, (err: unknown) => err);
      expect(classifyFailure(e)).toBe('not-sent');
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      t.close();
    }
  });
});
