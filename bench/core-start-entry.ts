// Start-up probe: create the core (as a host does at start) and answer the first contract call.
// Prints `CORE_READY <ms when modules were loaded> <ms when ready> <CPU ms used>` (since the process
// started) and exits. Bundled at bench time.
import { createCore } from '../src-main/core/create-core.js';
import { defaultConfig } from '../src-main/core/config.js';
import { MemoryCredentialStore } from '../src-main/core/credentials/store.js';
import { silentLogger } from '../src-main/core/logger.js';

// Modules are evaluated before this line runs: the time so far is Node start plus loading them.
const loaded = performance.now();
const core = await createCore(defaultConfig({ bankUrl: 'http://127.0.0.1:9' }), { store: new MemoryCredentialStore(), log: silentLogger() });
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
