/**
 * What keeps a web page on another site away from the tester controls. The Host check (421) runs
 * first, for every path; here, for the tester paths only: an `Origin` other than the mailbox
 * page's own is refused (403 FORBIDDEN_ORIGIN), and a POST must say it carries JSON (415), which
 * a cross-site form or a "simple" fetch cannot do without a preflight that is never granted.
 */
import type { FastifyInstance } from 'fastify';
import { TESTER_PREFIX } from '../../src-shared/bank-api/index.js';
import { BankError } from '../errors.js';

/** The origins the mailbox page is served from, for its port. */
export const mailboxOrigins = (port: number): string[] => [`http://127.0.0.1:${port}`, `http://localhost:${port}`];

export const isTesterPath = (url: string): boolean => url === TESTER_PREFIX || url.startsWith(`${TESTER_PREFIX}/`);

function isJson(contentType: string | undefined): boolean {
  return typeof contentType === 'string' && contentType.split(';')[0]!.trim().toLowerCase() === 'application/json';
}

export function installTesterGuard(app: FastifyInstance, allowedOrigins: () => string[]): void {
  app.addHook('onRequest', (request, _reply, done) => {
    if (!isTesterPath(request.url.split('?')[0] ?? '')) {
      done();
      return;
    }
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedOrigins().includes(origin.toLowerCase())) {
      done(new BankError('FORBIDDEN_ORIGIN', 'The tester controls answer only the mailbox page of this bank, or a program that sends no Origin.'));
      return;
    }
    if (request.method === 'POST' && !isJson(request.headers['content-type'])) {
      done(new BankError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json.'));
      return;
    }
    done();
  });
}
