// Writes the figures of the newest full run (bench/results/<date-time>.json) into bench/README.md
// (between <!-- bench-figures --> markers) and the bench row of README.md (<!-- bench-summary -->).
// Usage: node bench/lib/readme-table.mjs [results file]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fromRoot } from './paths.mjs';
import { benchReadmeBlock, newestFullRun, replaceBetween, rootReadmeSummary } from './results.mjs';

export function writeReadmeTables(file) {
  const dir = fromRoot('bench/results');
  const name = file ? path.basename(file) : newestFullRun(readdirSync(dir));
  if (!name) throw new Error('no full-run results file in bench/results');
  const result = JSON.parse(readFileSync(file ?? path.join(dir, name), 'utf8'));
  const benchReadme = fromRoot('bench/README.md');
  writeFileSync(benchReadme, replaceBetween(readFileSync(benchReadme, 'utf8'), 'bench-figures', benchReadmeBlock(result, name)));
  const rootReadme = fromRoot('README.md');
  writeFileSync(rootReadme, replaceBetween(readFileSync(rootReadme, 'utf8'), 'bench-summary', rootReadmeSummary(result, name), { inline: true }));
  return name;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fromRoot('bench/lib/readme-table.mjs')) {
  console.log(`readme-table: README figures from bench/results/${writeReadmeTables(process.argv[2])}`);
}
