// `npm run bench`: builds what is stale, runs every benchmark one after the other, prints the table
// and writes bench/results/latest.json and latest.md (the run before is kept as previous.*).
// Only some: `npm run bench -- login-size core-start`.
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { ensureBuilt } from './lib/build.mjs';
import { machine, machineLine } from './lib/machine.mjs';
import { fromRoot } from './lib/paths.mjs';
import { evaluate, formatTable, tally } from './lib/report.mjs';

const BENCHMARKS = ['login-size', 'login-tti', 'renderer-heap', 'bank-accounts', 'otp-mail', 'core-transfer', 'core-start'];

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const w of wanted) if (!BENCHMARKS.includes(w)) throw new Error(`no benchmark called ${w} (have: ${BENCHMARKS.join(', ')})`);
const chosen = wanted.length ? BENCHMARKS.filter((b) => wanted.includes(b)) : BENCHMARKS;

const started = Date.now();
const built = ensureBuilt();
const before = machine();
console.log(`machine: ${machineLine(before)}`);
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
const seconds = Math.round((Date.now() - started) / 1000);
const table = formatTable(figures);
const counts = tally(figures);
const dir = fromRoot('bench/results');
mkdirSync(dir, { recursive: true });
for (const ext of ['json', 'md']) if (existsSync(`${dir}/latest.${ext}`)) renameSync(`${dir}/latest.${ext}`, `${dir}/previous.${ext}`);
const result = { date: new Date(started).toISOString(), seconds, built, machine: { ...before, loadAverageAfter: after.loadAverage }, benchmarkSeconds: timings, counts, figures: evaluate(figures) };
writeFileSync(`${dir}/latest.json`, `${JSON.stringify(result, null, 2)}\n`);
const md = [
  `# Benchmark results`,
  '',
  `${result.date}, ${seconds} s. Machine: ${machineLine(before)}; load after: ${after.loadAverage.join(' ')}.`,
  `Counts: ${counts.pass} pass, ${counts.fail} fail, ${counts.error} did not finish, ${counts.info} for information.`,
  '',
  table,
  '',
].join('\n');
writeFileSync(`${dir}/latest.md`, md);
console.log(`\n${table}\n\n${counts.pass} pass, ${counts.fail} fail, ${counts.error} error, ${counts.info} info — ${seconds} s; written to bench/results/latest.{json,md}`);
process.exitCode = counts.error ? 1 : 0;
