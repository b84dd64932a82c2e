// The bank's kept SMTP connections against a real smtp-server on loopback: every message arrives
// once, whole, with its envelope; never more connections than allowed; a connection the server
// closed is replaced; a refused message fails alone; a server that is gone fails the send.
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { SmtpPool } from '../../../mock-bank/smtp-pool.js';

interface Received { from: string; to: string[]; body: string }

async function server(o: Partial<SMTPServerOptions> = {}) {
  const received: Received[] = [];
  let open = 0;
  let mostOpen = 0;
  let connections = 0;
  const s = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS', 'AUTH'], logger: false,
    onConnect(_session, callback) {
      connections += 1;
      open += 1;
      mostOpen = Math.max(mostOpen, open);
      callback();
    },
    onClose() {
      open -= 1;
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), body: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
    ...o,
  });
  s.listen(0, '127.0.0.1');
  await once(s.server, 'listening');
  const port = (s.server.address() as AddressInfo).port;
  return { s, port, received, stats: () => ({ open, mostOpen, connections }), close: () => new Promise<void>((r) => s.close(() => r())) };
}

const message = (n: number) => Buffer.from(`Subject: test ${n}\r\n\r\nline ${n}\r\n.starts with a dot\r\n`);
const options = (port: number, maxConnections = 2) => ({ host: '127.0.0.1', port, maxConnections, connectionTimeout: 2000, greetingTimeout: 2000, socketTimeout: 5000 });

describe('SMTP pool', () => {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it('delivers many messages at once over at most maxConnections, each whole with its envelope', async () => {
    const srv = await server();
    cleanups.push(srv.close);
    const pool = new SmtpPool(options(srv.port, 3));
    cleanups.push(() => pool.close());
    await Promise.all(Array.from({ length: 30 }, (_, n) => pool.send({ from: 'bank@example.jp', to: [`c${n}@example.jp`] }, message(n))));
    expect(srv.received).toHaveLength(30);
    for (let n = 0; n < 30; n++) {
      const r = srv.received.find((m) => m.to[0] === `c${n}@example.jp`);
      expect(r?.from).toBe('bank@example.jp');
      expect(r?.body).toBe(`Subject: test ${n}\r\n\r\nline ${n}\r\n.starts with a dot\r\n`);
    }
    expect(srv.stats().mostOpen).toBeLessThanOrEqual(3);
    expect(srv.stats().connections).toBeLessThanOrEqual(3);
  });

  it('replaces a kept connection the server closed while it was idle', async () => {
    const srv = await server({ socketTimeout: 150 });
    cleanups.push(srv.close);
    const pool = new SmtpPool(options(srv.port));
    cleanups.push(() => pool.close());
    await pool.send({ from: 'bank@example.jp', to: ['a@example.jp'] }, message(1));
    await new Promise((r) => setTimeout(r, 400));
    expect(srv.stats().open).toBe(0);
    await pool.send({ from: 'bank@example.jp', to: ['a@example.jp'] }, message(2));
    expect(srv.received.map((m) => m.body.slice(0, 15))).toEqual(['Subject: test 1', 'Subject: test 2']);
    expect(srv.stats().connections).toBe(2);
  });

  it('fails a refused message alone; the next one goes', async () => {
    const srv = await server({
      onRcptTo(address, _session, callback) {
        if (address.address.startsWith('nobody')) callback(Object.assign(new Error('no such mailbox'), { responseCode: 550 }));
        else callback();
      },
    });
    cleanups.push(srv.close);
    const pool = new SmtpPool(options(srv.port, 1));
    cleanups.push(() => pool.close());
    const refused = pool.send({ from: 'bank@example.jp', to: ['nobody@example.jp'] }, message(1));
    const next = pool.send({ from: 'bank@example.jp', to: ['a@example.jp'] }, message(2));
    await expect(refused).rejects.toMatchObject({ responseCode: 550 });
    await expect(next).resolves.toBeUndefined();
    expect(srv.received.map((m) => m.to)).toEqual([['a@example.jp']]);
  });

  it('fails the send when no server answers, and every later one once it is closed', async () => {
    const srv = await server();
    const port = srv.port;
    await srv.close();
    const pool = new SmtpPool(options(port));
    await expect(pool.send({ from: 'bank@example.jp', to: ['a@example.jp'] }, message(1))).rejects.toThrow(/ECONNREFUSED/);
    pool.close();
    await expect(pool.send({ from: 'bank@example.jp', to: ['a@example.jp'] }, message(2))).rejects.toThrow('mail pool closed');
  });

  it('fails the messages still waiting for a connection when it is closed', async () => {
    const srv = await server();
    cleanups.push(srv.close);
    const pool = new SmtpPool(options(srv.port, 1));
    const sends = Array.from({ length: 3 }, (_, n) => pool.send({ from: 'bank@example.jp', to: ['a@example.jp'] }, message(n)).then(() => 'sent', (e: Error) => e.message));
    pool.close();
    const outcomes = await Promise.all(sends);
    expect(outcomes.filter((o) => o === 'mail pool closed').length).toBeGreaterThanOrEqual(2);
    expect(srv.received.length).toBe(outcomes.filter((o) => o === 'sent').length);
  });
});
