// GET /api/v1/accounts served with some of the demo bank's layers, each taken from the bank's own
// code, for bank-accounts.mjs to measure what each adds to a request's CPU time:
//   route    Fastify without a logger; the bank's database connection (openDb: its pragmas and
//            statement cache), its SQL and its rows-to-JSON mapping, answered as the bank's routes do
//   log      + the bank's logger at info: the one line per request (RequestLineController, lines
//            gathered and written out together), request.log built at its first use
//   edge     + the Host check in the HTTP server, the two security headers, the error and not-found
//            handlers and 503 while closing (the body limit has nothing to do on a GET)
//   session  + the bearer token checked against the sessions table (authenticate)
// Its log goes to stdout, as the bank's does (the benchmarks send both to a file).
// Usage: node accounts-layers-server.mjs <db file> <customer id> <layer>  → LAYERS_READY <url>
import Fastify, { type FastifyBaseLogger, type FastifyServerFactory, type FastifyServerOptions } from 'fastify';
import { authenticate } from '../mock-bank/auth.js';
import type { BankContext } from '../mock-bank/context.js';
import { openDb } from '../mock-bank/db.js';
import { installErrorHandlers } from '../mock-bank/errors.js';
import { hostCheckedServer } from '../mock-bank/host-check.js';
import { createLogger, createRequestLogger, lazyRequestLogger, RequestLineController } from '../mock-bank/logging.js';
import { API_SECURITY_HEADERS } from '../mock-bank/security-headers.js';

const LAYERS = ['route', 'log', 'edge', 'session'] as const;

const [dbPath, customerText, layer] = process.argv.slice(2);
const depth = LAYERS.indexOf(layer as (typeof LAYERS)[number]);
if (!dbPath || depth < 0) throw new Error(`usage: <db file> <customer id> <${LAYERS.join('|')}>`);
const customerId = Number(customerText);
const withLog = depth >= 1;
const withEdge = depth >= 2;
const withSession = depth >= 3;

const db = openDb(dbPath);
const log = createLogger('info');
// Only what authenticate reads: the database, the clock and the session lifetimes, as the
// benchmarks' bank has them (BANK_BENCH_ENV's idle timeout, the default maximum).
const ctx = { db, now: Date.now, config: { sessionTtlSeconds: 3600, sessionMaxSeconds: 3600 } } as unknown as BankContext;

const options: FastifyServerOptions & { serverFactory?: FastifyServerFactory } = withLog
  ? { loggerInstance: log as FastifyBaseLogger, childLoggerFactory: lazyRequestLogger, logController: new RequestLineController(createRequestLogger(log, true)) }
  : { logger: false };
if (withEdge) Object.assign(options, { serverFactory: hostCheckedServer(() => undefined), return503OnClosing: true });
const app = Fastify(options);
if (withEdge) {
  app.removeContentTypeParser('text/plain');
  installErrorHandlers(app);
}

const URL_PATTERN = '/api/v1/accounts';
const SQL = `SELECT id, branch_name, type, number, balance FROM accounts WHERE customer_id = ? ORDER BY id`;
app.route({
  method: 'GET', url: URL_PATTERN,
  handler: (request, reply) => {
    request.routeUrl = URL_PATTERN;
    const owner = withSession ? authenticate(ctx, request, false).customerId : customerId;
    const rows = db.prepare(SQL).all(owner) as { id: string; branch_name: string; type: string; number: string; balance: number }[];
    const accounts = rows.map((r) => ({ id: r.id, branchName: r.branch_name, type: r.type, number: r.number, balance: r.balance }));
    if (withEdge) void reply.headers(API_SECURITY_HEADERS);
    void reply.status(200).send({ accounts });
  },
});

const address = await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`LAYERS_READY ${address}\n`);
const stop = () => void app.close().then(() => {
  db.close();
  process.exit(0);
});
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
