/** Starts the whole demo bank in this process: API, SMTP sink and mailbox, all on loopback. */
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { DestinationStream, Logger } from 'pino';
import type { BankConfig } from './config.js';
import type { BankContext } from './context.js';
import { isSeeded, openDb, wipe } from './db.js';
import { installErrorHandlers } from './errors.js';
import { hostCheckedServer } from './host-check.js';
import { mount, type RouteSpec } from './http.js';
import { clearStaleIdempotency } from './idempotency.js';
import { loadKeys, migrateSecrets } from './keys.js';
import { createLogger, createRequestLogger, lazyRequestLogger, pathOf, RequestLineController } from './logging.js';
import { createMailer } from './mail.js';
import { createMailRelay } from './mail-relay.js';
import { createMailboxApp } from './mailbox-http.js';
import { mailOwner } from './mail-owner.js';
import { accountRoutes } from './routes/accounts.js';
import { directoryRoutes } from './routes/directory.js';
import { loginRoutes } from './routes/logins.js';
import { limitRoutes } from './routes/limits.js';
import { meRoutes } from './routes/me.js';
import { operationRoutes } from './routes/operations.js';
import { receiptRoutes } from './routes/receipts.js';
import { sessionRoutes } from './routes/sessions.js';
import { startOfUseRoutes } from './routes/start-of-use.js';
import { systemRoutes } from './routes/system.js';
import { seed } from './seed.js';
import { MailStore, startSink, type Sink } from './sink.js';
import { TesterControls } from './tester/controls.js';
import { installFaults } from './tester/faults.js';
import { installTesterGuard, mailboxOrigins } from './tester/guard.js';
import { gateMailer } from './tester/mail-gate.js';
import { testerRoutes } from './tester/routes.js';

export const API_BODY_LIMIT = 64 * 1024;

export interface BankOptions {
  /** A clock for tests (milliseconds since the epoch). */
  now?: () => number;
  /** Where the log goes (default stdout). */
  logDestination?: DestinationStream;
  /** Check every 2xx answer against its route's schema (tests; a running bank checks input only). */
  checkResponses?: boolean;
}

export interface RunningBank {
  apiUrl: string;
  mailboxUrl: string;
  smtpPort: number;
  /** Every method and path the API server answers (for the OpenAPI coverage check). */
  routes: { method: string; url: string }[];
  close(): Promise<void>;
}

function addressOf(app: FastifyInstance): number {
  const a = app.server.address();
  if (!a || typeof a === 'string') throw new Error('server has no port');
  return a.port;
}

export async function startBank(config: BankConfig, options: BankOptions = {}): Promise<RunningBank> {
  const log: Logger = createLogger(config.logLevel, options.logDestination);
  // The bank's clock: the real (or test) clock plus the tester controls' offset (0 unless moved).
  const tester = new TesterControls(options.now ?? Date.now);
  const now = tester.now;
  const db = openDb(config.dbPath);
  const cleanups: (() => Promise<void> | void)[] = [() => void db.close()];
  let shuttingDown = false;
  const closeAll = async () => {
    shuttingDown = true;
    for (const c of cleanups.reverse()) await c();
  };
  try {
    if (config.reset) wipe(db);
    if (!isSeeded(db)) await seed(db, now(), { extra: config.extraMailCustomers });
    const keys = loadKeys(config.dbPath, config.secretKey);
    migrateSecrets(db, keys);
    const store = new MailStore();
    const sink: Sink = await startSink(config.host, config.smtpPort, store, log, now);
    cleanups.push(() => sink.close());
    const mailer = gateMailer(createMailer(config.host, sink.port, log, config.smtpRelay && createMailRelay(config.smtpRelay, log)), log, () => tester.changed());
    tester.mail = mailer;
    cleanups.push(() => mailer.close());
    const ctx: BankContext = { db, config, now, keys, mailer, log };
    clearStaleIdempotency(ctx);
    store.ownerOf = mailOwner(ctx);
    let mailboxPort = config.mailboxPort;

    const requestLog = createRequestLogger(log, options.logDestination === undefined);
    let answeredDirectly = 0;
    // A foreign Host, and any request once the bank is shutting down, is answered by the server
    // itself, before Fastify (host-check.ts); it is logged like the rest.
    const serverFactory = hostCheckedServer((req, status, code) => {
      answeredDirectly += 1;
      if (!requestLog.enabled()) return;
      requestLog.line({ req: { id: `direct-${answeredDirectly}`, method: req.method ?? '', path: pathOf(req.url ?? ''), route: null }, res: { status, code, replayed: false }, customer: null, ms: 0 });
    }, () => shuttingDown);
    const api = Fastify({ serverFactory, loggerInstance: log as FastifyBaseLogger, childLoggerFactory: lazyRequestLogger, logController: new RequestLineController(requestLog), bodyLimit: API_BODY_LIMIT, return503OnClosing: true });
    api.removeContentTypeParser('text/plain'); // JSON only: anything else is 415
    const routes: { method: string; url: string }[] = [];
    api.addHook('onRoute', (r) => {
      for (const m of [r.method].flat()) if (m !== 'HEAD') routes.push({ method: m, url: r.url });
    });
    installErrorHandlers(api);
    if (config.testerControls) {
      installTesterGuard(api, () => mailboxOrigins(mailboxPort));
      installFaults(api, tester, log);
    }
    const testerSpecs = config.testerControls ? testerRoutes(ctx, tester, store) : [];
    const specs: RouteSpec[] = [];
    specs.push(
      ...systemRoutes(() => specs),
      ...sessionRoutes(ctx),
      ...meRoutes(ctx),
      ...limitRoutes(ctx),
      ...loginRoutes(ctx),
      ...accountRoutes(ctx),
      ...directoryRoutes(),
      ...startOfUseRoutes(ctx),
      ...operationRoutes(ctx),
      ...receiptRoutes(ctx),
      ...testerSpecs,
    );
    for (const spec of specs) mount(api, ctx, spec, options.checkResponses === true);
    cleanups.push(() => requestLog.close()); // after the API has closed (cleanups run last first)
    await api.listen({ host: config.host, port: config.apiPort });
    cleanups.push(() => api.close());

    const mailbox = createMailboxApp(store, { ctx, tester: config.testerControls ? { controls: tester, routes: testerSpecs } : null });
    await mailbox.listen({ host: config.host, port: config.mailboxPort });
    mailboxPort = addressOf(mailbox);
    if (config.testerControls) log.info({ tester: { controls: true } }, 'tester controls are on (BANK_TESTER_CONTROLS=1)');
    cleanups.push(() => mailbox.close());

    let closing: Promise<void> | null = null;
    return {
      apiUrl: `http://${config.host}:${addressOf(api)}`,
      mailboxUrl: `http://${config.host}:${addressOf(mailbox)}`,
      smtpPort: sink.port,
      routes,
      close: () => (closing ??= closeAll()),
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
