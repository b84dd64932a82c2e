/**
 * Runs a CommonJS bundle with V8's code cache beside it. Compiling the browser host's bundle was
 * about a sixth of its start (the functions it runs before its first answer are compiled lazily,
 * one by one); with the cache V8 takes their compiled code from disk instead.
 *
 * The cache is made by the first run of a bundle, once it has run a while (its start and first
 * calls compiled), and is kept next to the bundle, so it is only as writable as the bundle itself.
 * Its name holds a hash of the bundle's text and the Node version: V8 itself only checks the
 * text's length, and a rebuilt bundle of the same length must never run an old bundle's code.
 * A cache V8 refuses (other flags) is made again. A folder that cannot be written (an installed
 * copy) just runs without one.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

const SUFFIX = '.v8cache';

export interface CachedRun {
  /** V8 took its compiled code from the cache. */
  usedCache: boolean;
  /** Writes the cache now (the entry schedules this itself); false when it could not be written. */
  writeCache(): boolean;
  cacheFile: string;
  /** What the bundle exported. */
  exports: unknown;
}

function cacheFileFor(bundle: string, text: string): string {
  const key = createHash('sha256').update(process.version).update('\0').update(process.arch).update('\0').update(text).digest('hex').slice(0, 24);
  return `${bundle}.${key}${SUFFIX}`;
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes atomically (another start may be reading it) and removes this bundle's older caches. */
function writeCacheFile(file: string, data: Buffer): boolean {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, data);
    renameSync(temp, file);
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // nothing was written
    }
    return false;
  }
  const dir = path.dirname(file);
  const stem = `${path.basename(file).split('.').slice(0, -2).join('.')}.`;
  for (const name of readdirSync(dir)) {
    if (name.startsWith(stem) && name.endsWith(SUFFIX) && name !== path.basename(file)) {
      try {
        unlinkSync(path.join(dir, name));
      } catch {
        // another start removed it first
      }
    }
  }
  return true;
}

/** Runs `bundle` (a CommonJS file) as Node would, with its code cache when there is a good one. */
export function runCommonJsWithCache(bundle: string): CachedRun {
  const text = readFileSync(bundle, 'utf8');
  const cacheFile = cacheFileFor(bundle, text);
  const cachedData = readCache(cacheFile);
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${text}\n})`;
  // No dynamic import(): Node 20 loses a script's import() callback when its code comes from the
  // cache, so an import() would work on a first start and fail on the next. Without a callback it
  // fails on every start, and the host's build turns its import()s into require()s.
  const script = new vm.Script(wrapped, { filename: bundle, cachedData });
  const usedCache = cachedData !== undefined && !script.cachedDataRejected;
  const run = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
  const module: { exports: unknown } = { exports: {} };
  run.call(module.exports as object, module.exports as object, createRequire(bundle), module, bundle, path.dirname(bundle));
  return { usedCache, cacheFile, exports: module.exports, writeCache: () => writeCacheFile(cacheFile, script.createCachedData()) };
}
