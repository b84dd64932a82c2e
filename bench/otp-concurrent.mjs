// OTP mail under load: 50 customers working at once, each in turn logging in, starting an ad-hoc
// transfer (its mail-notified password is mailed) and authorizing it with that password. The demo
// bank has two seed customers whose transfers are mailed, so the 50 are concurrent sessions of those
// two, under BANK_BENCH_ENV (no cap on passwords per hour, no daily limit in the way). The bank keeps
// one live password per customer, so each customer's transfers queue; at most two mails are in
// flight while the others log in and wait. Figure: the
// p99 of create → mail in the mailbox API (the mailbox's own receivedAt) over every transfer.
import { isMain, runAlone } from './lib/cli.mjs';
import { call, clearMailbox, fullTransfer, login, MAIL_CUSTOMERS } from './lib/bank-api.mjs';
import { watchMail } from './lib/mail-watch.mjs';
import { startBank } from './lib/processes.mjs';
import { describe, percentile, summarize } from './lib/stats.mjs';

const WORKERS = Number(process.env.BENCH_CONCURRENT_CUSTOMERS ?? 50);
const ROUNDS = Number(process.env.BENCH_CONCURRENT_ROUNDS ?? 2);
const LIMIT = 50;

// The bank keeps one live mail-notified password per customer (a newer one voids the others), so
// the transfers of one customer are taken one at a time; logins and waiting run all at once.
const queues = new Map();
function oneAtATime(key, job) {
  const next = (queues.get(key) ?? Promise.resolve()).then(job, job);
  queues.set(key, next.catch(() => undefined));
  return next;
}

export async function run() {
  const bank = await startBank();
  const watcher = watchMail(bank.mailboxUrl);
  try {
    await watcher.ready;
    const accounts = new Map();
    for (const u of MAIL_CUSTOMERS) {
      const token = await login(bank.apiUrl, u);
      accounts.set(u.loginId, (await call(bank.apiUrl, 'GET', '/api/v1/accounts', undefined, token)).accounts[0].id);
      for (let i = 0; i < 5; i++) await fullTransfer(bank.apiUrl, watcher, token, u, accounts.get(u.loginId)); // warm-up
    }
    await clearMailbox(bank.mailboxUrl);
    watcher.forget();
    const samples = [];
    const logins = [];
    const t0 = performance.now();
    for (let round = 0; round < ROUNDS; round++) {
      await Promise.all(Array.from({ length: WORKERS }, async (_, w) => {
        const u = MAIL_CUSTOMERS[w % MAIL_CUSTOMERS.length];
        const l0 = performance.now();
        const token = await login(bank.apiUrl, u);
        logins.push(performance.now() - l0);
        samples.push(await oneAtATime(u.loginId, () => fullTransfer(bank.apiUrl, watcher, token, u, accounts.get(u.loginId))));
        await call(bank.apiUrl, 'DELETE', '/api/v1/sessions/current', undefined, token).catch(() => undefined);
      }));
      await clearMailbox(bank.mailboxUrl);
      watcher.forget();
    }
    const seconds = (performance.now() - t0) / 1000;
    const visible = samples.map((s) => s.visible);
    console.log(`otp-concurrent: ${WORKERS} customers × ${ROUNDS} rounds in ${seconds.toFixed(1)} s`);
    console.log(`otp-concurrent: create → mail stored ${describe(visible)}`);
    console.log(`otp-concurrent: login                ${describe(logins)}`);
    for (const k of ['create', 'mail', 'authorize', 'total']) console.log(`otp-concurrent: ${k.padEnd(20)} ${describe(samples.map((s) => s[k]))}`);
    const p99 = percentile(visible, 99);
    return [{
      id: 'otp-mail-concurrent-p99', name: `OTP mail: create → in mailbox API, p99, ${WORKERS} customers at once (each: login, transfer, authorize)`, unit: 'ms', value: p99,
      target: { kind: 'max', limit: LIMIT }, samples: visible.length,
      note: `${WORKERS} concurrent sessions of the 2 mail-OTP seed customers, ${ROUNDS} rounds; one live password per customer, so each customer's transfers queue (at most 2 mails in flight while the rest log in and wait; 50 distinct customers need more seed customers); OTP issue cap, lock threshold and daily limits raised by env so they do not interfere; mails read through one watcher of the mailbox's event stream. p50 ${percentile(visible, 50)} ms; whole transfer p50 ${percentile(samples.map((s) => s.total), 50).toFixed(0)} ms`,
      details: { visible: summarize(visible), login: summarize(logins), create: summarize(samples.map((s) => s.create)), authorize: summarize(samples.map((s) => s.authorize)), total: summarize(samples.map((s) => s.total)), seconds },
    }];
  } finally {
    watcher.close();
    await bank.stop();
  }
}

if (isMain(import.meta.url)) await runAlone(run);
