// Start-up probe for the Electron main's core, bundled the way scripts/build.mjs builds
// dist/electron/main.cjs (CommonJS, zod in, scripts/app-externals.mjs out) since Electron's main cannot run here
// without its binary: the core with its real defaults (the OS keychain store, the logger at info)
// created as main does, then the first contract call. Prints `CORE_READY <ms modules loaded>
// <ms ready> <CPU ms>` (since the process started) and exits.
import { createCore } from '../src-main/core/create-core.js';
import { defaultConfig } from '../src-main/core/config.js';

const loaded = performance.now();
async function main(): Promise<void> {
  const core = await createCore(defaultConfig({ host: 'electron', bankUrl: 'http://127.0.0.1:9', keychainAccount: 'bench' }));
  const answer = await core.dispatch('app.info', {});
  if (!answer.ok) {
    process.stderr.write(`app.info failed: ${answer.error.code}\n`);
    process.exit(1);
  }
  const ready = performance.now();
  const cpu = process.cpuUsage();
  process.stdout.write(`CORE_READY ${loaded.toFixed(2)} ${ready.toFixed(2)} ${((cpu.user + cpu.system) / 1000).toFixed(2)}\n`);
  await core.close();
  process.exit(0);
}
void main();
