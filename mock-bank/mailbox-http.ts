/**
 * The mailbox over HTTP: the page at `/` (and its script and list fragment), live events, JSON at
 * `/api/messages`, each mail's operation as a page at `/operations/{id}` and as JSON at
 * `/api/operations/{id}`, a sandboxed view of HTML
 * parts, and with BANK_TESTER_CONTROLS=1 the tester paths (the same declarations as on the API).
 */
import Fastify, { type FastifyInstance } from 'fastify';
import * as z from 'zod';
import { DemoCustomers, MailboxMessages } from '../src-shared/bank-api/index.js';
import { iso, type BankContext } from './context.js';
import { BankError } from './errors.js';
import { installHostCheck } from './host-check.js';
import { mount, type RouteSpec } from './http.js';
import { installEvents } from './mailbox-events.js';
import { MAILBOX_PAGE_CSP, mailboxPage, messagesFragment, type OperationLine } from './mailbox-page.js';
import { MAILBOX_SCRIPT } from './mailbox-script.js';
import { operationNotFoundPage, operationPage } from './operation-page.js';
import { readOperation } from './operation-view.js';
import { SEED_CONFIRMATION_PASSWORD, SEED_CUSTOMERS, SEED_FIRST_LOGIN_PASSWORD, SEED_LOGIN_PASSWORD } from './seed.js';
import type { MailStore, StoredMessage } from './sink.js';
import type { TesterControls } from './tester/controls.js';
import { installTesterGuard, mailboxOrigins } from './tester/guard.js';

const ListQuery = z.object({ to: z.string().max(254).optional() });

function toApi(m: StoredMessage) {
  return {
    id: m.id, from: m.from, to: m.to, subject: m.subject, text: m.text, html: m.html ?? null, receivedAt: m.receivedAt, reference: m.reference,
    otpCode: m.otpCode, operationId: m.operationId, voided: m.voided === true,
  };
}

export interface MailboxOptions {
  ctx: BankContext;
  /** With BANK_TESTER_CONTROLS=1: the controls and their route declarations. */
  tester: { controls: TesterControls; routes: RouteSpec[] } | null;
}

interface OperationRow { id: string; type: string; status: string; step: number; created_at: number; completed_at: number | null; receipt_number: string | null }

