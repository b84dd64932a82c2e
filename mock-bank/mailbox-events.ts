/**
 * Server-sent events for the mailbox page (GET /api/events): `mail` when a mail arrives, `clear`
 * when the mailbox is emptied, `tester` with the tester state whenever a control changes it.
 * Streams are ended when the mailbox closes.
 */
import type { FastifyInstance } from 'fastify';
import type { MailStore } from './sink.js';
import type { TesterControls } from './tester/controls.js';

const PING_MS = 15_000;

export function installEvents(app: FastifyInstance, store: MailStore, tester: TesterControls | null): void {
  const open = new Set<() => void>();
  app.get('/api/events', (request, reply) => {
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', connection: 'keep-alive',
    });
    const send = (event: string, data: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    res.write('retry: 2000\n\n');
    const offMail = store.subscribe((event) => send(event, {}));
    const offTester = tester?.onChange(() => send('tester', tester.state())) ?? (() => undefined);
    const ping = setInterval(() => res.write(': ping\n\n'), PING_MS);
    const end = () => {
      if (!open.delete(end)) return;
      clearInterval(ping);
      offMail();
      offTester();
      res.end();
    };
    open.add(end);
    request.raw.on('close', end);
  });
  app.addHook('preClose', (done) => {
    for (const end of [...open]) end();
    done();
  });
}
