// Running one benchmark file on its own: `node bench/<name>.mjs` prints its figures and the table.
import { pathToFileURL } from 'node:url';
import { ensureBuilt } from './build.mjs';
import { machineLine } from './machine.mjs';
import { formatTable } from './report.mjs';

/** True when `metaUrl` is the file node was started with. */
export const isMain = (metaUrl) => process.argv[1] !== undefined && metaUrl === pathToFileURL(process.argv[1]).href;

export async function runAlone(run) {
  ensureBuilt();
  console.log(`machine: ${machineLine()}`);
  const figures = await run();
  console.log(`\n${formatTable(figures)}`);
}
