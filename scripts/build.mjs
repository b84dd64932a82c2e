// Builds every layer into dist/: the demo bank and the browser host (Node ESM), the Electron main
// and preload (CommonJS, as a sandboxed preload requires), and the renderer (Vite).
// Usage: node scripts/build.mjs [bank|host|electron|renderer ...]   (no argument: all)
//        node scripts/build.mjs --test-build [...]   a tester build into dist/tester/ (see below)
//
// __TEST_BUILD__ is replaced at build time in the Electron main and the renderer: false for the
// customer build (dist/), so its bundles do not even contain the tester code (demo bank start,
// mailbox window, seed customers, banner); true for a tester build (dist/tester/).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { APP_EXTERNAL } from './app-externals.mjs';
import { prerenderInto } from './prerender.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const testBuild = args.includes('--test-build');
const outRoot = testBuild ? 'dist/tester' : 'dist';
const r = (p) => path.join(root, p.startsWith('dist/') ? outRoot + p.slice(4) : p);
const define = { __TEST_BUILD__: String(testBuild) };
const wanted = new Set(args.filter((a) => a !== '--test-build'));
const want = (name) => wanted.size === 0 || wanted.has(name);

const node = { bundle: true, platform: 'node', target: 'node20', sourcemap: 'linked', packages: 'external', logLevel: 'warning' };
// Main's bundles are minified (the linked source maps keep them readable to a developer): parsing
// and compiling them is most of main's start before its first answer, and a minified bundle is
// half the text (browser host: 265 → 234 ms from spawn to its first line, medians of 12 in one run).
const mainBundle = { packages: undefined, external: APP_EXTERNAL, minify: true, legalComments: 'none' };
const esmBanner = { js: "import { createRequire as __nbCreateRequire } from 'node:module'; const require = __nbCreateRequire(import.meta.url);" };

const jobs = [];
function entry(name, src, options) {
  if (!want(name) || !existsSync(r(src))) return;
  jobs.push(build({ ...node, entryPoints: [r(src)], ...options }));
}

entry('bank', 'mock-bank/main.ts', { format: 'esm', outfile: r('dist/bank/main.mjs'), banner: esmBanner });
// The sink's parser thread runs as a file of its own beside the bank (mock-bank/mail-parser.ts).
entry('bank', 'mock-bank/parse-worker.mjs', { format: 'esm', outfile: r('dist/bank/parse-worker.mjs'), sourcemap: false });
// The browser host is CommonJS, as V8's code cache can be used for a script but not (in Node 20)
// for an ES module: entry.ts (dist/host/main.cjs) runs host.cjs with it (code-cache.ts).
// Its import()s (axios and the keychain module, loaded at first use) become require()s, still at
// first use: a script run from the cache cannot import() (code-cache.ts).
entry('host', 'src-main/browser-host/main.ts', { format: 'cjs', outfile: r('dist/host/host.cjs'), ...mainBundle, supported: { 'dynamic-import': false } });
entry('host', 'src-main/browser-host/entry.ts', { format: 'cjs', outfile: r('dist/host/main.cjs'), sourcemap: false });
entry('host', 'src-main/browser-host/bridge-client.ts', {
  platform: 'browser', packages: undefined, format: 'iife', target: 'chrome120', outfile: r('dist/host/bridge-client.js'), sourcemap: false, minify: true,
});
entry('electron', 'src-main/electron/main.ts', { format: 'cjs', outfile: r('dist/electron/main.cjs'), ...mainBundle, define });
// The preload runs sandboxed: everything but electron itself is bundled in.
entry('electron', 'src-main/electron/preload.ts', {
  format: 'cjs', outfile: r('dist/electron/preload.cjs'), packages: undefined, external: ['electron'], sourcemap: false,
});

await Promise.all(jobs);
// The host's ES module bundle of earlier builds, so nothing starts it by mistake.
if (want('host')) await Promise.all(['dist/host/main.mjs', 'dist/host/main.mjs.map'].map((f) => rm(r(f), { force: true })));

if (want('renderer') && existsSync(r('src-renderer/index.html'))) {
  // React's production build and JSX transform whatever NODE_ENV this was started with: a build
  // started by a test runner (NODE_ENV=test) otherwise got React's development build, twice the size.
  process.env.NODE_ENV = 'production';
  const { build: viteBuild } = await import('vite');
  // Built beside the old one and swapped in only when the build succeeds: a failed build (say, a
  // half-written source file) leaves the last good renderer in place for whoever is using it.
  const next = r('dist/renderer.next');
  await rm(next, { recursive: true, force: true });
  await viteBuild({ configFile: r('src-renderer/vite.config.ts'), logLevel: 'warn', define, build: { outDir: next, emptyOutDir: true } });
  // A customer build's index.html holds the login screen as HTML (scripts/prerender.mjs). A tester
  // build's does not: its tester-only parts load lazily, which prerendered HTML would not hold, so
  // it renders the first screen from the script as before.
  if (!testBuild) await prerenderInto(next, { root, define, workDir: r('dist/renderer.prerender') });
  await rm(r('dist/renderer'), { recursive: true, force: true });
  await rename(next, r('dist/renderer'));
}
console.log(`build: done (${wanted.size ? [...wanted].join(', ') : 'all'}${testBuild ? ', tester build in dist/tester' : ''})`);
