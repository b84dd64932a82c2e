/**
 * The browser host's HTTP server: loopback only, token-guarded, serving the renderer and the same
 * IPC contract the Electron preload exposes (POST /ipc/<channel>, events as Server-Sent Events).
 */
import { readFile } from 'node:fs/promises';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Core } from '../core/core.js';
import { rendererCsp } from '../core/csp.js';
import type { Logger } from '../core/logger.js';
import type { FileSaver } from '../core/statements/files.js';
import { DOWNLOAD_PATH_PREFIX } from '../../src-shared/ipc/statements.js';
import { attachment, Downloads } from './downloads.js';
import { Guard, newToken } from './guard.js';
import { BRIDGE_PATH, contentTypeFor, NOT_BUILT_PAGE, readIndex, readStatic } from './static-files.js';

export const MAX_IPC_BODY = 64 * 1024;
const HEARTBEAT_MS = 15_000;

/** Pages loaded from one token exchange share a client; each client has its own core (its own session). */
export const MAX_CLIENTS = 32;

export interface HostServerOptions {
  /** Makes one client's core; `files` is that client's saver (statement downloads, the browser's print). */
  createCore: (files: FileSaver) => Promise<Core>;
  rendererDir: string;
  bridgeScript: string;
  port?: number;
  token?: string;
  log: Logger;
}

export interface HostServer {
  /** The URL to open: with the token, which the first load trades for a session cookie. */
  url: string;
  origin: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

const BASE_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=()',
};
const CSP = rendererCsp("'self'");

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...BASE_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', 'Content-Security-Policy': CSP, ...extra });
  res.end(body);
}

function sendText(res: ServerResponse, status: number, text: string): void {
  send(res, status, 'text/plain; charset=utf-8', text + '\n');
}

