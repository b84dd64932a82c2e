/**
 * Shared pieces of the reliability suites: case counts (a CI default, a larger soak count, or an
 * explicit override from the environment), the fast-check seed (printed, reusable), and the summary
 * table (suite, cases tried, failures, duplicates, lost) each suite records when it ends.
 *
 * Environment:
 *  - RELIABILITY_SOAK=1            use the soak counts instead of the CI counts;
 *  - RELIABILITY_<NAME>=<n>        override one count (e.g. RELIABILITY_FAULT_TRANSFERS=200);
 *  - RELIABILITY_SEED=<n>|random   the fast-check seed (default: the fixed DEFAULT_SEED, so every run
 *                                  tries the same cases; `random` draws a new one, printed);
 *  - RELIABILITY_SUMMARY=<dir>     where rows are collected, one file per suite so parallel workers never
 *                                  overwrite each other (default test-results/reliability-summary/).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatSummary, type SummaryFigure, type SummaryRow } from '../../scripts/reliability-table.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const SUMMARY_DIR = process.env.RELIABILITY_SUMMARY ?? path.join(root, 'test-results/reliability-summary');

export function isSoak(): boolean {
  return process.env.RELIABILITY_SOAK === '1';
}

/** How many cases to run for `name`: the override, else the soak or the CI count. */
export function caseCount(name: string, ci: number, soak: number): number {
  const raw = process.env[`RELIABILITY_${name}`];
  if (raw !== undefined && /^\d{1,7}$/.test(raw) && Number(raw) > 0) return Number(raw);
  return isSoak() ? soak : ci;
}

/** The seed every run uses unless told otherwise: a failure found in CI reproduces as it is. */
export const DEFAULT_SEED = 20261201;

let seedCache: number | null = null;

/** One seed per test file: RELIABILITY_SEED, a fresh random one for `random`, else DEFAULT_SEED. */
export function runSeed(): number {
  if (seedCache !== null) return seedCache;
  const raw = process.env.RELIABILITY_SEED;
  if (raw !== undefined && /^-?\d{1,10}$/.test(raw)) seedCache = Number(raw) | 0;
  else if (raw === 'random') seedCache = (Math.random() * 0x7fffffff) | 0;
  else seedCache = DEFAULT_SEED;
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

/** Writes (or replaces) the suite's row in the summary folder and prints it as a small table. */
export function recordSummary(row: SummaryRow): void {
  mkdirSync(SUMMARY_DIR, { recursive: true });
  writeFileSync(path.join(SUMMARY_DIR, `${row.suite.replace(/[^a-z0-9-]/gi, '_')}.json`), `${JSON.stringify(row, null, 2)}\n`);
  console.log(`\n${formatSummary([row])}\n`);
}

export interface TallyOptions {
  /** The suite moves money, so duplicates and lost can happen and are counted; elsewhere they print "–". */
  movesMoney?: boolean;
}

/** Counts a suite builds up while it runs, recorded once in afterAll. */
export class Tally {
  tried = 0;
  failures = 0;
  duplicates = 0;
  lost = 0;
  private readonly started = performance.now();
  readonly notes: string[] = [];
  /** Measured figures against their targets (printed under the table); one that misses is a failure. */
  readonly figures: SummaryFigure[] = [];
  /** How the cases were made, printed before the count (e.g. "6 values × 40 places"). */
  triedAs: string | undefined;
  constructor(readonly suite: string, private readonly options: TallyOptions = {}) {}

  figure(name: string, value: number, max: number): boolean {
    const met = value <= max;
    this.figures.push({ name, value, target: `<= ${max}`, met });
    this.count(met ? undefined : `${name}: ${value} > ${max}`);
    return met;
  }

  /** Counts one case; `problem` (when given) is a failure, remembered for the report. */
  count(problem?: string): void {
    this.tried++;
    if (problem !== undefined) {
      this.failures++;
      if (this.notes.length < 10) this.notes.push(problem);
    }
  }

  /** Writes the row, then throws when any case failed; `seed` only for suites that draw their cases from fast-check. */
  record(seed?: number): void {
    if (!this.options.movesMoney && this.duplicates + this.lost > 0) throw new Error(`${this.suite} counted duplicates or lost money but was not made with movesMoney`);
    recordSummary({
      suite: this.suite, tried: this.tried, failures: this.failures,
      ...(this.triedAs === undefined ? {} : { triedAs: this.triedAs }),
      ...(this.options.movesMoney ? { duplicates: this.duplicates, lost: this.lost } : {}),
      ...(seed === undefined ? {} : { seed }),
      seconds: (performance.now() - this.started) / 1000,
      ...(this.notes.length ? { note: this.notes.join('; ') } : {}),
      ...(this.figures.length ? { figures: this.figures } : {}),
    });
    // A failed case is a failed test, not only a number in the table.
    if (this.failures > 0) throw new Error(`${this.suite}: ${this.failures} failed case(s): ${this.notes.join('; ')}`);
  }
}
