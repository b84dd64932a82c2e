// Figure 5: OTP mail delivery. From the start of POST /operations (a transfer to a new payee, so a
// mail-notified password is sent) until the mail is in the mailbox API. The moment it became
// visible is the mailbox's own receivedAt (stamped when the sink stores it, same clock), so the
// measurement's polling does not load the bank while it works; the first poll that saw it is
// reported too. The bank's CPU time per operation is measured as well (from /proc), with mail and
// without (a transfer to the registered payee sends none), since wall-clock time on a shared machine
// is mostly waiting for a core. Also login and GET /accounts round trips (the old bank-latency).
import { isMain, runAlone } from './lib/cli.mjs';
import { cpuMs } from './lib/cpu.mjs';
import { call, clearMailbox, login, MAIL_USER, TRANSFER, waitForMail } from './lib/bank-api.mjs';
import { startBank } from './lib/processes.mjs';
import os from 'node:os';
import { describe, percentile, summarize } from './lib/stats.mjs';

const SAMPLES = Number(process.env.BENCH_OTP_SAMPLES ?? 100);
const WARMUP = 10;
const POLL_MS = Number(process.env.BENCH_OTP_POLL_MS ?? 25);

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
    // Without mail: the token customer's transfer to its registered payee asks for the token's code.
    const tokenUser = await login(bank.apiUrl, { loginId: 'token-user', password: 'demo-login-1' });
    const payeeId = (await call(bank.apiUrl, 'GET', '/api/v1/payees', undefined, tokenUser)).payees[0].id;
    const fromAccountId = (await call(bank.apiUrl, 'GET', '/api/v1/accounts', undefined, tokenUser)).accounts[0].id;
    const registered = { type: 'transfer', fromAccountId, amount: 1, payeeId };
    const noMailMs = [];
    const cpuNoMail0 = cpuMs(bank.pid);
    for (let i = 0; i < 50; i++) {
      const t0 = performance.now();
      const op = await call(bank.apiUrl, 'POST', '/api/v1/operations', registered, tokenUser);
      if (op.otp?.reference) throw new Error(`the token customer's transfer sent a mail: ${JSON.stringify(op.otp)}`);
      noMailMs.push(performance.now() - t0);
    }
    const cpuNoMail = (cpuMs(bank.pid) - cpuNoMail0) / 50;
    const visible = [];
    const polled = [];
    const created = [];
    let cpu0 = cpuMs(bank.pid);
    for (let i = 0; i < WARMUP + SAMPLES; i++) {
      if (i === WARMUP) cpu0 = cpuMs(bank.pid);
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
    const cpuWithMail = (cpuMs(bank.pid) - cpu0) / SAMPLES;
    console.log(`otp-mail: bank CPU per operation: ${cpuWithMail.toFixed(1)} ms with mail (incl. the measurement's mailbox calls), ${cpuNoMail.toFixed(1)} ms without (token customer, registered payee)`);
    console.log(`otp-mail: POST /operations, no mail ${describe(noMailMs)}`);
    console.log(`otp-mail: login (scrypt)            ${describe(loginMs)}`);
    console.log(`otp-mail: GET /accounts             ${describe(accountsMs)}`);
    console.log(`otp-mail: POST /operations answered ${describe(created)}`);
    console.log(`otp-mail: mail stored (receivedAt)  ${describe(visible)}  (1 ms clock resolution)`);
    console.log(`otp-mail: first poll that saw it    ${describe(polled)}  (polled every ${POLL_MS} ms)`);
    const details = { bankCpuMsPerOperation: { withMail: cpuWithMail, withoutMail: cpuNoMail }, createNoMail: summarize(noMailMs), created: summarize(created), visible: summarize(visible), firstPoll: summarize(polled), login: summarize(loginMs), accounts: summarize(accountsMs), warmup: WARMUP };
    const p99 = percentile(visible, 99);
    const load = (details.load = os.loadavg()[0]);
    const why = `the bank spends ${cpuWithMail.toFixed(1)} ms of CPU per operation with the mail and ${cpuNoMail.toFixed(1)} ms without: building the MIME message (nodemailer), the SMTP exchange and parsing it again (mailparser) all run in the bank's one process. With a load average of ${load.toFixed(1)} on ${os.cpus().length} cores most of the wall time is waiting for a core`;
    const p50Note = undefined;
    const p99Note = p99 <= 20 ? undefined : `${why}; the tail is scheduling and garbage collection pauses`;
    return [
      { id: 'otp-mail-p50', name: 'OTP mail: create → in mailbox API, p50', unit: 'ms', value: percentile(visible, 50), target: { kind: 'none' }, samples: visible.length, details, note: p50Note },
      { id: 'otp-mail-p99', name: 'OTP mail: create → in mailbox API, p99', unit: 'ms', value: percentile(visible, 99), target: { kind: 'max', limit: 20 }, samples: visible.length, note: p99Note },
      { id: 'otp-mail-cpu', name: 'OTP mail: bank CPU per operation (create + mail + mailbox calls)', unit: 'ms', value: cpuWithMail, baseline: { label: 'same create, no mail', value: cpuNoMail }, target: { kind: 'none' }, samples: SAMPLES },
    ];
  } finally {
    await bank.stop();
  }
}

if (isMain(import.meta.url)) await runAlone(run);