function sendIpc(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

/**
 * Where the token exchange sends the page: this URL's path on this server. Leading slashes are
 * collapsed, since "//evil/" in a Location header names another host (an open redirect).
 */
export function sameOriginPath(url: URL): string {
  return `/${url.pathname.replace(/^\/+/, '')}${url.search}`;
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) over = true;
      else chunks.push(c);
    });
    req.on('end', () => resolve(over ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startHostServer(options: HostServerOptions): Promise<HostServer> {
  const { log } = options;
  const clients = new Map<string, Promise<Core>>();
  /** The client's core, made on first use; the oldest client is closed when there are too many. */
  function coreFor(client: string): Promise<Core> {
    let core = clients.get(client);
    if (core) {
      clients.delete(client);
      clients.set(client, core);
      return core;
    }
    if (clients.size >= MAX_CLIENTS) {
      const [oldest, old] = clients.entries().next().value as [string, Promise<Core>];
      clients.delete(oldest);
      void old.then((c) => c.close()).catch(() => undefined);
    }
    core = options.createCore(downloads.saverFor(client));
    clients.set(client, core);
    return core;
  }
  const token = options.token ?? newToken();
  const rendererDir = path.resolve(options.rendererDir);
  const streams = new Set<ServerResponse>();
  const downloads = new Downloads();
  let guard: Guard | null = null;

  async function handleIpc(req: IncomingMessage, res: ServerResponse, channel: string, via: 'cookie' | 'bearer', client: string): Promise<void> {
    // A browser always names the origin of a POST; a cookie-borne call that does not is refused.
    if (via === 'cookie' && guard!.originOk(req) !== true) return sendIpc(res, 403, { ok: false, error: { code: 'FORBIDDEN_SENDER', message: 'Origin missing or foreign.' } });
    const type = String(req.headers['content-type'] ?? '');
    if (!/^application\/json\s*(;|$)/i.test(type)) {
      return sendIpc(res, 415, { ok: false, error: { code: 'INVALID_REQUEST', message: 'Send the request as application/json.' } });
    }
    const body = await readBody(req, MAX_IPC_BODY);
    if (body === 'too-large') return sendIpc(res, 413, { ok: false, error: { code: 'INVALID_REQUEST', message: 'Request too large.' } });
    let raw: unknown;
    try {
      raw = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return sendIpc(res, 400, { ok: false, error: { code: 'INVALID_REQUEST', message: 'The request is not JSON.' } });
    }
    const result = await (await coreFor(client)).dispatch(channel, raw);
    sendIpc(res, 200, result);
  }

  async function handleEvents(req: IncomingMessage, res: ServerResponse, client: string): Promise<void> {
    const core = await coreFor(client);
    res.writeHead(200, { ...BASE_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write('retry: 2000\n: connected\n\n');
    streams.add(res);
    const off = core.onEvent((event, payload) => {
      res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
    });
    const beat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
    beat.unref();
    const done = () => {
      clearInterval(beat);
      off();
      streams.delete(res);
    };
    req.on('close', done);
    res.on('close', done);
  }

  async function handleGet(req: IncomingMessage, res: ServerResponse, url: URL, client: string): Promise<void> {
    if (url.pathname === BRIDGE_PATH) {
      try {
        return send(res, 200, 'text/javascript; charset=utf-8', await readFile(options.bridgeScript));
      } catch {
        return sendText(res, 503, 'bridge script not built yet: run npm run build');
      }
    }
    if (url.pathname === '/events') return handleEvents(req, res, client);
    if (url.pathname.startsWith(DOWNLOAD_PATH_PREFIX)) {
      const file = downloads.take(url.pathname, client);
      if (!file) return sendText(res, 404, 'download not found or already taken');
      return send(res, 200, file.type, file.bytes, { 'Content-Disposition': attachment(file.fileName) });
    }
    if (url.pathname === '/' || url.pathname === '/index.html') {
      const index = await readIndex(rendererDir);
      return send(res, 200, 'text/html; charset=utf-8', index ?? NOT_BUILT_PAGE);
    }
    const found = await readStatic(rendererDir, url.pathname);
    if (!found) return sendText(res, 404, 'not found');
    const hashed = url.pathname.startsWith('/assets/');
    return send(res, 200, contentTypeFor(found.file), found.body, { 'Cache-Control': hashed ? 'private, max-age=31536000, immutable' : 'no-store' });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const g = guard!;
    if (!g.hostOk(req)) return sendText(res, 421, 'wrong Host: open the URL the host printed');
    if (g.originOk(req) === false) return sendText(res, 403, 'foreign origin refused');
    // Only a path on this server (origin-form): "//evil/x" is a path here, never another host.
    const target = req.url ?? '/';
    if (!target.startsWith('/')) return sendText(res, 400, 'bad request target');
    const url = new URL(`${g.origins.values().next().value!}${target}`);
    const method = req.method ?? 'GET';
    if (method === 'GET' && url.searchParams.has('token')) {
      // The first load trades the token in the URL for a session cookie, then loads a clean URL.
      if (!g.tokenOk(url.searchParams.get('token'))) return sendText(res, 403, 'wrong token');
      url.searchParams.delete('token');
      res.writeHead(303, { ...BASE_HEADERS, Location: sameOriginPath(url), 'Set-Cookie': g.newSession(), 'Cache-Control': 'no-store' });
      return void res.end();
    }
    const who = g.authenticated(req);
    if (!who) return sendText(res, 401, 'this page needs the token: open the NETBANK_URL the host printed');
    if (method === 'POST' && url.pathname.startsWith('/ipc/')) return handleIpc(req, res, url.pathname.slice(5), who.via, who.client);
    if (method === 'GET' || method === 'HEAD') return handleGet(req, res, url, who.client);
    return sendText(res, 405, 'method not allowed');
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      log.error({ err: e instanceof Error ? e.message : String(e) }, 'browser host request failed');
      if (!res.headersSent) sendText(res, 500, 'internal error');
      else res.destroy();
    });
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  guard = new Guard(token, port);
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    port,
    async close() {
      for (const s of streams) s.end();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      // Calls still running get a moment to finish; then every connection is cut.
      const cut = setTimeout(() => server.closeAllConnections(), 500);
      await closed;
      clearTimeout(cut);
      const cores = await Promise.allSettled([...clients.values()]);
      clients.clear();
      await Promise.all(cores.map((c) => (c.status === 'fulfilled' ? c.value.close().catch(() => undefined) : undefined)));
    },
  };
}
