// Figure 1: the JavaScript the login screen loads (entry chunk and its static imports, not the lazy
// route chunks), gzip level 9, from dist/renderer.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { eagerScripts, htmlEntries } from './lib/chunks.mjs';
import { isMain, runAlone } from './lib/cli.mjs';
import { fromRoot } from './lib/paths.mjs';

const KB = 1024;

export async function run() {
  const dir = fromRoot('dist/renderer');
  const files = eagerScripts(dir);
  const sizes = files.map((f) => {
    const raw = readFileSync(f);
    return { file: path.relative(dir, f), bytes: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
  });
  const css = htmlEntries(readFileSync(path.join(dir, 'index.html'), 'utf8')).styles.map((s) => gzipSync(readFileSync(path.resolve(dir, s)), { level: 9 }).length);
  const gzip = sizes.reduce((a, s) => a + s.gzip, 0);
  const bytes = sizes.reduce((a, s) => a + s.bytes, 0);
  console.log(`login-size: ${sizes.length} eager JS file(s): ${sizes.map((s) => `${s.file} ${(s.gzip / KB).toFixed(1)} KB gz`).join(', ')}`);
  console.log(`login-size: JS ${(bytes / KB).toFixed(1)} KB raw, ${(gzip / KB).toFixed(1)} KB gzip; CSS ${(css.reduce((a, b) => a + b, 0) / KB).toFixed(1)} KB gzip (not counted)`);
  const bridge = readFileSync(fromRoot('dist/host/bridge-client.js'));
  const bridgeGz = gzipSync(bridge, { level: 9 }).length;
  console.log(`login-size: the browser host's injected bridge script: ${(bridge.length / KB).toFixed(1)} KB raw, ${(bridgeGz / KB).toFixed(1)} KB gzip (not part of the renderer; Electron uses its preload instead)`);
  return [{
    id: 'login-js-gzip', name: 'Login screen initial JS (gzip -9)', unit: 'KB', value: gzip / KB,
    target: { kind: 'max', limit: 100 }, samples: 1,
    details: { files: sizes, rawKb: bytes / KB, cssGzipKb: css.reduce((a, b) => a + b, 0) / KB },
  }, {
    id: 'bridge-js-gzip', name: 'Browser host bridge script injected into each page (gzip -9)', unit: 'KB', value: bridgeGz / KB,
    target: { kind: 'none' }, samples: 1, details: { rawKb: bridge.length / KB },
    note: `${(bridge.length / KB).toFixed(0)} KB minified: it carries the whole IPC contract (zod schemas) to check every answer, and loads before the renderer on every browser-host page`,
  }];
}

if (isMain(import.meta.url)) await runAlone(run);
