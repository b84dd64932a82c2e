/**
 * A TCP proxy on loopback between the app and the bank, for fault tests. It passes bytes through
 * unchanged, except for requests that match a rule:
 *  - 'drop-response': the request reaches the bank, the bank's answer is thrown away and the
 *    connection to the client is cut (the bank has done the work; the client never hears of it);
 *  - 'reset': the connection is cut before the request reaches the bank;
 *  - 'delay': the answer is held back for `delayMs`;
 *  - 'bad-gateway': the proxy answers 502 itself, the bank never sees the request.
 * Each rule applies `times` times (default once). Every request line seen is logged in order.
 * Like any reverse proxy, it names the bank as the Host of what it forwards (the bank answers 421
 * to a Host that is not its own).
 */
import net from 'node:net';

export type FaultAction = 'drop-response' | 'reset' | 'delay' | 'bad-gateway';

export interface FaultRule {
  method?: string;
  /** Matches the request path (and query). */
  path: RegExp | string;
  action: FaultAction;
  delayMs?: number;
  times?: number;
}

export interface SeenRequest {
  method: string;
  path: string;
  action: FaultAction | 'pass';
}

export interface FaultProxy {
  url: string;
  port: number;
  addRule(rule: FaultRule): void;
  clearRules(): void;
  /** Requests seen, in order. */
  readonly seen: SeenRequest[];
  close(): Promise<void>;
}

const REQUEST_LINE = /^([A-Z]+) (\S+) HTTP\/1\.[01]\r\n/;

/**
 * The chunk with its Host header set to `host`, when the chunk starts a request (the head of a
 * request from Node's clients arrives in one chunk); other chunks pass unchanged.
 */
export function withHost(chunk: Buffer, host: string): Buffer {
  const text = chunk.toString('latin1');
  const end = text.indexOf('\r\n\r\n');
  if (!REQUEST_LINE.test(text) || end < 0) return chunk;
  const head = text.slice(0, end).replace(/\r\nhost:[^\r\n]*/i, `\r\nHost: ${host}`);
  return Buffer.concat([Buffer.from(head, 'latin1'), chunk.subarray(end)]);
}

export async function startFaultProxy(upstreamUrl: string): Promise<FaultProxy> {
  const upstream = new URL(upstreamUrl);
  const upstreamPort = Number(upstream.port || 80);
  let rules: (FaultRule & { left: number })[] = [];
  const seen: SeenRequest[] = [];
  const sockets = new Set<net.Socket>();

  const match = (method: string, path: string) =>
    rules.find((r) => r.left > 0 && (r.method === undefined || r.method === method) && (typeof r.path === 'string' ? path === r.path : r.path.test(path)));

  const server = net.createServer((client) => {
    const bank = net.connect(upstreamPort, upstream.hostname);
    sockets.add(client);
    sockets.add(bank);
    let dropNext = false;
    let delayNext = 0;
    const closeBoth = () => {
      client.destroy();
      bank.destroy();
    };
    client.on('close', () => {
      sockets.delete(client);
      bank.destroy();
    });
    bank.on('close', () => {
      sockets.delete(bank);
      client.end();
    });
    client.on('error', closeBoth);
    bank.on('error', closeBoth);

    client.on('data', (chunk: Buffer) => {
      const m = REQUEST_LINE.exec(chunk.toString('latin1', 0, Math.min(chunk.length, 2048)));
      if (m) {
        const [, method, path] = m as unknown as [string, string, string];
        const rule = match(method, path);
        seen.push({ method, path, action: rule?.action ?? 'pass' });
        if (rule) {
          rule.left--;
          if (rule.action === 'bad-gateway') {
            client.end('HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/plain\r\nContent-Length: 11\r\nConnection: close\r\n\r\nBad Gateway');
            bank.destroy();
            return;
          }
          if (rule.action === 'reset') return closeBoth();
          if (rule.action === 'drop-response') dropNext = true;
          if (rule.action === 'delay') delayNext = rule.delayMs ?? 1000;
        }
      }
      bank.write(withHost(chunk, upstream.host));
    });

    bank.on('data', (chunk: Buffer) => {
      if (dropNext) {
        // The bank has answered, so it has done the work: cut the client off without the answer.
        closeBoth();
        return;
      }
      if (delayNext > 0) {
        const wait = delayNext;
        bank.pause();
        setTimeout(() => {
          delayNext = 0;
          if (!client.destroyed) client.write(chunk);
          bank.resume();
        }, wait);
        return;
      }
      client.write(chunk);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}${upstream.pathname.replace(/\/$/, '')}`,
    port,
    seen,
    addRule(rule) {
      rules.push({ ...rule, left: rule.times ?? 1 });
    },
    clearRules() {
      rules = [];
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
