// Pure helpers for the results files: their names, the command line, the exit code, and the
// generated README text (bench/lib/readme-table.mjs writes it between marker comments).
import { formatTable } from './report.mjs';

/** `2026-12-06T17-05-09Z` (UTC, safe in file names); `-only-<ids>` for a partial run. */
export function resultsFileName(date, only = []) {
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-');
  return `${stamp}${only.length ? `-only-${only.join('-')}` : ''}.json`;
}

/** The newest full-run file name in `names` (names sort by time), or null. */
export function newestFullRun(names) {
  const full = names.filter((n) => /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.json$/.test(n)).sort();
  return full.at(-1) ?? null;
}

/**
 * `--only <id>` (repeatable) and bare names choose benchmarks; throws on an unknown one or a
 * missing id after --only. Returns the chosen names in the runner's order.
 */
export function chooseBenchmarks(argv, known) {
  const wanted = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--only') {
      const id = argv[++i];
      if (id === undefined || id.startsWith('-')) throw new Error('--only needs a benchmark id');
      wanted.push(id);
    } else if (argv[i].startsWith('--only=')) wanted.push(argv[i].slice(7));
    else if (!argv[i].startsWith('-')) wanted.push(argv[i]);
  }
  for (const w of wanted) if (!known.includes(w)) throw new Error(`no benchmark called ${w} (have: ${known.join(', ')})`);
  return wanted.length ? known.filter((b) => wanted.includes(b)) : [...known];
}

/** 0 when every judged figure met its target and every benchmark finished, else 1. */
export const exitCodeFor = (counts) => (counts.fail || counts.error ? 1 : 0);

const load = (xs) => (Array.isArray(xs) ? xs.join(' ') : '?');

/** One line: when, how long, the machine and the load it ran under. */
export function machineSentence(result) {
  const m = result.machine;
  return `${result.date.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}, ${result.seconds} s; ${m.cpus}× ${m.cpuModel}, ${m.memoryGb} GB, Node ${m.node}, ${m.chromium}; `
    + `commit ${m.commit ?? '?'}; load average ${load(m.loadAverage)} before, ${load(m.loadAverageAfter)} after; keychain: ${m.keychain ?? '?'}`;
}

/** The generated block for bench/README.md: the machine sentence, the counts and the table. */
export function benchReadmeBlock(result, fileName) {
  const c = result.counts;
  return [
    `Generated from \`bench/results/${fileName}\` by \`node bench/lib/readme-table.mjs\` (run by \`npm run bench\` after a full run); do not edit by hand.`,
    '',
    `Run: ${machineSentence(result)}.`,
    '',
    `**${c.pass} met, ${c.fail} missed${c.error ? `, ${c.error} did not finish` : ''}**, ${c.info} for information.`,
    '',
    formatTable(result.figures),
  ].join('\n');
}

/** The short text for the README.md row that points to bench/README.md. */
export function rootReadmeSummary(result, fileName) {
  const c = result.counts;
  const judged = c.pass + c.fail + c.error;
  return `last full run ${result.date.slice(0, 10)} (\`bench/results/${fileName}\`, ${result.machine.cpus} cores, load ${load(result.machine.loadAverage)}): ${c.pass} of ${judged} targets met`;
}

/** `text` with what lies between `<!-- name -->` and `<!-- /name -->` replaced; throws without the markers. */
export function replaceBetween(text, name, inner, { inline = false } = {}) {
  const open = `<!-- ${name} -->`;
  const close = `<!-- /${name} -->`;
  const a = text.indexOf(open);
  const b = text.indexOf(close);
  if (a < 0 || b < a) throw new Error(`markers ${open} … ${close} not found`);
  const sep = inline ? '' : '\n';
  return `${text.slice(0, a + open.length)}${sep}${inner}${sep}${text.slice(b)}`;
}
