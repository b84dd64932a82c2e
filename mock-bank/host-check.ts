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

/**
 * The bank API's HTTP server (Fastify's serverFactory): a foreign Host is answered 421 before
 * Fastify sees the request, so no hook, parser or route runs for it. An onRequest hook did the
 * same after Fastify had set the request up, at a measurable share of every simple GET's CPU.
 * `refused` is told of each refusal (for the request log).
 */
export function hostCheckedServer(refused: (req: http.IncomingMessage, status: number, code: string) => void): (handler: http.RequestListener, opts: ServerTimeouts) => http.Server {
  return (handler, opts) => {
    const server = http.createServer((req, res) => {
      if (hostAllowed(req.headers.host, req.socket.localPort)) {
        handler(req, res);
        return;
      }
      const e = misdirected();
      const body = JSON.stringify(e.body());
      res.writeHead(e.status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), ...API_SECURITY_HEADERS });
      res.end(body);
      refused(req, e.status, e.code);
    });
    // As Fastify sets up a server of its own (a keep-alive longer than the client's idle sockets).
    if (opts.keepAliveTimeout !== undefined) server.keepAliveTimeout = opts.keepAliveTimeout;
    if (opts.requestTimeout !== undefined) server.requestTimeout = opts.requestTimeout;
    if (opts.connectionTimeout !== undefined) server.setTimeout(opts.connectionTimeout);
    return server;
  };
}
