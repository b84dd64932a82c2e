// Pure number helpers for the benchmarks: percentiles (nearest rank) and a sample summary.

/** Nearest-rank percentile of `values` (p from 0 to 100). Throws on an empty list or a bad p. */
export function percentile(values, p) {
  if (!Array.isArray(values) || values.length === 0) throw new Error('percentile of no samples');
  if (!(p >= 0 && p <= 100)) throw new Error(`percentile must be 0-100 (got ${p})`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export const median = (values) => percentile(values, 50);

/** Rounds to `digits` decimals (default 2). */
export function round(x, digits = 2) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** n, min, p50, p90, p99, max and mean of a list of samples, rounded to 2 decimals. */
export function summarize(values) {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return {
    n: values.length,
    min: round(Math.min(...values)),
    p50: round(percentile(values, 50)),
    p90: round(percentile(values, 90)),
    p99: round(percentile(values, 99)),
    max: round(Math.max(...values)),
    mean: round(mean),
  };
}

/** One line for the console: `n=200 p50=1.23 ms p99=4.56 ms max=7.89 ms`. */
export function describe(values, unit = 'ms') {
  const s = summarize(values);
  return `n=${s.n} p50=${s.p50} ${unit} p90=${s.p90} ${unit} p99=${s.p99} ${unit} max=${s.max} ${unit}`;
}
