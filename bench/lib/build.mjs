// Builds what the benchmarks run (dist/bank, dist/host, dist/electron, dist/renderer) when it is missing or older
// than its sources.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fromRoot, root } from './paths.mjs';

const SOURCE = /\.(ts|tsx|css|html|json)$/;

function newest(dir) {
  if (!existsSync(dir)) return 0;
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p));
    else if (SOURCE.test(e.name)) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

const oldest = (files) => Math.min(...files.map((f) => (existsSync(fromRoot(f)) ? statSync(fromRoot(f)).mtimeMs : 0)));

const TARGETS = {
  bank: { out: ['dist/bank/main.mjs', 'dist/bank/parse-worker.mjs'], src: ['mock-bank', 'src-shared'] },
  host: { out: ['dist/host/main.cjs', 'dist/host/host.cjs', 'dist/host/bridge-client.js'], src: ['src-main/core', 'src-main/browser-host', 'src-shared'] },
  electron: { out: ['dist/electron/main.cjs', 'dist/electron/preload.cjs'], src: ['src-main/core', 'src-main/electron', 'src-shared'] },
  renderer: { out: ['dist/renderer/index.html'], src: ['src-renderer', 'src-shared'] },
};

/** Rebuilds the stale targets; returns their names. */
export function ensureBuilt(names = Object.keys(TARGETS)) {
  const stale = names.filter((n) => oldest(TARGETS[n].out) < Math.max(...TARGETS[n].src.map((d) => newest(fromRoot(d)))));
  if (stale.length === 0) return [];
  console.log(`build: ${stale.join(', ')} (stale or missing)`);
  const r = spawnSync(process.execPath, [fromRoot('scripts/build.mjs'), ...stale], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`build failed (${stale.join(', ')})`);
  return stale;
}
