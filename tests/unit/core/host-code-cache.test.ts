// The browser host's entry runs its bundle with V8's code cache: made by a first run, used by the
// next, never for another text (even one of the same length), and a broken or unwritable cache only
// means a start without one. Each start is its own Node process, as V8 keeps what it compiled for
// the rest of a process and would not read the cache a second time within one.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

const scratch = mkdtempSync(path.join(tmpdir(), 'netbank-code-cache-runner-'));
const runner = path.join(scratch, 'runner.cjs');

/** The code cache module, bundled, and a start of `bundle` with it in a fresh Node process. */
const RUNNER_SOURCE = `
import { runCommonJsWithCache } from ${JSON.stringify(path.resolve('src-main/browser-host/code-cache.ts'))};
const [bundle, write] = process.argv.slice(2);
const run = runCommonJsWithCache(bundle);
const e = run.exports;
Promise.all([e.load(), e.importing()]).then(([loaded, imported]) => {
  const written = write === 'write' ? run.writeCache() : null;
  process.stdout.write(JSON.stringify({ usedCache: run.usedCache, cacheFile: run.cacheFile, answer: e.answer, dir: e.dir, file: e.file, loaded, imported, written }));
});
`;

interface Start { usedCache: boolean; cacheFile: string; answer: number; dir: string; file: string; loaded: string; imported: string; written: boolean | null }

function start(bundle: string, write: 'write' | 'no-write' = 'no-write'): Start {
  return JSON.parse(execFileSync(process.execPath, [runner, bundle, write], { encoding: 'utf8' })) as Start;
}

/** A small CommonJS "bundle" with enough functions to be worth caching. */
function bundleText(answer: number): string {
  const helpers = Array.from({ length: 40 }, (_, i) => `function f${i}(x) { return x + ${i} - ${i}; }`).join('\n');
  return `'use strict';
const path = require('node:path');
${helpers}
module.exports = {
  answer: ${[...Array(40).keys()].reduce((s, i) => `f${i}(${s})`, String(answer))},
  dir: path.basename(__dirname),
  file: path.basename(__filename),
  load: () => Promise.resolve().then(() => typeof require('node:zlib').gzipSync),
  importing: () => import('node:path').then(() => 'imported', (e) => e.code),
};
`;
}

describe('browser host code cache', () => {
  let dir: string;
  let bundle: string;
  const caches = () => readdirSync(dir).filter((n) => n.endsWith('.v8cache'));

  beforeAll(() => {
    buildSync({ stdin: { contents: RUNNER_SOURCE, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', outfile: runner, logLevel: 'silent' });
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'netbank-code-cache-'));
    bundle = path.join(dir, 'host.cjs');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('runs the bundle as Node would, then from the cache its first run wrote', () => {
    writeFileSync(bundle, bundleText(42));
    const first = start(bundle, 'write');
    expect(first).toMatchObject({ usedCache: false, answer: 42, dir: path.basename(dir), file: 'host.cjs', loaded: 'function', written: true });
    expect(caches()).toEqual([path.basename(first.cacheFile)]);
    expect(start(bundle)).toMatchObject({ usedCache: true, answer: 42, loaded: 'function' });
  });

  it('refuses a dynamic import() on every start, not only on those from the cache', () => {
    writeFileSync(bundle, bundleText(5));
    expect(start(bundle, 'write')).toMatchObject({ usedCache: false, imported: 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING' });
    expect(start(bundle)).toMatchObject({ usedCache: true, imported: 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING' });
  });

  it('never uses the cache of another text of the same length, and drops it once the new one is written', () => {
    writeFileSync(bundle, bundleText(42));
    const old = start(bundle, 'write');
    writeFileSync(bundle, bundleText(43));
    const next = start(bundle, 'write');
    expect(next.cacheFile).not.toBe(old.cacheFile);
    expect(next).toMatchObject({ usedCache: false, answer: 43 });
    expect(caches()).toEqual([path.basename(next.cacheFile)]);
    expect(start(bundle)).toMatchObject({ usedCache: true, answer: 43 });
  });

  it('starts without a cache V8 refuses, and makes a good one', () => {
    writeFileSync(bundle, bundleText(7));
    const probe = start(bundle);
    writeFileSync(probe.cacheFile, Buffer.alloc(4096, 0xab));
    expect(start(bundle, 'write')).toMatchObject({ usedCache: false, answer: 7, written: true });
    expect(start(bundle)).toMatchObject({ usedCache: true, answer: 7 });
  });

  it('says so when the cache cannot be written, leaves nothing behind, and still starts', () => {
    writeFileSync(bundle, bundleText(1));
    const probe = start(bundle);
    // The cache's place is taken by a folder, which refuses the file as an unwritable folder would.
    mkdirSync(probe.cacheFile);
    writeFileSync(path.join(probe.cacheFile, 'other'), 'x');
    expect(start(bundle, 'write')).toMatchObject({ usedCache: false, answer: 1, written: false });
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(start(bundle)).toMatchObject({ usedCache: false, answer: 1 });
  });
});
