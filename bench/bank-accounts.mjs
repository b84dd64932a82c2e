// Figure 4: demo bank GET /accounts throughput and p99 under autocannon, against a bare Fastify +
// better-sqlite3 route reading the same rows from the same file, in the same run.
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { isMain, runAlone } from './lib/cli.mjs';
import { cpuMs } from './lib/cpu.mjs';
import { login } from './lib/bank-api.mjs';
import { startBank, startBare } from './lib/processes.mjs';

const DURATION_S = Number(process.env.BENCH_AUTOCANNON_S ?? 10);
const CONNECTIONS = 10;

function cannon(url, headers = {}) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers }, (err, res) => (err ? reject(err) : resolve(res)));
  });
}

async function warm(url, headers) {
  for (let i = 0; i < 200; i++) {
    const r = await fetch(url, { headers });
    if (!r.ok) throw new Error(`warm-up ${url}: ${r.status}`);
    await r.arrayBuffer();
  }
}

const summary = (r, cpu) => ({
  rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, total: r.requests.total, non2xx: r.non2xx, errors: r.errors,
  cpuUsPerRequest: cpu === null ? null : Math.round((cpu * 1000) / r.requests.total),
});

/** autocannon against `url`, with the server's CPU time over the run. */
async function measure(url, pid, headers) {
  const c0 = cpuMs(pid);
  const r = await cannon(url, headers);
  const c1 = cpuMs(pid);
  return summary(r, c0 === null || c1 === null ? null : c1 - c0);
}

export async function run() {
  const bank = await startBank();
  let bare;
  try {
    const token = await login(bank.apiUrl);
    const db = new Database(bank.dbPath, { readonly: true });
    const { customer_id: customerId } = db.prepare(`SELECT customer_id FROM accounts WHERE id = 'acc_1234567'`).get();
    db.close();
    bare = await startBare(bank.dbPath, customerId);
    const bankUrl = new URL('/api/v1/accounts', bank.apiUrl).href;
    const bareUrl = new URL('/accounts', bare.url).href;
    const auth = { authorization: `Bearer ${token}` };
    const [a, b] = [await (await fetch(bankUrl, { headers: auth })).json(), await (await fetch(bareUrl)).json()];
    if (JSON.stringify(a.accounts) !== JSON.stringify(b.accounts)) throw new Error('the bare route does not answer the same rows as the bank');
    await warm(bankUrl, auth);
    await warm(bareUrl, {});
    // Baseline first, then the bank: each gets the whole machine for its 10 s.
    const base = await measure(bareUrl, bare.pid);
    const ours = await measure(bankUrl, bank.pid, auth);
    for (const [n, s] of [['bare', base], ['bank', ours]]) {
      console.log(`bank-accounts: ${n} ${Math.round(s.rps)} req/s, p50 ${s.p50} ms, p99 ${s.p99} ms, ${s.total} requests, non-2xx ${s.non2xx}, errors ${s.errors}, server CPU ${s.cpuUsPerRequest} µs/request (${CONNECTIONS} connections, ${DURATION_S} s)`);
    }
    if (ours.non2xx || ours.errors) throw new Error(`the bank answered ${ours.non2xx} non-2xx and ${ours.errors} errors`);
    const samples = `${DURATION_S} s × ${CONNECTIONS} connections`;
    return [
      {
        id: 'accounts-throughput', name: 'Bank GET /accounts throughput', unit: 'req/s', value: ours.rps,
        baseline: { label: 'bare Fastify + better-sqlite3', value: base.rps }, target: { kind: 'ratio-min', limit: 0.6 },
        samples: ours.total, details: { bank: ours, bare: base, duration: samples },
      },
      {
        id: 'accounts-p99', name: 'Bank GET /accounts p99 latency', unit: 'ms', value: ours.p99,
        baseline: { label: 'bare Fastify + better-sqlite3', value: base.p99 }, target: { kind: 'none' },
        samples: ours.total, details: { duration: samples },
      },
    ];
  } finally {
    await bare?.stop();
    await bank.stop();
  }
}

if (isMain(import.meta.url)) await runAlone(run);
