// The reliability summary table (suite | cases tried | failures | duplicates | lost | seed | seconds;
// "–" where a suite cannot fill a column: duplicates and lost only for suites that move money),
// shared by the reliability suites (which record rows), `npm test` and `npm run test:soak` (which print them).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The rows recorded in `dir` (one JSON file per suite), by suite name; [] when there are none. */
export function readSummaryRows(dir) {
  let files;
  try { files = readdirSync(dir).filter((f) => f.endsWith('.json')); } catch { return []; }
  const rows = [];
  for (const f of files) {
    try { rows.push(JSON.parse(readFileSync(path.join(dir, f), 'utf8'))); } catch { /* a half-written row is left out */ }
  }
  return rows.sort((a, b) => String(a.suite).localeCompare(String(b.suite)));
}

/** A column a suite can never fill (no money moved, no seed drawn) shows this, never a 0. */
export const NOT_APPLICABLE = '–';

const cell = (v) => (v === undefined || v === null ? NOT_APPLICABLE : String(v));
/** Sum of a column over the rows that fill it; – when none does. */
const sum = (rows, key) => (rows.some((r) => typeof r[key] === 'number') ? rows.reduce((t, r) => t + (r[key] ?? 0), 0) : undefined);

export function formatSummary(rows) {
  const head = ['suite', 'cases tried', 'failures', 'duplicates', 'lost', 'seed', 'seconds'];
  // `triedAs` spells out how the cases were made (the secrets suite: values × places).
  const body = rows.map((r) => [r.suite, r.triedAs ? `${r.triedAs} = ${r.tried}` : String(r.tried), String(r.failures), cell(r.duplicates), cell(r.lost), cell(r.seed), r.seconds === undefined ? NOT_APPLICABLE : r.seconds.toFixed(1)]);
  const all = rows.length > 1 ? [...body, ['all', cell(sum(rows, 'tried')), cell(sum(rows, 'failures')), cell(sum(rows, 'duplicates')), cell(sum(rows, 'lost')), '', '']] : body;
  const widths = head.map((h, i) => Math.max(h.length, ...all.map((b) => b[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ');
  const rule = widths.map((w) => '-'.repeat(w)).join('-|-');
  const table = [line(head), rule, ...body.map(line), ...(rows.length > 1 ? [rule, line(all.at(-1))] : [])].join('\n');
  return [table, ...rows.filter((r) => r.figures?.length).map(formatFigures)].join('\n\n');
}

/** A suite's measured figures against their targets, one line each. */
function formatFigures(row) {
  const width = Math.max(...row.figures.map((f) => f.name.length));
  const lines = row.figures.map((f) => `  ${f.name.padEnd(width)}  ${String(f.value).padStart(5)}  target ${f.target.padEnd(8)} ${f.met ? 'met' : 'NOT MET'}`);
  return [`${row.suite}: figures`, ...lines].join('\n');
}
