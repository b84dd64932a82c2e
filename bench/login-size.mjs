// Login screen JS, gzip level 9: everything a page loads before its login form works. In the
// browser host that is the bridge script the host injects before the renderer plus the renderer's
// entry chunk and its static imports (lazy route chunks are not counted); in Electron the
// preload bundle is loaded at every window start instead of the bridge, and has its own row.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { eagerScripts, htmlEntries } from './lib/chunks.mjs';
import { isMain, runAlone } from './lib/cli.mjs';
import { fromRoot } from './lib/paths.mjs';

const KB = 1024;
const sizeOf = (file, dir) => {
  const raw = readFileSync(file);
  return { file: path.relative(dir, file), bytes: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
};
const kb = (n) => `${(n / KB).toFixed(1)} KB`;

export async function run() {
  const dir = fromRoot('dist/renderer');
  const chunks = eagerScripts(dir).map((f) => sizeOf(f, dir));
  const bridge = sizeOf(fromRoot('dist/host/bridge-client.js'), fromRoot('dist'));
  const preload = sizeOf(fromRoot('dist/electron/preload.cjs'), fromRoot('dist'));
  const css = htmlEntries(readFileSync(path.join(dir, 'index.html'), 'utf8')).styles.map((s) => gzipSync(readFileSync(path.resolve(dir, s)), { level: 9 }).length);
  const rendererGz = chunks.reduce((a, s) => a + s.gzip, 0);
  const all = [bridge, ...chunks];
  const gzip = all.reduce((a, s) => a + s.gzip, 0);
  const bytes = all.reduce((a, s) => a + s.bytes, 0);
  console.log(`login-size: renderer, ${chunks.length} eager JS file(s): ${chunks.map((s) => `${s.file} ${kb(s.gzip)} gz`).join(', ')}`);
  console.log(`login-size: bridge script ${kb(bridge.bytes)} raw, ${kb(bridge.gzip)} gz; Electron preload ${kb(preload.bytes)} raw, ${kb(preload.gzip)} gz`);
  console.log(`login-size: browser host page total ${kb(bytes)} raw, ${kb(gzip)} gz; CSS ${kb(css.reduce((a, b) => a + b, 0))} gz (not counted)`);
  return [{
    id: 'login-js-gzip', name: 'Login screen JS, everything loaded before the form works: bridge script + renderer chunks (gzip -9)', unit: 'KB', value: gzip / KB,
    target: { kind: 'max', limit: 100 }, samples: 1,
    note: `bridge ${kb(bridge.gzip)} (${kb(bridge.bytes)} minified) + renderer ${kb(rendererGz)} in ${chunks.length} file(s); each file gzipped on its own, as served`,
    details: { files: all, rawKb: bytes / KB, rendererGzipKb: rendererGz / KB, bridgeGzipKb: bridge.gzip / KB, cssGzipKb: css.reduce((a, b) => a + b, 0) / KB },
  }, {
    id: 'preload-js-gzip', name: 'Electron window preload bundle (gzip -9)', unit: 'KB', value: preload.gzip / KB,
    target: { kind: 'max', limit: 15 }, samples: 1, note: `dist/electron/preload.cjs, ${kb(preload.bytes)} as built; loaded at every window start before the renderer`,
    details: { rawKb: preload.bytes / KB },
  }, {
    id: 'login-js-renderer-gzip', name: 'Login screen JS, renderer chunks alone (gzip -9)', unit: 'KB', value: rendererGz / KB,
    target: { kind: 'none' }, samples: 1, note: 'for reference: the renderer part of the first row (what the Electron window loads after its preload)',
  }];
}

if (isMain(import.meta.url)) await runAlone(run);
