// Names of the tests that failed or skipped, read from the suites' JSON reports, for `npm test`:
// the tail of a CI log always says what failed, and strict mode (CI) names every skip it refuses.

/** A vitest JSON report → { failed: [name], skipped: [{ name, reason }], total }. */
export function vitestOutcomes(report) {
  const failed = [];
  const skipped = [];
  let total = 0;
  for (const file of report?.testResults ?? []) {
    const where = relative(file.name);
    const tests = file.assertionResults ?? [];
    // A file that failed before any test ran (import error, a hook that threw) has no test to name.
    if (file.status === 'failed' && tests.every((t) => t.status !== 'failed')) failed.push(`${where}: ${firstLine(file.message) || 'the file failed outside its tests'}`);
    for (const t of tests) {
      total++;
      const name = `${where} > ${t.fullName ?? t.title}`;
      if (t.status === 'failed') failed.push(`${name}: ${firstLine(t.failureMessages?.[0])}`);
      else if (['skipped', 'pending', 'todo'].includes(t.status)) skipped.push({ name, reason: t.status === 'todo' ? 'todo' : '' });
    }
  }
  return { failed, skipped, total };
}

/** A Playwright JSON report → { failed: [name], skipped: [{ name, reason }], total }. */
export function playwrightOutcomes(report) {
  const failed = [];
  const skipped = [];
  let total = 0;
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        total++;
        const name = `${spec.file ?? suite.file ?? ''} > ${[...titles, spec.title].filter(Boolean).join(' > ')}${t.projectName ? ` [${t.projectName}]` : ''}`;
        if (t.status === 'unexpected') failed.push(`${name}: ${firstLine(t.results?.at(-1)?.error?.message)}`);
        else if (t.status === 'skipped') skipped.push({ name, reason: (t.annotations ?? []).filter((a) => a.type === 'skip').map((a) => a.description ?? '').join('; ') });
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title && child.title !== child.file ? child.title : ''].filter(Boolean));
  };
  for (const s of report?.suites ?? []) walk(s, []);
  for (const e of report?.errors ?? []) failed.push(`(outside any test) ${firstLine(e.message)}`);
  return { failed, skipped, total };
}

/**
 * Strict mode: every skip the suite may not make (`maySkip(reason)`, none by default) becomes a
 * failure, and so does a suite that ran no test at all. `counts` is a suite's { passed, failed,
 * skipped, note?, outcomes? }; the answer adds `refused` (the skips turned into failures).
 */
export function strictCounts(counts, maySkip = () => false) {
  if (!counts.outcomes) return counts;
  const refused = counts.outcomes.skipped.filter((t) => !maySkip(t.reason));
  const empty = counts.outcomes.total === 0;
  const note = [counts.note, refused.length ? `strict: ${refused.length} skipped` : '', empty ? 'strict: no test ran' : ''].filter(Boolean).join('; ');
  return { ...counts, refused, failed: counts.failed + refused.length + (empty ? 1 : 0), skipped: counts.skipped - refused.length, ...(note ? { note } : {}) };
}

function relative(file) {
  const i = String(file ?? '').indexOf('/tests/');
  return i >= 0 ? file.slice(i + 1) : String(file ?? '');
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

function firstLine(text) {
  return String(text ?? '').replace(ANSI, '').split('\n').map((l) => l.trim()).find(Boolean)?.slice(0, 200) ?? '';
}
