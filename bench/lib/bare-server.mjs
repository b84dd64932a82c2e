// The baseline for GET /accounts: bare Fastify and better-sqlite3 reading the same rows of the
// same database file, with no auth, no schema check and no logging.
// Usage: node bench/lib/bare-server.mjs <db file> <customer id>   → prints BARE_READY <url>
import Database from 'better-sqlite3';
import Fastify from 'fastify';

const [dbPath, customerId] = process.argv.slice(2);
const db = new Database(dbPath, { readonly: true, fileMustExist: true });
const select = db.prepare('SELECT id, branch_name, type, number, balance FROM accounts WHERE customer_id = ? ORDER BY id');
const app = Fastify({ logger: false });
app.get('/accounts', async () => ({
  accounts: select.all(Number(customerId)).map((r) => ({ id: r.id, branchName: r.branch_name, type: r.type, number: r.number, balance: r.balance })),
}));
// The HTTP floor for the capacity benchmark's cost split: no database, no checks.
app.get('/ping', async () => ({ ok: true }));
const address = await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`BARE_READY ${address}\n`);
const stop = () => app.close().then(() => { db.close(); process.exit(0); });
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
