// `npm run bench`: builds what is stale, runs every benchmark one after the other (or `--only <id>`),
// prints the table and writes bench/results/<date-time>.json. After a full run the README figures
// are generated from it (bench/lib/readme-table.mjs). Exits 1 when a target was missed or a
// benchmark did not finish, after printing everything.
// It runs itself under scripts/with-keyring.sh (a private, real Secret Service) unless it already is
// inside one or BENCH_NO_KEYRING=1; the desktop-mode rows say when the keychain could not be reached.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { ensureBuilt } from './lib/build.mjs';
import { keychainState } from './lib/keychain.mjs';
import { machine, machineLine } from './lib/machine.mjs';
import { fromRoot, root } from './lib/paths.mjs';
import { writeReadmeTables } from './lib/readme-table.mjs';
import { evaluate, formatTable, tally } from './lib/report.mjs';
import { chooseBenchmarks, exitCodeFor, resultsFileName } from './lib/results.mjs';

const BENCHMARKS = ['login-size', 'login-tti', 'renderer-heap', 'bank-accounts', 'otp-mail', 'otp-concurrent', 'core-transfer', 'capacity', 'core-start'];

if (!process.env.NETBANK_KEYRING_SESSION && process.env.BENCH_NO_KEYRING !== '1') {
  const r = spawnSync('sh', [fromRoot('scripts/with-keyring.sh'), process.execPath, ...process.argv.slice(1)], { cwd: root, stdio: 'inherit', env: { ...process.env, BENCH_NO_KEYRING: '1' } });
  process.exit(r.status ?? 1);
}

const only = process.argv.slice(2).length ? chooseBenchmarks(process.argv.slice(2), BENCHMARKS) : [];
const chosen = only.length ? only : BENCHMARKS;

const commit = (() => {
  try {
    const head = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src-main', 'src-renderer', 'src-shared', 'mock-bank', 'bench'], { cwd: root, encoding: 'utf8' }).trim();
    return dirty ? `${head} (with uncommitted changes)` : head;
  } catch {
    return 'unknown';
  }
})();

const started = new Date();
const built = ensureBuilt();
const before = { ...machine(), commit, keychain: keychainState() };
console.log(`machine: ${machineLine(before)}; keychain ${before.keychain}; commit ${commit}`);
const figures = [];
const timings = {};
for (const name of chosen) {
  console.log(`\n== ${name}`);
  console.log(`machine: ${machineLine()}`);
  const loadAtStart = machine().loadAverage[0];
  const t0 = Date.now();
  const { run } = await import(`./${name}.mjs`);
  try {
    for (const f of await run()) figures.push({ ...f, benchmark: name, loadAtStart });
  } catch (e) {
    console.error(`${name} failed: ${e instanceof Error ? e.stack : String(e)}`);
    const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
    figures.push({ id: name, benchmark: name, name: `${name} (did not finish)`, value: null, target: { kind: 'none' }, error: message, note: `did not finish: ${message}` });
  }
  timings[name] = Math.round((Date.now() - t0) / 100) / 10;
  console.log(`(${name}: ${timings[name]} s)`);
}

const after = machine();
const seconds = Math.round((Date.now() - started.getTime()) / 1000);
const counts = tally(figures);
const dir = fromRoot('bench/results');
mkdirSync(dir, { recursive: true });
const fileName = resultsFileName(started, only.length === BENCHMARKS.length ? [] : only);
const result = {
  date: started.toISOString(), seconds, complete: only.length === 0 || only.length === BENCHMARKS.length, benchmarks: chosen, built,
  machine: { ...before, loadAverageAfter: after.loadAverage }, benchmarkSeconds: timings, counts, figures: evaluate(figures),
};
writeFileSync(`${dir}/${fileName}`, `${JSON.stringify(result, null, 2)}\n`);
console.log(`\n${formatTable(figures)}\n\n${counts.pass} met, ${counts.fail} missed, ${counts.error} did not finish, ${counts.info} for information — ${seconds} s; load ${before.loadAverage.join(' ')} before, ${after.loadAverage.join(' ')} after; written to bench/results/${fileName}`);
if (result.complete) console.log(`README figures generated from bench/results/${writeReadmeTables(`${dir}/${fileName}`)}`);
process.exitCode = exitCodeFor(counts);
