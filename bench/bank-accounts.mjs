// Figure 4: demo bank GET /accounts throughput and p99 under autocannon, the bank at its default log
// level (info, one line per request, written to a file), against a bare Fastify +
// better-sqlite3 route reading the same rows from the same file, in the same run.
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { isMain, runAlone } from './lib/cli.mjs';
import { cpuMs } from './lib/cpu.mjs';
import { login } from './lib/bank-api.mjs';
import { startBank, startBare } from './lib/processes.mjs';
import { median } from './lib/stats.mjs';

const DURATION_S = Number(process.env.BENCH_AUTOCANNON_S ?? 10);
const CONNECTIONS = 10;
// Each side gets DURATION_S in all, in slices taken in turn, so that load from other processes on a
// shared machine falls on both alike.
const SLICES = 5;
const WARMUP_S = 3;

function cannon(url, headers, seconds) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: seconds, headers }, (err, res) => (err ? reject(err) : resolve(res)));
  });
}

/** A check that the route answers 200, then load until the JIT has settled (the bank's first second ran at half speed). */
async function warm(url, headers) {
  const r = await fetch(url, { headers });
  if (!r.ok) throw new Error(`warm-up ${url}: ${r.status}`);
  await r.arrayBuffer();
  await cannon(url, headers, WARMUP_S);
}

/** One slice of autocannon against `url`, with the server's CPU time over it. */
async function slice(url, pid, headers, seconds) {
  const c0 = cpuMs(pid);
  const r = await cannon(url, headers, seconds);
  const c1 = cpuMs(pid);
  return { total: r.requests.total, seconds: r.duration, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors, cpuMs: c0 === null || c1 === null ? null : c1 - c0 };
}

/** Requests per second over all slices; latency percentiles as the median of the slices'. */
function combine(slices) {
  const total = slices.reduce((a, x) => a + x.total, 0);
  const seconds = slices.reduce((a, x) => a + x.seconds, 0);
  const cpu = slices.every((x) => x.cpuMs !== null) ? slices.reduce((a, x) => a + x.cpuMs, 0) : null;
  return {
    rps: total / seconds, p50: median(slices.map((x) => x.p50)), p99: median(slices.map((x) => x.p99)), total,
    non2xx: slices.reduce((a, x) => a + x.non2xx, 0), errors: slices.reduce((a, x) => a + x.errors, 0),
    cpuUsPerRequest: cpu === null ? null : Math.round((cpu * 1000) / total), slicesRps: slices.map((x) => Math.round(x.total / x.seconds)),
  };
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
    const bareSlices = [];
    const bankSlices = [];
    for (let i = 0; i < SLICES; i++) {
      bareSlices.push(await slice(bareUrl, bare.pid, {}, DURATION_S / SLICES));
      bankSlices.push(await slice(bankUrl, bank.pid, auth, DURATION_S / SLICES));
    }
    const base = combine(bareSlices);
    const ours = combine(bankSlices);
    for (const [n, s] of [['bare', base], ['bank', ours]]) {
      console.log(`bank-accounts: ${n} ${Math.round(s.rps)} req/s, p50 ${s.p50} ms, p99 ${s.p99} ms, ${s.total} requests, non-2xx ${s.non2xx}, errors ${s.errors}, server CPU ${s.cpuUsPerRequest} µs/request (${CONNECTIONS} connections, ${DURATION_S} s in ${SLICES} slices taken in turn: ${s.slicesRps.join(', ')} req/s)`);
    }
    if (ours.non2xx || ours.errors) throw new Error(`the bank answered ${ours.non2xx} non-2xx and ${ours.errors} errors`);
    const samples = `${DURATION_S} s × ${CONNECTIONS} connections, ${SLICES} slices in turn with the baseline; p99 is the median of the slices'`;
    const ratio = ours.rps / base.rps;
    const cpuRatio = ours.cpuUsPerRequest && base.cpuUsPerRequest ? base.cpuUsPerRequest / ours.cpuUsPerRequest : null;
    const swing = (xs) => `${Math.min(...xs)}–${Math.max(...xs)}`;
    const note = ratio >= 0.8 ? undefined
      : `server CPU per request: bank ${ours.cpuUsPerRequest} µs, bare ${base.cpuUsPerRequest} µs (by CPU the bank does ${cpuRatio === null ? '?' : Math.round(cpuRatio * 100)} % of the bare rate). On top of the bare route each request has its Host checked (in the HTTP server, before Fastify), hashes the token and finds its session (read again from SQLite only after the bank has written something), gets the two security headers on its reply, and writes its request line (through Fastify's LogController, gathered and written out with the others of the last 25 ms); the idle expiry is written back at most once a second, the pino child logger is built only when something logs through it, and the answer is not parsed again with zod (the bank tests check answers against their schemas). Timed inside the bank under this load (2026-12-07, performance.now around each part, quiet phase): Host check 0.4 µs, Fastify up to the route 1.9, session 2.0, the route's SQL and rows 8.9 (bare 7.8), reply and socket write 21 (bare 13-18, mostly the write system call), request line 2.5. Slices ranged ${swing(ours.slicesRps)} req/s (bank) and ${swing(base.slicesRps)} (bare)`;
    return [
      {
        id: 'accounts-throughput', name: 'Bank GET /accounts throughput (bank at its default log level, info)', unit: 'req/s', value: ours.rps,
        baseline: { label: 'bare Fastify + better-sqlite3', value: base.rps }, target: { kind: 'ratio-min', limit: 0.8 },
        samples: ours.total, note, details: { bank: ours, bare: base, duration: samples },
      },
      {
        id: 'accounts-cpu', name: 'Bank GET /accounts server CPU per request', unit: 'µs', value: ours.cpuUsPerRequest,
        baseline: { label: 'bare Fastify + better-sqlite3', value: base.cpuUsPerRequest }, target: { kind: 'none' }, samples: ours.total,
        note: 'from /proc: CPU time of the server process over the run divided by the requests answered; far less sensitive to other load than req/s',
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
