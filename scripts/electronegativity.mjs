// Electronegativity over the Electron layer, offline, as part of `npm test`.
// Electronegativity itself exits 0 whatever it finds, so this script reads its findings and fails
// on any that the reviewed allow-list (src-main/electron/electronegativity-allowlist.json) does not
// explain, on any allow-list entry that no longer matches a finding, and on any file it could not
// parse (a file it cannot read is a file it did not check).
// Usage: node scripts/electronegativity.mjs [--input <dir>] [--allowlist <file>] [--json]
import dns from 'node:dns';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const input = path.resolve(option('input', path.join(root, 'src-main/electron')));
const allowlistFile = path.resolve(option('allowlist', path.join(root, 'src-main/electron/electronegativity-allowlist.json')));
const asJson = process.argv.includes('--json');

function fail(message) {
  console.error(`electronegativity: ${message}`);
  process.exit(2);
}

/** Reads and checks the allow-list: every entry needs an id, a file and a reason. */
function readAllowlist(file) {
  let data;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`cannot read the allow-list ${file}: ${e.message}`);
  }
  const allowed = Array.isArray(data?.allowed) ? data.allowed : fail('the allow-list has no "allowed" array');
  const excluded = Array.isArray(data?.excludedChecks) ? data.excludedChecks : [];
  for (const [i, e] of [...allowed, ...excluded].entries()) {
    if (typeof e?.reason !== 'string' || e.reason.trim().length < 20) fail(`allow-list entry ${i + 1} needs a reason (a sentence, not a word)`);
  }
  for (const [i, e] of allowed.entries()) {
    if (typeof e.id !== 'string' || typeof e.file !== 'string') fail(`allow-list entry ${i + 1} needs "id" and "file"`);
  }
  return { allowed, excluded: excluded.map((e) => String(e.check)) };
}

/** The scan never reaches the network: its translation and release look-ups fail at once. */
function offline() {
  dns.lookup = (host, options, callback) => {
    const cb = typeof options === 'function' ? options : callback;
    process.nextTick(cb, Object.assign(new Error(`offline scan: no look-up of ${host}`), { code: 'EOFFLINE' }));
  };
}

function electronVersion() {
  try {
    return JSON.parse(readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

function matches(entry, finding) {
  return entry.id === finding.id && entry.file === finding.file && (entry.sample === undefined || String(finding.sample ?? '').includes(entry.sample));
}

async function main() {
  const { allowed, excluded } = readAllowlist(allowlistFile);
  offline();
  const runnerModule = require('@doyensec/electronegativity/dist/runner.js');
  const run = runnerModule.default ?? runnerModule;
  // The scanner prints a note about translations; keep our output to the findings.
  const log = console.log;
  console.log = () => {};
  let result;
  try {
    result = await run({
      input, customScan: [], excludeFromScan: excluded, isRelative: true, parserPlugins: [],
      electronVersionOverride: electronVersion(),
    }, false);
  } finally {
    console.log = log;
  }
  const findings = result.issues.map((i) => ({
    id: i.id, file: i.file, line: i.location?.line ?? 0, column: i.location?.column ?? 0,
    severity: i.severity?.name ?? String(i.severity?.value ?? ''), confidence: i.confidence?.name ?? '', sample: i.sample ?? null, description: i.description,
  }));
  const unlisted = findings.filter((f) => !allowed.some((e) => matches(e, f)));
  const stale = allowed.filter((e) => !findings.some((f) => matches(e, f)));
  const parseErrors = result.errors.filter((e) => !e.tolerable).map((e) => ({ file: path.relative(input, e.file), message: e.message }));
  const summary = { input: path.relative(root, input) || '.', checks: result.globalChecks + result.atomicChecks, findings, unlisted, stale, parseErrors };
  if (asJson) {
    log(JSON.stringify(summary, null, 2));
  } else {
    log(`electronegativity: ${summary.checks} checks over ${summary.input}; ${findings.length} findings, ${findings.length - unlisted.length} explained in the allow-list`);
    for (const f of unlisted) log(`  NOT ALLOWED  ${f.id} (${f.severity}) ${f.file}:${f.line}:${f.column}  ${f.sample ?? ''}\n               ${f.description}`);
    for (const e of stale) log(`  STALE ENTRY  ${e.id} ${e.file}${e.sample ? ` "${e.sample}"` : ''}: no such finding any more; remove it from the allow-list`);
    for (const e of parseErrors) log(`  NOT PARSED   ${e.file}: ${e.message}`);
  }
  process.exit(unlisted.length || stale.length || parseErrors.length ? 1 : 0);
}

main().catch((e) => fail(e instanceof Error ? e.message : String(e)));