export function createMailboxApp(store: MailStore, o: MailboxOptions): FastifyInstance {
  const app = Fastify({ logger: false, bodyLimit: 1024, forceCloseConnections: true });
  // The page, the messages (read and delete) and the seed-customer list: own Host only.
  installHostCheck(app);
  // Every read (and the clear) sees each mail the sink has already taken, filed (sink.ts).
  app.addHook('preHandler', (_request, _reply, done) => {
    store.settled().then(() => done(), done);
  });
  const sendError = (status: number, code: string, message: string) => ({ status, body: { error: { code, message } } });
  const operationRow = (id: string) =>
    o.ctx.db.prepare(`SELECT id, type, status, step, created_at, completed_at, receipt_number FROM operations WHERE id = ?`).get(id) as OperationRow | undefined;
  const operationLine = (id: string): OperationLine | null => {
    const r = operationRow(id);
    return r ? { status: r.status, type: r.type } : null;
  };

  app.addHook('onSend', async (_req, reply, payload) => {
    void reply.header('x-content-type-options', 'nosniff').header('referrer-policy', 'no-referrer').header('cache-control', 'no-store');
    return payload;
  });

  const listed = (query: unknown) => {
    const q = ListQuery.safeParse(query);
    return { ok: q.success, to: q.success ? q.data.to : undefined };
  };

  app.get('/', async (request, reply) => {
    const { to } = listed(request.query);
    return reply
      .header('content-security-policy', MAILBOX_PAGE_CSP)
      .type('text/html; charset=utf-8')
      .send(mailboxPage({ messages: store.list(to), to, operation: operationLine, tester: o.tester ? { loginIds: SEED_CUSTOMERS.map((c) => c.loginId) } : null }));
  });

  app.get('/fragments/messages', async (request, reply) => {
    const { to } = listed(request.query);
    return reply.header('content-security-policy', MAILBOX_PAGE_CSP).type('text/html; charset=utf-8').send(messagesFragment(store.list(to), operationLine));
  });

  app.get('/mailbox.js', async (_request, reply) => reply.type('text/javascript; charset=utf-8').send(MAILBOX_SCRIPT));

  installEvents(app, store, o.tester?.controls ?? null);

  app.get('/api/messages', async (request, reply) => {
    const q = ListQuery.safeParse(request.query);
    if (!q.success) {
      const e = sendError(400, 'VALIDATION_FAILED', 'Query: to must be an address.');
      return reply.status(e.status).send(e.body);
    }
    return reply.send(MailboxMessages.parse(store.list(q.data.to).map(toApi)));
  });

  app.delete('/api/messages', async (_request, reply) => {
    store.clear();
    return reply.status(204).send();
  });

  // A mail's operation for a tester to read, with its passwords (codes only as the mailbox shows them).
  app.get<{ Params: { id: string } }>('/operations/:id', async (request, reply) => {
    const view = readOperation(o.ctx, request.params.id, store.list());
    return reply
      .status(view ? 200 : 404)
      .header('content-security-policy', MAILBOX_PAGE_CSP)
      .type('text/html; charset=utf-8')
      .send(view ? operationPage(view) : operationNotFoundPage(request.params.id));
  });

  // A mail's operation, as the bank keeps it (the bank API's own GET needs the customer's login).
  app.get<{ Params: { id: string } }>('/api/operations/:id', async (request, reply) => {
    const r = operationRow(request.params.id);
    if (!r) {
      const e = sendError(404, 'OPERATION_NOT_FOUND', 'No such operation.');
      return reply.status(e.status).send(e.body);
    }
    return reply.send({
      id: r.id, type: r.type, status: r.status, step: r.step, createdAt: iso(r.created_at),
      completedAt: r.completed_at === null ? null : iso(r.completed_at), receiptNumber: r.receipt_number,
    });
  });

  // The seed customers and their demo passwords, for testers' login screens (never a real customer).
  app.get('/api/seed-customers', async (_request, reply) => reply.send(DemoCustomers.parse(SEED_CUSTOMERS.map((c) => ({
    loginId: c.loginId,
    name: c.name,
    loginPassword: c.startOfUseDone ? SEED_LOGIN_PASSWORD : SEED_FIRST_LOGIN_PASSWORD,
    confirmationPassword: c.startOfUseDone ? SEED_CONFIRMATION_PASSWORD : null,
    tokenState: c.tokenState,
    startOfUseDone: c.startOfUseDone,
    email: c.email,
  })))));

  app.get<{ Params: { id: string } }>('/messages/:id/html', async (request, reply) => {
    const m = store.get(request.params.id);
    if (!m?.html) {
      const e = sendError(404, 'NOT_FOUND', 'No such message or no HTML part.');
      return reply.status(e.status).send(e.body);
    }
    // Shown as the mail client would, but sandboxed: no scripts, no network, no forms.
    return reply
      .header('content-security-policy', "sandbox; default-src 'none'; style-src 'unsafe-inline'")
      .type('text/html; charset=utf-8')
      .send(m.html);
  });

  app.get('/health', async () => ({ status: 'ok' }));

  if (o.tester) {
    installTesterGuard(app, () => {
      const a = app.server.address();
      return a && typeof a === 'object' ? mailboxOrigins(a.port) : [];
    });
    for (const spec of o.tester.routes) mount(app, o.ctx, spec);
  }

  app.setNotFoundHandler((_request, reply) => reply.status(404).send({ error: { code: 'NOT_FOUND', message: 'No such path.' } }));
  app.setErrorHandler((error: { statusCode?: number }, _request, reply) => {
    if (error instanceof BankError) return reply.status(error.status).send(error.body());
    const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : status === 500 ? 'INTERNAL_ERROR' : 'VALIDATION_FAILED';
    return reply.status(status).send({ error: { code, message: 'The mailbox could not process the request.' } });
  });
  return app;
}
