/**
 * Against DNS rebinding: the bank API and the mailbox answer only requests that name them as their
 * Host, `127.0.0.1:<port>` or `localhost:<port>` with the port the request came in on. Anything
 * else (a rebound name, another port, no Host at all) gets 421 MISDIRECTED_REQUEST.
 */
import http from 'node:http';
import type { FastifyInstance } from 'fastify';
import { BankError } from './errors.js';
import { API_SECURITY_HEADERS } from './security-headers.js';

export function hostAllowed(host: string | undefined, port: number | undefined): boolean {
  if (typeof host !== 'string' || port === undefined) return false;
  const h = host.toLowerCase();
  return h === `127.0.0.1:${port}` || h === `localhost:${port}`;
}

export const misdirected = () => new BankError('MISDIRECTED_REQUEST', 'This server answers only to its own loopback address (Host 127.0.0.1 or localhost with its port).');

/** Refuses a foreign Host before any route runs (a plain-callback hook: it runs on every request). */
export function installHostCheck(app: FastifyInstance): void {
  app.addHook('onRequest', (request, reply, done) => {
    if (hostAllowed(request.headers.host, request.socket.localPort)) {
      done();
      return;
    }
    const e = misdirected();
    request.errorCode = e.code;
    void reply.status(e.status).send(e.body());
  });
}

/** The server settings Fastify applies to a server it makes itself (its defaults filled in). */
interface ServerTimeouts { keepAliveTimeout?: number; requestTimeout?: number; connectionTimeout?: number }

/** Answers `e` without Fastify: its JSON error body, with the security headers (and `extra`). */
function answerDirectly(res: http.ServerResponse, e: BankError, extra: Record<string, string> = {}): void {
  const body = JSON.stringify(e.body());
  res.writeHead(e.status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), ...API_SECURITY_HEADERS, ...extra });
  res.end(body);
}

const closingDown = () => new BankError('SERVICE_UNAVAILABLE', 'The bank is shutting down; try again in a moment.');

/**
 * The bank API's HTTP server (Fastify's serverFactory): a foreign Host is answered 421 before
 * Fastify sees the request, so no hook, parser or route runs for it. An onRequest hook did the
 * same after Fastify had set the request up, at a measurable share of every simple GET's CPU.
 * While the bank shuts down (`closing()`), a request that still arrives (on a kept-alive
 * connection) gets 503 SERVICE_UNAVAILABLE in the API's error shape and the connection is closed;
 * Fastify's own answer for that case has neither the error shape nor the security headers.
 * `refused` is told of each request answered here (for the request log).
 */
export function hostCheckedServer(
  refused: (req: http.IncomingMessage, status: number, code: string) => void,
  closing: () => boolean = () => false,
): (handler: http.RequestListener, opts: ServerTimeouts) => http.Server {
  return (handler, opts) => {
    const server = http.createServer((req, res) => {
      if (!hostAllowed(req.headers.host, req.socket.localPort)) {
        const e = misdirected();
        answerDirectly(res, e);
        refused(req, e.status, e.code);
      } else if (closing()) {
        const e = closingDown();
        answerDirectly(res, e, { connection: 'close' });
        refused(req, e.status, e.code);
      } else {
        handler(req, res);
      }
    });
    // As Fastify sets up a server of its own (a keep-alive longer than the client's idle sockets).
    if (opts.keepAliveTimeout !== undefined) server.keepAliveTimeout = opts.keepAliveTimeout;
    if (opts.requestTimeout !== undefined) server.requestTimeout = opts.requestTimeout;
    if (opts.connectionTimeout !== undefined) server.setTimeout(opts.connectionTimeout);
    return server;
  };
}
