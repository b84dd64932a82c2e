// Figure 5: OTP mail delivery. From the start of POST /operations (a transfer to a new payee, so a
// mail-notified password is sent) until the mail is in the mailbox API. The moment it became
// visible is the mailbox's own receivedAt (stamped when the sink stores it, same clock), so the
// measurement's polling does not load the bank while it works; the first poll that saw it is
// reported too. Also login and GET /accounts round trips, as the old bank-latency script did.
import { isMain, runAlone } from './lib/cli.mjs';
import { call, clearMailbox, login, MAIL_USER, TRANSFER, waitForMail } from './lib/bank-api.mjs';
import { startBank } from './lib/processes.mjs';
import { describe, percentile, summarize } from './lib/stats.mjs';

const SAMPLES = Number(process.env.BENCH_OTP_SAMPLES ?? 200);
const WARMUP = 10;
const POLL_MS = Number(process.env.BENCH_OTP_POLL_MS ?? 10);

export async function run() {
  const bank = await startBank();
  try {
    const loginMs = [];
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      await login(bank.apiUrl, { loginId: 'token-user', password: 'demo-login-1' });
      loginMs.push(performance.now() - t0);
    }
    const token = await login(bank.apiUrl);
    const accountsMs = [];
    for (let i = 0; i < 200; i++) {
      const t0 = performance.now();
      await call(bank.apiUrl, 'GET', '/api/v1/accounts', undefined, token);
      accountsMs.push(performance.now() - t0);
    }
    const visible = [];
    const polled = [];
    const created = [];
    for (let i = 0; i < WARMUP + SAMPLES; i++) {
      const wall0 = Date.now();
      const t0 = performance.now();
      const op = await call(bank.apiUrl, 'POST', '/api/v1/operations', TRANSFER, token);
      const t1 = performance.now();
      const mail = await waitForMail(bank.mailboxUrl, MAIL_USER.address, op.otp.reference, POLL_MS);
      const t2 = performance.now();
      if (i >= WARMUP) {
        created.push(t1 - t0);
        visible.push(Math.max(0, Date.parse(mail.receivedAt) - wall0));
        polled.push(t2 - t0);
      }
      await clearMailbox(bank.mailboxUrl);
    }
    console.log(`otp-mail: login (scrypt)            ${describe(loginMs)}`);
    console.log(`otp-mail: GET /accounts             ${describe(accountsMs)}`);
    console.log(`otp-mail: POST /operations answered ${describe(created)}`);
    console.log(`otp-mail: mail stored (receivedAt)  ${describe(visible)}  (1 ms clock resolution)`);
    console.log(`otp-mail: first poll that saw it    ${describe(polled)}  (polled every ${POLL_MS} ms)`);
    const details = { created: summarize(created), visible: summarize(visible), firstPoll: summarize(polled), login: summarize(loginMs), accounts: summarize(accountsMs), warmup: WARMUP };
    return [
      { id: 'otp-mail-p50', name: 'OTP mail: create → in mailbox API, p50', unit: 'ms', value: percentile(visible, 50), target: { kind: 'max', limit: 15 }, samples: visible.length, details },
      { id: 'otp-mail-p99', name: 'OTP mail: create → in mailbox API, p99', unit: 'ms', value: percentile(visible, 99), target: { kind: 'max', limit: 50 }, samples: visible.length },
    ];
  } finally {
    await bank.stop();
  }
}

if (isMain(import.meta.url)) await runAlone(run);
