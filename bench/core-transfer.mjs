// Figure 6: a whole ad-hoc transfer through the main core in this process, against the demo bank:
// operations.create → read the mail-notified password from the mailbox → operations.authorize.
import { pathToFileURL } from 'node:url';
import { randomUUID } from 'node:crypto';
import { isMain, runAlone } from './lib/cli.mjs';
import { clearMailbox, MAIL_USER, otpCode, TRANSFER, waitForMail } from './lib/bank-api.mjs';
import { bundle } from './lib/bundle.mjs';
import { startBank } from './lib/processes.mjs';
import { describe, percentile, summarize } from './lib/stats.mjs';

const SAMPLES = Number(process.env.BENCH_TRANSFER_SAMPLES ?? 50);
const WARMUP = 5;
const POLL_MS = 2;

async function must(promise, what) {
  const r = await promise;
  if (!r.ok) throw new Error(`${what}: ${r.error.code} ${r.error.message}`);
  return r.value;
}

export async function run() {
  const core = await import(pathToFileURL(await bundle('core-entry.ts', 'core.mjs')).href);
  const bank = await startBank();
  const c = await core.createCore(core.defaultConfig({ bankUrl: bank.apiUrl, logLevel: 'silent' }), { store: new core.MemoryCredentialStore(), log: core.silentLogger() });
  try {
    await must(c.dispatch('session.login', { loginId: MAIL_USER.loginId, password: MAIL_USER.password, rememberId: false }), 'login');
    const total = [];
    const parts = { create: [], mail: [], authorize: [] };
    for (let i = 0; i < WARMUP + SAMPLES; i++) {
      const t0 = performance.now();
      const op = await must(c.dispatch('operations.create', { intentId: randomUUID(), operation: TRANSFER }), 'create');
      const t1 = performance.now();
      const mail = await waitForMail(bank.mailboxUrl, MAIL_USER.address, op.otp.reference, POLL_MS);
      const t2 = performance.now();
      const done = await must(c.dispatch('operations.authorize', { operationId: op.id, intentId: randomUUID(), confirmationPassword: MAIL_USER.confirm, mailOtp: otpCode(mail) }), 'authorize');
      const t3 = performance.now();
      if (!done.receiptNumber && !done.status) throw new Error(`authorize answered ${JSON.stringify(done)}`);
      if (i >= WARMUP) {
        total.push(t3 - t0);
        parts.create.push(t1 - t0);
        parts.mail.push(t2 - t1);
        parts.authorize.push(t3 - t2);
      }
      await clearMailbox(bank.mailboxUrl);
    }
    console.log(`core-transfer: whole transfer     ${describe(total)}`);
    for (const [k, v] of Object.entries(parts)) console.log(`core-transfer:   ${k.padEnd(16)} ${describe(v)}`);
    return [{
      id: 'core-transfer-p50', name: 'Ad-hoc transfer through the core (create → mail → authorize), p50', unit: 'ms',
      value: percentile(total, 50), target: { kind: 'max', limit: 60 }, samples: total.length,
      details: { total: summarize(total), create: summarize(parts.create), mail: summarize(parts.mail), authorize: summarize(parts.authorize), warmup: WARMUP, mailPollMs: POLL_MS },
    }];
  } finally {
    await c.close();
    await bank.stop();
  }
}

if (isMain(import.meta.url)) await runAlone(run);
