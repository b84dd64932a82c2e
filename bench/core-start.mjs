// Figure 7: from spawning node to the core answering its first contract call (app.info), for a
// small bundled entry, against spawning an empty `node -e` (Node's own start-up) in the same run.
// The empty script only prints its own CPU time.
import { spawn } from 'node:child_process';
import { isMain, runAlone } from './lib/cli.mjs';
import { bundle } from './lib/bundle.mjs';
import { describe, median, summarize } from './lib/stats.mjs';

const SAMPLES = Number(process.env.BENCH_START_SAMPLES ?? 20);

/**
 * ms from spawn until `ready` matches stdout (or, without `ready`, until the process exits); with
 * `ready`, also the numbers the process printed after it.
 */
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
      const m = ready && /\n/.test(out) ? ready.exec(out) : null;
      if (!done && m) {
        done = true;
        resolve({ ms: performance.now() - t0, printed: m.slice(1).map(Number) });
      }
    });
    child.once('exit', (code) => {
      if (done) return;
      done = true;
      if (code !== 0 || ready) reject(new Error(`${args.join(' ')} exited ${code} before it was ready: ${err}`));
      else resolve({ ms: performance.now() - t0, printed: [] });
    });
  });
}

// axios is measured for reference: the core imports it only at its first bank call.
const DEPENDENCIES = ['zod', 'axios', 'pino', '@napi-rs/keyring'];

/** CPU ms a fresh node spends importing `name` (or nothing), median of 3. */
async function importCpu(name) {
  const code = `${name ? `await import('${name}');` : ''} const c = process.cpuUsage(); process.stdout.write('CPU ' + (c.user + c.system) / 1000 + '\\n');`;
  const xs = [];
  for (let i = 0; i < 3; i++) xs.push((await timeSpawn(['--input-type=module', '-e', code], /CPU (\S+)/)).printed[0]);
  return median(xs);
}

export async function run() {
  const entry = await bundle('core-start-entry.ts', 'core-start.mjs');
  const inlined = await bundle('core-start-entry.ts', 'core-start-inline.mjs', { inline: true });
  const READY = /CORE_READY (\S+) (\S+) (\S+)/;
  const EMPTY = ['-e', 'const c = process.cpuUsage(); process.stdout.write(`NODE_CPU ${(c.user + c.system) / 1000}\\n`)'];
  const base = [];
  const core = [];
  const inline = [];
  await timeSpawn([entry], READY); // warm the file cache once
  await timeSpawn([inlined], READY);
  // Interleaved, so load on the machine hits all three alike.
  for (let i = 0; i < SAMPLES; i++) {
    base.push(await timeSpawn(EMPTY, /NODE_CPU (\S+)/));
    core.push(await timeSpawn([entry], READY));
    inline.push(await timeSpawn([inlined], READY));
  }
  const ms = (xs) => xs.map((x) => x.ms);
  const loaded = median(core.map((c) => c.printed[0]));
  const create = median(core.map((c) => c.printed[1] - c.printed[0]));
  console.log(`core-start: node -e ""                      ${describe(ms(base))}`);
  console.log(`core-start: core ready (app.info)           ${describe(ms(core))}`);
  console.log(`core-start:   inside the process: modules loaded at ${loaded.toFixed(0)} ms, createCore + app.info ${create.toFixed(1)} ms (medians)`);
  console.log(`core-start: same, dependencies bundled in   ${describe(ms(inline))}`);
  const cpuCore = median(core.map((c) => c.printed[2]));
  const cpuNode = median(base.map((b) => b.printed[0]));
  console.log(`core-start: CPU time used until ready: core ${cpuCore.toFixed(0)} ms, empty node ${cpuNode.toFixed(0)} ms (medians; less sensitive to load than wall time)`);
  const empty = await importCpu(null);
  const perDependency = {};
  for (const d of DEPENDENCIES) perDependency[d] = Math.round((await importCpu(d)) - empty);
  console.log(`core-start: CPU ms to import each dependency alone, over an empty node (${empty.toFixed(0)} ms): ${Object.entries(perDependency).map(([k, v]) => `${k} +${v}`).join(', ')}`);
  const over = median(ms(core)) - median(ms(base));
  const note = over <= 300 ? undefined
    : `${over.toFixed(0)} ms over node: modules are loaded at ${loaded.toFixed(0)} ms inside the process (CPU to import alone: ${Object.entries(perDependency).map(([k, v]) => `${k} +${v} ms`).join(', ')}; resolved from node_modules as dist/host and dist/electron load them), while creating the core and answering app.info take ${create.toFixed(0)} ms. ${median(ms(inline)) < 0.85 * median(ms(core)) ? `Bundling the dependencies into the entry brings it to ${median(ms(inline)).toFixed(0)} ms (finding and reading their many files is part of the cost); the rest is compiling and running their code` : `Bundling the dependencies into one file does not cut it (${median(ms(inline)).toFixed(0)} ms), so the cost is compiling and running their code`}; axios is already loaded only at the first bank call, so what is left is zod (the contract's schemas are built at start) and pino`;
  return [{
    id: 'core-start', name: 'Main core: start to first handler ready, median', unit: 'ms', value: median(ms(core)),
    baseline: { label: 'node -e ""', value: median(ms(base)) }, target: { kind: 'over-baseline-max', limit: 300 }, note,
    samples: core.length, details: { core: summarize(ms(core)), node: summarize(ms(base)), overBaseline: over, modulesLoadedAt: loaded, importCpuMs: perDependency, createAndFirstCall: create, dependenciesBundled: summarize(ms(inline)) },
  }, {
    id: 'core-start-cpu', name: 'Main core start: CPU time until first handler ready, median', unit: 'ms', value: cpuCore,
    baseline: { label: 'empty node, CPU time', value: cpuNode }, target: { kind: 'none' }, samples: core.length,
    note: `the same start in CPU time (user + system) of the process: +${(cpuCore - cpuNode).toFixed(0)} ms over an empty node. Contention inflates CPU time too (cache and core sharing): compare the empty node's ${cpuNode.toFixed(0)} ms with the few tens of ms it takes on an idle machine`,
  }, {
    id: 'core-start-bundled', name: 'Main core start with dependencies bundled in, median', unit: 'ms', value: median(ms(inline)),
    baseline: { label: 'node -e ""', value: median(ms(base)) }, target: { kind: 'none' }, samples: inline.length,
    note: 'for comparison: what bundling zod, axios and pino into the entry would give (the keyring binding stays external)',
  }];
}

if (isMain(import.meta.url)) await runAlone(run);
