// `npm run test:soak`: the reliability suites (tests/integration/reliability) with their soak counts
// — e.g. 1,000 randomized transfers through the fault proxy, 10,000 malformed requests per IPC
// channel, 10 crash-and-restart rounds — then the summary table (suite, cases tried, failures,
// duplicates, lost). Builds the bank, the host and the renderer first when they are missing or stale.
//
// Options:
//   --seed=<n>          reuse a fast-check seed (a failing run prints the one it used)
//   --only=<a,b>        run only these suites (file names without .test.ts, e.g. fault-transfers)
//   --ci                use the CI counts instead (what `npm test` runs)
// Single counts can be set with RELIABILITY_<NAME>=<n> (see tests/support/reliability-summary.ts).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatSummary, readSummaryRows } from './reliability-table.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const summaryDir = path.join(root, 'test-results/reliability-summary');
const suitesDir = path.join(root, 'tests/integration/reliability');

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Builds `target` when its output is missing or older than the sources it comes from. */
function buildIfStale(target, output, sources) {
  const built = existsSync(output) ? statSync(output).mtimeMs : 0;
  const src = Math.max(...sources.map((s) => newest(path.join(root, s))));
  if (built >= src) return;
  console.log(`soak: building ${target} …`);
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), target], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`soak: building ${target} failed`);
    process.exit(2);
  }
}

buildIfStale('bank', path.join(root, 'dist/bank/main.mjs'), ['mock-bank', 'src-shared']);
buildIfStale('host', path.join(root, 'dist/host/main.cjs'), ['src-main/core', 'src-main/browser-host', 'src-shared']);
buildIfStale('renderer', path.join(root, 'dist/renderer/index.html'), ['src-renderer', 'src-shared']);

const only = option('only')?.split(',').filter(Boolean);
const files = readdirSync(suitesDir)
  .filter((f) => f.endsWith('.test.ts'))
  .filter((f) => !only || only.includes(f.replace(/\.test\.ts$/, '')))
  .map((f) => path.join('tests/integration/reliability', f));
if (files.length === 0) {
  console.error(`soak: no suite matches --only=${only?.join(',')}`);
  process.exit(2);
}

rmSync(summaryDir, { recursive: true, force: true });
const env = { ...process.env, ...(args.includes('--ci') ? {} : { RELIABILITY_SOAK: '1' }) };
const seed = option('seed');
if (seed !== undefined) env.RELIABILITY_SEED = seed;
const started = Date.now();
const code = await new Promise((resolve) => {
  const child = spawn(path.join(root, 'node_modules/.bin/vitest'), ['run', '--project', 'integration', '--testTimeout=3600000', '--hookTimeout=600000', ...files], { cwd: root, env, stdio: 'inherit' });
  child.on('error', (e) => {
    console.error(`soak: could not start vitest: ${e.message}`);
    resolve(127);
  });
  child.on('exit', (c, signal) => resolve(c ?? (signal ? 128 : 1)));
});

const rows = readSummaryRows(summaryDir);
if (rows.length === 0) console.error('soak: no summary was written');
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(`\nReliability summary (${args.includes('--ci') ? 'CI' : 'soak'} counts, ${minutes} min):\n\n${formatSummary(rows)}\n`);
const bad = rows.filter((r) => r.failures || r.duplicates || r.lost);
for (const r of bad) if (r.note) console.log(`${r.suite}: ${r.note}`);
if (bad.length && seed === undefined) console.log('Rerun with the printed seed: npm run test:soak -- --seed=<n> --only=<suite>');
process.exit(code !== 0 ? code : bad.length ? 1 : 0);
