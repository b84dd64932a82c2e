/**
 * Against DNS rebinding: the bank API and the mailbox answer only requests that name them as their
 * Host, `127.0.0.1:<port>` or `localhost:<port>` with the port the request came in on. Anything
 * else (a rebound name, another port, no Host at all) gets 421 MISDIRECTED_REQUEST.
 */
import type { FastifyInstance } from 'fastify';
import { BankError } from './errors.js';

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
