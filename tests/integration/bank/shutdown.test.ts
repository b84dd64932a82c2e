// A request that reaches the bank while it shuts down (on a connection kept open by a request still
// running) is answered 503 SERVICE_UNAVAILABLE in the API's error shape, with the security headers
// and Connection: close; the request that was running is answered in full first.
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { startTestBank } from './helpers.js';

interface RawAnswer { status: number; headers: Record<string, string>; body: string }

/** Splits what came back on one connection into its HTTP/1.1 answers (each with a Content-Length). */
function answers(raw: string): RawAnswer[] {
  const out: RawAnswer[] = [];
  let rest = raw;
  while (rest.length > 0) {
    const end = rest.indexOf('\r\n\r\n');
    if (end === -1) break;
    const [statusLine, ...lines] = rest.slice(0, end).split('\r\n');
    const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
    const length = Number(headers['content-length'] ?? 0);
    out.push({ status: Number(statusLine!.split(' ')[1]), headers, body: rest.slice(end + 4, end + 4 + length) });
    rest = rest.slice(end + 4 + length);
  }
  return out;
}

describe('shutting down', () => {
  it('finishes the running request, then answers the next one on that connection 503 in the error shape', async () => {
    const t = await startTestBank();
    const port = new URL(t.bank.apiUrl).port;
    const socket = net.connect(Number(port), '127.0.0.1');
    await new Promise<void>((r) => socket.once('connect', () => r()));
    let received = '';
    socket.setEncoding('latin1');
    socket.on('data', (d: string) => (received += d));
    const ended = new Promise<void>((r) => socket.once('close', () => r()));
    // A login whose body is held back: the server answers "100 Continue" to its headers when it
    // hands the request on, so once that has come the request is running. The shutdown starts
    // then, and only after that does the body (and the next request) go out.
    const login = JSON.stringify({ loginId: 'mail-user', password: 'demo-login-1', channel: 'pc' });
    socket.write(`POST /api/v1/sessions HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(login)}\r\nExpect: 100-continue\r\n\r\n`);
    await expect.poll(() => received.startsWith('HTTP/1.1 100 Continue\r\n\r\n'), { timeout: 5000 }).toBe(true);
    received = received.slice('HTTP/1.1 100 Continue\r\n\r\n'.length);
    const closed = t.close();
    socket.write(login);
    socket.write(`GET /health HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
    await ended;
    await closed;
    const [first, second, ...more] = answers(received);
    expect(first?.status).toBe(201);
    expect(JSON.parse(first!.body)).toHaveProperty('token');
    expect(second?.status).toBe(503);
    expect(JSON.parse(second!.body)).toMatchObject({ error: { code: 'SERVICE_UNAVAILABLE' } });
    expect(second!.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'cache-control': 'no-store', connection: 'close' });
    expect(more).toEqual([]);
  });
});
