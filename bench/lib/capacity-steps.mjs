// The capacity benchmark's next offered rate: up while the last step kept up, stop when it did not.

/**
 * `steps`: [{ rate, achieved, p99, errors }] so far. The next rate is 1.5× the last (rounded up),
 * or null when the last step missed (p99 at or over `p99Limit`, any error, or under 90 % of the
 * offered rate done).
 */
export function nextRate(steps, p99Limit) {
  const last = steps.at(-1);
  if (!last) throw new Error('no step yet');
  const kept = last.errors === 0 && last.p99 !== null && last.p99 < p99Limit && last.achieved >= 0.9 * last.rate;
  return kept ? Math.ceil(last.rate * 1.5) : null;
}
