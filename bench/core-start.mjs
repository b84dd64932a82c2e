// Figure 7: from spawning node to the core answering its first contract call (app.info), on the
// real entry points, against spawning an empty `node -e` (Node's own start-up), interleaved:
// - the browser host, dist/host/main.cjs in desktop mode at its default log level: spawned, its
//   NETBANK_URL line read, then POST /ipc/app.info with its token (the host creates a client's
//   core at its first call), until the answer;
// - the Electron main's core: Electron cannot run here without its binary, so its core part is
//   bundled as dist/electron/main.cjs is (CommonJS, scripts/app-externals.mjs out; bench/core-start-entry.ts)
//   with the core's real defaults (keychain store, logger at info).
import { spawn } from 'node:child_process';
import { fromRoot } from './lib/paths.mjs';
import { keyringEnv } from './lib/processes.mjs';
import { keychainNote } from './lib/keychain.mjs';
import { isMain, runAlone } from './lib/cli.mjs';
import { bundle } from './lib/bundle.mjs';
import { describe, median, summarize } from './lib/stats.mjs';

const SAMPLES = Number(process.env.BENCH_START_SAMPLES ?? 20);
const LIMIT = 100;

/**
 * ms from spawn until `ready` matches stdout (or, without `ready`, until the process exits); with
 * `ready`, also the numbers the process printed after it.
 */
function timeSpawn(args, ready) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...keyringEnv() } });
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
const DEPENDENCIES = ['zod', 'axios', '@napi-rs/keyring'];

/** CPU ms a fresh node spends importing `name` (or nothing), median of 3. */
async function importCpu(name) {
  const code = `${name ? `await import('${name}');` : ''} const c = process.cpuUsage(); process.stdout.write('CPU ' + (c.user + c.system) / 1000 + '\\n');`;
  const xs = [];
  for (let i = 0; i < 3; i++) xs.push((await timeSpawn(['--input-type=module', '-e', code], /CPU (\S+)/)).printed[0]);
  return median(xs);
}

/** ms from spawning the browser host until its first IPC call (app.info) is answered. */
function timeHost() {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [fromRoot('dist/host/main.cjs'), '--no-bank-start', '--bank', 'http://127.0.0.1:9'], {
      stdio: ['ignore', 'pipe', 'ignore'], env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...keyringEnv(), NETBANK_KEYCHAIN_ACCOUNT: 'bench' },
    });
    let out = '';
    let asked = false;
    child.once('exit', (code) => { if (!asked) reject(new Error(`the browser host exited (${code}) before printing its URL`)); });
    child.stdout.on('data', async (d) => {
      out += d;
      const m = /NETBANK_URL=(\S+)/.exec(out);
      if (!m || asked) return;
      asked = true;
      const url = new URL(m[1]);
      const listening = performance.now() - t0;
      try {
        const res = await fetch(new URL('/ipc/app.info', url.origin), { method: 'POST', headers: { authorization: `Bearer ${url.searchParams.get('token')}`, 'content-type': 'application/json' }, body: '{}' });
        const body = await res.json();
        if (!body.ok) throw new Error(`app.info answered ${JSON.stringify(body)}`);
        resolve({ ms: performance.now() - t0, listening });
      } catch (e) {
        reject(e);
      } finally {
        child.kill('SIGTERM');
      }
    });
  });
}

export async function run() {
  const entry = await bundle('core-start-entry.ts', 'electron-core-start.cjs', { format: 'cjs' });
  const READY = /CORE_READY (\S+) (\S+) (\S+)/;
  const EMPTY = ['-e', 'const c = process.cpuUsage(); process.stdout.write(`NODE_CPU ${(c.user + c.system) / 1000}\\n`)'];
  const base = [];
  const host = [];
  const electron = [];
  await timeHost(); // warm the file cache once
  await timeSpawn([entry], READY);
  for (let i = 0; i < SAMPLES; i++) {
    base.push(await timeSpawn(EMPTY, /NODE_CPU (\S+)/));
    host.push(await timeHost());
    electron.push(await timeSpawn([entry], READY));
  }
  const ms = (xs) => xs.map((x) => x.ms);
  const nodeMs = median(ms(base));
  const loaded = median(electron.map((c) => c.printed[0]));
  const create = median(electron.map((c) => c.printed[1] - c.printed[0]));
  const cpuCore = median(electron.map((c) => c.printed[2]));
  const cpuNode = median(base.map((b) => b.printed[0]));
  console.log(`core-start: node -e ""                         ${describe(ms(base))}`);
  console.log(`core-start: browser host, app.info answered    ${describe(ms(host))} (listening at ${median(host.map((h) => h.listening)).toFixed(0)} ms)`);
  console.log(`core-start: Electron main's core, app.info     ${describe(ms(electron))} (modules loaded at ${loaded.toFixed(0)} ms, createCore + app.info ${create.toFixed(1)} ms)`);
  const empty = await importCpu(null);
  const perDependency = {};
  for (const d of DEPENDENCIES) perDependency[d] = Math.round((await importCpu(d)) - empty);
  const deps = Object.entries(perDependency).map(([k, v]) => `${k} +${v} ms`).join(', ');
  console.log(`core-start: CPU ms to import each dependency alone, over an empty node (${empty.toFixed(0)} ms): ${deps}`);
  const kc = keychainNote();
  const overHost = median(ms(host)) - nodeMs;
  const overElectron = median(ms(electron)) - nodeMs;
  return [{
    id: 'core-start-host', name: 'Core start to first handler, browser host entry (dist/host/main.cjs, desktop mode), median', unit: 'ms', value: median(ms(host)),
    baseline: { label: 'node -e ""', value: nodeMs }, target: { kind: 'over-baseline-max', limit: LIMIT }, samples: host.length,
    note: [kc, `+${overHost.toFixed(0)} ms: spawn → NETBANK_URL printed at ${median(host.map((h) => h.listening)).toFixed(0)} ms → POST /ipc/app.info answered (the client's core is made at its first call). CPU to import alone: ${deps}`].filter(Boolean).join('; '),
    details: { host: summarize(ms(host)), node: summarize(ms(base)), listeningAt: summarize(host.map((h) => h.listening)), importCpuMs: perDependency },
  }, {
    id: 'core-start-electron', name: "Core start to first handler, Electron main's core as bundled into dist/electron (no Electron binary here), median", unit: 'ms', value: median(ms(electron)),
    baseline: { label: 'node -e ""', value: nodeMs }, target: { kind: 'over-baseline-max', limit: LIMIT }, samples: electron.length,
    note: [kc, `+${overElectron.toFixed(0)} ms; Electron's own start is not included (no binary on this machine): the core part bundled like main.cjs (CommonJS, zod in, native modules and axios out) with its real defaults, keychain store (loaded at its first call) and logger at info. Modules loaded at ${loaded.toFixed(0)} ms, createCore + app.info ${create.toFixed(1)} ms; CPU until ready ${cpuCore.toFixed(0)} ms against ${cpuNode.toFixed(0)} for an empty node`].filter(Boolean).join('; '),
    details: { electronCore: summarize(ms(electron)), modulesLoadedAt: loaded, createAndFirstCall: create, cpuMs: cpuCore, nodeCpuMs: cpuNode },
  }];
}

if (isMain(import.meta.url)) await runAlone(run);
