// Figure 7: from spawning node to the core answering its first contract call (app.info), for a
// small bundled entry, against spawning `node -e ""` (Node's own start-up) in the same run.
import { spawn } from 'node:child_process';
import { isMain, runAlone } from './lib/cli.mjs';
import { bundle } from './lib/bundle.mjs';
import { describe, median, summarize } from './lib/stats.mjs';

const SAMPLES = Number(process.env.BENCH_START_SAMPLES ?? 20);

/** ms from spawn until `ready(line)` matches stdout (or, without `ready`, until the process exits). */
function timeSpawn(args, ready) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let done = false;
    child.stderr.on('data', (d) => { err += d; });
    child.stdout.on('data', (d) => {
      out += d;
      if (!done && ready && ready.test(out)) {
        done = true;
        resolve(performance.now() - t0);
      }
    });
    child.once('exit', (code) => {
      if (done) return;
      done = true;
      if (code !== 0 || ready) reject(new Error(`${args.join(' ')} exited ${code} before it was ready: ${err}`));
      else resolve(performance.now() - t0);
    });
  });
}

export async function run() {
  const entry = await bundle('core-start-entry.ts', 'core-start.mjs');
  const base = [];
  const core = [];
  await timeSpawn([entry], /CORE_READY/); // warm the file cache once
  // Interleaved, so load on the machine hits both alike.
  for (let i = 0; i < SAMPLES; i++) {
    base.push(await timeSpawn(['-e', '']));
    core.push(await timeSpawn([entry], /CORE_READY/));
  }
  console.log(`core-start: node -e ""            ${describe(base)}`);
  console.log(`core-start: core ready (app.info) ${describe(core)}`);
  return [{
    id: 'core-start', name: 'Main core: start to first handler ready, median', unit: 'ms', value: median(core),
    baseline: { label: 'node -e ""', value: median(base) }, target: { kind: 'over-baseline-max', limit: 300 },
    samples: core.length, details: { core: summarize(core), node: summarize(base), overBaseline: median(core) - median(base) },
  }];
}

if (isMain(import.meta.url)) await runAlone(run);
