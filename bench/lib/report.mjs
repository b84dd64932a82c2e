// Pure helpers for the results: judging a figure against its target and the markdown table.
//
// A figure: { id, name, unit, value, baseline?: { label, value }, target: Target, note?, samples?, details? }
// Target kinds:
//   { kind: 'max', limit }              value ≤ limit
//   { kind: 'min', limit }              value ≥ limit
//   { kind: 'ratio-max', limit }        value / baseline ≤ limit
//   { kind: 'ratio-min', limit }        value / baseline ≥ limit
//   { kind: 'over-baseline-max', limit } value − baseline ≤ limit
//   { kind: 'none' }                    shown for information, never passes or fails
// A figure with `error` (the benchmark did not finish) fails whatever its target.
import { round } from './stats.mjs';

const KINDS = new Set(['max', 'min', 'ratio-max', 'ratio-min', 'over-baseline-max', 'none']);

/** value / baseline, or null without a usable baseline. */
export function ratioOf(figure) {
  const b = figure.baseline?.value;
  if (typeof b !== 'number' || !Number.isFinite(b) || b === 0 || typeof figure.value !== 'number') return null;
  return figure.value / b;
}

/** true / false against the target; null when the target is informational or cannot be judged. */
export function judge(figure) {
  const t = figure.target;
  if (!t || !KINDS.has(t.kind)) throw new Error(`unknown target for ${figure.id ?? figure.name}: ${JSON.stringify(t)}`);
  if (figure.error) return false;
  if (t.kind === 'none') return null;
  if (typeof figure.value !== 'number' || !Number.isFinite(figure.value)) return false;
  const base = figure.baseline?.value;
  switch (t.kind) {
    case 'max':
      return figure.value <= t.limit;
    case 'min':
      return figure.value >= t.limit;
    case 'ratio-max':
    case 'ratio-min': {
      const r = ratioOf(figure);
      if (r === null) return false;
      return t.kind === 'ratio-max' ? r <= t.limit : r >= t.limit;
    }
    case 'over-baseline-max':
      if (typeof base !== 'number' || !Number.isFinite(base)) return false;
      return figure.value - base <= t.limit;
  }
  return null;
}

/** The target as people read it: `≤ 100 KB`, `≥ 60 % of baseline`, `≤ 1.3×`, `≤ +300 ms`. */
export function targetText(figure) {
  const t = figure.target;
  const u = figure.unit ? ` ${figure.unit}` : '';
  switch (t.kind) {
    case 'max': return `≤ ${t.limit}${u}`;
    case 'min': return `≥ ${t.limit}${u}`;
    case 'ratio-max': return `≤ ${t.limit}×`;
    case 'ratio-min': return `≥ ${round(t.limit * 100, 1)} % of baseline`;
    case 'over-baseline-max': return `≤ baseline + ${t.limit}${u}`;
    default: return '—';
  }
}

/** Adds `ratio` and `pass` to each figure (a new object; the input is not changed). */
export function evaluate(figures) {
  return figures.map((f) => {
    const r = ratioOf(f);
    return { ...f, ratio: r === null ? null : round(r, 3), pass: judge(f) };
  });
}

const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const num = (x, unit) => (typeof x === 'number' && Number.isFinite(x) ? `${round(x, 2)}${unit ? ` ${unit}` : ''}` : '—');

/** The markdown table: figure, value, baseline, ratio, target, result, note. */
export function formatTable(figures) {
  const rows = [
    '| figure | value | baseline | ratio | target | result | note |',
    '|---|---:|---|---:|---|---|---|',
  ];
  for (const f of evaluate(figures)) {
    const baseline = f.baseline ? `${num(f.baseline.value, f.unit)} (${f.baseline.label})` : '—';
    const result = f.error ? '**ERROR**' : f.pass === null ? 'info' : f.pass ? 'pass' : '**FAIL**';
    const ratio = f.ratio === null ? '—' : `${round(f.ratio, 2)}×`;
    rows.push(`| ${cell(f.name)} | ${cell(num(f.value, f.unit))} | ${cell(baseline)} | ${ratio} | ${cell(targetText(f))} | ${result} | ${cell(f.note ?? '')} |`);
  }
  return rows.join('\n');
}

/** Counts of passed, failed and informational figures. */
export function tally(figures) {
  const judged = evaluate(figures);
  return {
    pass: judged.filter((f) => f.pass === true).length,
    fail: judged.filter((f) => f.pass === false && !f.error).length,
    error: judged.filter((f) => f.error).length,
    info: judged.filter((f) => f.pass === null).length,
  };
}
