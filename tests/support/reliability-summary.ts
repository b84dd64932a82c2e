/**
 * Shared pieces of the reliability suites: case counts (a CI default, a larger soak count, or an
 * explicit override from the environment), the fast-check seed (printed, reusable), and the summary
 * table (suite, cases tried, failures, duplicates, lost) each suite records when it ends.
 *
 * Environment:
 *  - RELIABILITY_SOAK=1            use the soak counts instead of the CI counts;
 *  - RELIABILITY_<NAME>=<n>        override one count (e.g. RELIABILITY_FAULT_TRANSFERS=200);
 *  - RELIABILITY_SEED=<n>          the fast-check seed (otherwise a random one, printed);
 *  - RELIABILITY_SUMMARY=<file>    where rows are collected (default test-results/reliability-summary.json).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const SUMMARY_FILE = process.env.RELIABILITY_SUMMARY ?? path.join(root, 'test-results/reliability-summary.json');

export function isSoak(): boolean {
  return process.env.RELIABILITY_SOAK === '1';
}

/** How many cases to run for `name`: the override, else the soak or the CI count. */
export function caseCount(name: string, ci: number, soak: number): number {
  const raw = process.env[`RELIABILITY_${name}`];
  if (raw !== undefined && /^\d{1,7}$/.test(raw) && Number(raw) > 0) return Number(raw);
  return isSoak() ? soak : ci;
}

let seedCache: number | null = null;

/** One seed per test file: from RELIABILITY_SEED, or a fresh random one. */
export function runSeed(): number {
  if (seedCache !== null) return seedCache;
  const raw = process.env.RELIABILITY_SEED;
  seedCache = raw !== undefined && /^-?\d{1,10}$/.test(raw) ? Number(raw) | 0 : (Math.random() * 0x7fffffff) | 0;
  return seedCache;
}

/** The line that tells how to run a suite again with the same seed. */
export function rerunHint(file: string, seed = runSeed()): string {
  const rel = path.relative(root, file.startsWith('file:') ? fileURLToPath(file) : file);
  return `RELIABILITY_SEED=${seed} npx vitest run --project integration ${rel}`;
}

/**
 * Runs a fast-check assertion (`file`: the suite's import.meta.url), printing the seed first and, when it fails, how to rerun it with
 * that seed. Rethrows the failure.
 */
export async function withSeed<T>(file: string, label: string, run: (seed: number) => Promise<T>): Promise<T> {
  const seed = runSeed();
  console.log(`[reliability] ${label}: fast-check seed ${seed}`);
  try {
    return await run(seed);
  } catch (e) {
    console.error(`[reliability] ${label} FAILED with seed ${seed}. Rerun it with:\n  ${rerunHint(file, seed)}`);
    throw e;
  }
}

export interface SummaryRow {
  suite: string;
  tried: number;
  failures: number;
  duplicates: number;
  lost: number;
  seed?: number;
  seconds?: number;
  note?: string;
}

function readRows(): SummaryRow[] {
  try {
    const parsed: unknown = JSON.parse(readFileSync(SUMMARY_FILE, 'utf8'));
    return Array.isArray(parsed) ? (parsed as SummaryRow[]) : [];
  } catch {
    return [];
  }
}

/** Adds (or replaces, by suite name) a row in the summary file and prints it as a small table. */
export function recordSummary(row: SummaryRow): void {
  const rows = readRows().filter((r) => r.suite !== row.suite);
  rows.push(row);
  mkdirSync(path.dirname(SUMMARY_FILE), { recursive: true });
  writeFileSync(SUMMARY_FILE, `${JSON.stringify(rows, null, 2)}\n`);
  console.log(`\n${formatSummary([row])}\n`);
}

export function readSummary(): SummaryRow[] {
  return readRows();
}

/** A plain-text table: suite | cases tried | failures | duplicates | lost | seed | seconds. */
export function formatSummary(rows: readonly SummaryRow[]): string {
  const head = ['suite', 'cases tried', 'failures', 'duplicates', 'lost', 'seed', 'seconds'];
  const body = rows.map((r) => [r.suite, String(r.tried), String(r.failures), String(r.duplicates), String(r.lost), r.seed === undefined ? '-' : String(r.seed), r.seconds === undefined ? '-' : r.seconds.toFixed(1)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...body.map(line)].join('\n');
}

/** Counts a suite builds up while it runs, recorded once in afterAll. */
export class Tally {
  tried = 0;
  failures = 0;
  duplicates = 0;
  lost = 0;
  private readonly started = performance.now();
  readonly notes: string[] = [];
  constructor(readonly suite: string) {}

  /** Counts one case; `problem` (when given) is a failure, remembered for the report. */
  count(problem?: string): void {
    this.tried++;
    if (problem !== undefined) {
      this.failures++;
      if (this.notes.length < 10) this.notes.push(problem);
    }
  }

  record(seed?: number): void {
    recordSummary({
      suite: this.suite, tried: this.tried, failures: this.failures, duplicates: this.duplicates, lost: this.lost,
      ...(seed === undefined ? {} : { seed }),
      seconds: (performance.now() - this.started) / 1000,
      ...(this.notes.length ? { note: this.notes.join('; ') } : {}),
    });
  }
}
