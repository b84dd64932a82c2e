// Start-up probe: create the core (as a host does at start) and answer the first contract call.
// Prints `CORE_READY <ms since the process started>` and exits. Bundled at bench time.
import { createCore } from '../src-main/core/create-core.js';
import { defaultConfig } from '../src-main/core/config.js';
import { MemoryCredentialStore } from '../src-main/core/credentials/store.js';
import { silentLogger } from '../src-main/core/logger.js';

const core = await createCore(defaultConfig({ bankUrl: 'http://127.0.0.1:9' }), { store: new MemoryCredentialStore(), log: silentLogger() });
const answer = await core.dispatch('app.info', {});
if (!answer.ok) {
  process.stderr.write(`app.info failed: ${answer.error.code}\n`);
  process.exit(1);
}
process.stdout.write(`CORE_READY ${performance.now().toFixed(2)}\n`);
await core.close();
process.exit(0);
