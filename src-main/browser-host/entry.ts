/**
 * The browser host's entry, dist/host/main.cjs: runs the host (main.ts, bundled as host.cjs beside
 * this file) with V8's code cache (code-cache.ts). Without a good cache the host makes one once it
 * has printed its URL, and again as it exits, by when its first calls have run too (their code is
 * compiled only then), so the next start has both.
 */
import path from 'node:path';
import { runCommonJsWithCache } from './code-cache.js';

const run = runCommonJsWithCache(path.join(__dirname, 'host.cjs'));
if (!run.usedCache) {
  const { started } = run.exports as { started?: Promise<void> };
  void started?.then(() => setImmediate(() => run.writeCache()));
  process.once('exit', () => run.writeCache());
}
