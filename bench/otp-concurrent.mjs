// OTP mail under load: 50 customers working at once, each logging in, starting an ad-hoc transfer
// (its mail-notified password is mailed) and authorizing it with that password. The bank is started
// with BANK_EXTRA_MAIL_CUSTOMERS=50, so the 50 are distinct customers (mail-user-001 …), each with
// its own session, password, lock and limits (the login lock at its default), under BANK_BENCH_ENV.
// Figure: the p99 of create → mail in the mailbox API (the mailbox's own receivedAt) over every
// transfer.
import { isMain, runAlone } from './lib/cli.mjs';
import { call, clearMailbox, extraMailCustomers, fullTransfer, login } from './lib/bank-api.mjs';
import { watchMail } from './lib/mail-watch.mjs';
import { startBank } from './lib/processes.mjs';
import { describe, percentile, summarize } from './lib/stats.mjs';

const WORKERS = Number(process.env.BENCH_CONCURRENT_CUSTOMERS ?? 50);
const ROUNDS = Number(process.env.BENCH_CONCURRENT_ROUNDS ?? 2);
const WARM_UP_CUSTOMERS = 2;
const LIMIT = 50;

export async function run() {
  const bank = await startBank({ BANK_EXTRA_MAIL_CUSTOMERS: String(WORKERS) });
  const watcher = watchMail(bank.mailboxUrl);
  const customers = extraMailCustomers(WORKERS);
  try {
    await watcher.ready;
    const accounts = new Map();
    for (const u of customers) {
      const token = await login(bank.apiUrl, u);
      accounts.set(u.loginId, (await call(bank.apiUrl, 'GET', '/api/v1/accounts', undefined, token)).accounts[0].id);
      if (customers.indexOf(u) < WARM_UP_CUSTOMERS) {
        for (let i = 0; i < 5; i++) await fullTransfer(bank.apiUrl, watcher, token, u, accounts.get(u.loginId));
      }
      await call(bank.apiUrl, 'DELETE', '/api/v1/sessions/current', undefined, token);
    }
    await clearMailbox(bank.mailboxUrl);
    watcher.forget();
    const samples = [];
    const logins = [];
    const t0 = performance.now();
    for (let round = 0; round < ROUNDS; round++) {
      await Promise.all(customers.map(async (u) => {
        const l0 = performance.now();
        const token = await login(bank.apiUrl, u);
        logins.push(performance.now() - l0);
        samples.push(await fullTransfer(bank.apiUrl, watcher, token, u, accounts.get(u.loginId)));
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
      note: `${WORKERS} distinct customers (BANK_EXTRA_MAIL_CUSTOMERS), all at once, ${ROUNDS} rounds; the login lock at its default, OTP issue cap and daily limits raised by env so they do not interfere; mails read through one watcher of the mailbox's event stream. Each transfer's login and authorize run a scrypt (about 40 ms of CPU each), so ${WORKERS} customers at once queue for the 2 cores. p50 ${percentile(visible, 50)} ms; login p50 ${percentile(logins, 50).toFixed(0)} ms; whole transfer p50 ${percentile(samples.map((s) => s.total), 50).toFixed(0)} ms`,
      details: { visible: summarize(visible), login: summarize(logins), create: summarize(samples.map((s) => s.create)), authorize: summarize(samples.map((s) => s.authorize)), total: summarize(samples.map((s) => s.total)), seconds },
    }];
  } finally {
    watcher.close();
    await bank.stop();
  }
}

if (isMain(import.meta.url)) await runAlone(run);
