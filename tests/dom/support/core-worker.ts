/**
 * The main-process core on its own thread, as Electron's main process runs it: real timers, real
 * HTTP to the demo bank. The DOM tests talk to it through the contract's named-method bridge
 * (core-bridge.ts). Bundled by global-setup.ts; a worker thread because the DOM thread has
 * happy-dom's XMLHttpRequest and a fake clock, neither of which the core should see.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createCore, defaultConfig, MemoryPreferenceStore, silentLogger } from '../../../src-main/core/index.js';

export type ToCore = { id: number; channel: string; request: unknown } | { id: number; close: true };
export type FromCore = { id: number; result: unknown } | { event: string; payload: unknown };

const port = parentPort!;
const { bankUrl } = workerData as { bankUrl: string };
const core = await createCore(defaultConfig({ bankUrl, logLevel: 'silent' }), { store: new MemoryPreferenceStore(), log: silentLogger() });
core.onEvent((event, payload) => port.postMessage({ event, payload } satisfies FromCore));

port.on('message', (m: ToCore) => {
  if ('close' in m) {
    void core.close().then(() => port.postMessage({ id: m.id, result: null } satisfies FromCore));
    return;
  }
  void core.dispatch(m.channel, m.request).then((result) => port.postMessage({ id: m.id, result } satisfies FromCore));
});
port.postMessage({ event: 'core.ready', payload: null } satisfies FromCore);
