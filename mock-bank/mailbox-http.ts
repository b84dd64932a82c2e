/** The mailbox over HTTP: the page at `/`, JSON at `/api/messages`, a sandboxed view of HTML parts. */
import Fastify, { type FastifyInstance } from 'fastify';
import { z } from 'zod';
import { DemoCustomers, MailboxMessages } from '../src-shared/bank-api/index.js';
import { installHostCheck } from './host-check.js';
import { MAILBOX_PAGE_CSP, mailboxPage } from './mailbox-page.js';
import { SEED_CONFIRMATION_PASSWORD, SEED_CUSTOMERS, SEED_FIRST_LOGIN_PASSWORD, SEED_LOGIN_PASSWORD } from './seed.js';
import type { MailStore, StoredMessage } from './sink.js';

const ListQuery = z.object({ to: z.string().max(254).optional() });

function toApi(m: StoredMessage) {
  return { id: m.id, from: m.from, to: m.to, subject: m.subject, text: m.text, html: m.html ?? null, receivedAt: m.receivedAt, reference: m.reference };
}

export function createMailboxApp(store: MailStore): FastifyInstance {
  const app = Fastify({ logger: false, bodyLimit: 1024 });
  // The page, the messages (read and delete) and the seed-customer list: own Host only.
  installHostCheck(app);
  const sendError = (status: number, code: string, message: string) => ({ status, body: { error: { code, message } } });

  app.addHook('onSend', async (_req, reply, payload) => {
    void reply.header('x-content-type-options', 'nosniff').header('referrer-policy', 'no-referrer').header('cache-control', 'no-store');
    return payload;
  });

  app.get('/', async (request, reply) => {
    const q = ListQuery.safeParse(request.query);
    const to = q.success ? q.data.to : undefined;
    return reply
      .header('content-security-policy', MAILBOX_PAGE_CSP)
      .type('text/html; charset=utf-8')
      .send(mailboxPage(store.list(to), to));
  });

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

  app.setNotFoundHandler((_request, reply) => reply.status(404).send({ error: { code: 'NOT_FOUND', message: 'No such path.' } }));
  app.setErrorHandler((error: { statusCode?: number }, _request, reply) => {
    const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 500 ? 'INTERNAL_ERROR' : 'VALIDATION_FAILED';
    return reply.status(status).send({ error: { code, message: 'The mailbox could not process the request.' } });
  });
  return app;
}
