// `npm test`: lint + type check, build, then the unit, integration, E2E and Electron suites.
// Every suite runs even when an earlier one failed, so one run shows everything; the last line is
// the plain summary `N passed, N failed, N skipped` summed over all suites.
// Options: --only=unit,integration (run a subset), --no-lint, --strict (implied by CI=true): a suite
// that skipped any test or did not run at all fails; only the Electron specs may skip, and only by a
// reason naming the Electron binary. After the summary come the names of the failed (and refused) tests.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatSummary, readSummaryRows } from './reliability-table.mjs';
import { playwrightOutcomes, strictCounts, vitestOutcomes } from './test-outcomes.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const reports = path.join(root, '.reports');
const reliabilityDir = path.join(reports, 'reliability-summary');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const strict = args.includes('--strict') || process.env.CI === 'true';
const env = { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', FORCE_COLOR: process.env.CI ? '0' : process.env.FORCE_COLOR ?? '1' };
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function run(cmd, cmdArgs, extraEnv = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, cmdArgs, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } });
    child.on('error', (e) => { console.error(`could not start ${cmd}: ${e.message}`); resolve(127); });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

function readJson(file) {
  try { return JSON.parse(readFileSync(file, 'utf8')); } catch { return null; }
}

/** Counts from a vitest JSON report; a missing report means the suite itself broke. */
function vitestCounts(file, exitCode) {
  const r = readJson(file);
  if (!r) return { passed: 0, failed: 1, skipped: 0, note: 'no report written' };
  const outcomes = vitestOutcomes(r);
  const failedSuites = (r.testResults ?? []).filter((t) => t.status === 'failed' && (t.assertionResults ?? []).length === 0).length;
  return {
    passed: r.numPassedTests ?? 0,
    failed: (r.numFailedTests ?? 0) + failedSuites + (exitCode !== 0 && !r.numFailedTests && !failedSuites ? 1 : 0),
    skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
    outcomes,
  };
}

/** Counts from a Playwright JSON report. */
function playwrightCounts(file, exitCode) {
  const r = readJson(file);
  if (!r?.stats) return { passed: 0, failed: 1, skipped: 0, note: 'no report written' };
  const s = r.stats;
  const failed = (s.unexpected ?? 0) + (exitCode !== 0 && !s.unexpected ? 1 : 0);
  return { passed: (s.expected ?? 0) + (s.flaky ?? 0), failed, skipped: s.skipped ?? 0, outcomes: playwrightOutcomes(r) };
}

const suites = [
  {
    name: 'lint',
    async run() {
      const eslint = await run(bin('eslint'), ['.', '--max-warnings=0']);
      const tsc = await run(bin('tsc'), ['-b']);
      return { passed: (eslint === 0) + (tsc === 0), failed: (eslint !== 0) + (tsc !== 0), skipped: 0 };
    },
  },
  {
    name: 'build',
    async run() {
      const code = await run(process.execPath, ['scripts/build.mjs']);
      return { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 };
    },
  },
  {
    name: 'unit',
    async run() {
      const out = path.join(reports, 'unit.json');
      const code = await run(bin('vitest'), ['run', '--project', 'unit', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
      return vitestCounts(out, code);
    },
  },
  {
    // Components in happy-dom with a real core and demo bank on loopback, on a fake clock.
    name: 'dom',
    async run() {
      const out = path.join(reports, 'dom.json');
      const code = await run(bin('vitest'), ['run', '--project', 'dom', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
      return vitestCounts(out, code);
    },
  },
  {
    name: 'integration',
    async run() {
      const out = path.join(reports, 'integration.json');
      const code = await run('sh', ['scripts/with-keyring.sh', bin('vitest'), 'run', '--project', 'integration', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], { RELIABILITY_SUMMARY: reliabilityDir });
      return vitestCounts(out, code);
    },
  },
  {
    name: 'e2e',
    config: 'tests/e2e/playwright.config.ts',
    keyring: true,
  },
  {
    name: 'electron',
    config: 'tests/electron/playwright.config.ts',
    // With no Electron binary the Electron specs skip; with one, the npm-start fallback spec does.
    maySkip: (reason) => /Electron binary/.test(reason),
  },
];

for (const s of suites) {
  if (!s.config) continue;
  s.run = async () => {
    if (!existsSync(path.join(root, s.config))) {
      console.log(`${s.name}: no suite at ${s.config} yet`);
      return { passed: 0, failed: strict ? 1 : 0, skipped: 0, note: 'suite not present' };
    }
    const out = path.join(reports, `${s.name}.json`);
    // The E2E suite runs with a real keychain too (remember / forget the login ID, language kept).
    const cmd = s.keyring ? ['sh', ['scripts/with-keyring.sh', bin('playwright')]] : [bin('playwright'), []];
    const code = await run(cmd[0], [...cmd[1], 'test', '-c', s.config, '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: out });
    return playwrightCounts(out, code);
  };
}

const selected = suites.filter((s) => (only ? only.includes(s.name) : !(args.includes('--no-lint') && s.name === 'lint')));
const totals = { passed: 0, failed: 0, skipped: 0 };
const rows = [];
const results = [];
for (const s of selected) {
  const started = Date.now();
  console.log(`\n=== ${s.name} ===`);
  const c = strict ? strictCounts(await s.run(), s.maySkip) : await s.run();
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  results.push({ name: s.name, ...c });
  rows.push(`${s.name.padEnd(12)} ${String(c.passed).padStart(5)} passed ${String(c.failed).padStart(4)} failed ${String(c.skipped).padStart(4)} skipped  ${secs.padStart(6)} s${c.note ? `  (${c.note})` : ''}`);
  totals.passed += c.passed;
  totals.failed += c.failed;
  totals.skipped += c.skipped;
}
const reliability = readSummaryRows(reliabilityDir);
if (reliability.length) console.log(`\n=== reliability (CI counts; npm run test:soak for the soak counts) ===\n${formatSummary(reliability)}`);
console.log(`\n=== summary${strict ? ' (strict: only the Electron-binary specs may skip)' : ''} ===`);
for (const r of rows) console.log(r);
for (const r of results) {
  for (const name of r.outcomes?.failed ?? []) console.log(`FAILED  ${r.name}: ${name}`);
  for (const t of r.refused ?? []) console.log(`SKIPPED (not allowed in strict mode)  ${r.name}: ${t.name}${t.reason ? ` — ${t.reason}` : ''}`);
}
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed === 0 ? 0 : 1);
