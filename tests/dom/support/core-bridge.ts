/**
 * A real core behind `window.netbank`: the core runs on a worker thread (core-worker.ts) against
 * the demo bank, and the renderer gets the same named-method bridge Electron's preload and the
 * browser host build (`createBridge` from the shared contract), with the same envelope checks.
 */
import { Worker } from 'node:worker_threads';
import { createBridge, type NetbankBridge } from '../../../src-shared/ipc/bridge.js';
import type { FromCore, ToCore } from './core-worker.js';
import { CORE_WORKER_BUNDLE } from './paths.js';

type Outgoing = { channel: string; request: unknown } | { close: true };

export interface RealCore {
  /** A new bridge to this core; events go to the newest bridge's listeners only (one per test). */
  bridge(): NetbankBridge;
  /** Logs out at the bank and stops the thread. */
  close(): Promise<void>;
}

export async function startCore(bankUrl: string): Promise<RealCore> {
  const worker = new Worker(CORE_WORKER_BUNDLE, { workerData: { bankUrl } });
  const answers = new Map<number, (result: unknown) => void>();
  let listeners = new Map<string, Set<(payload: unknown) => void>>();
  let nextId = 1;
  const ready = new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (m: FromCore) => {
      if ('id' in m) {
        answers.get(m.id)?.(m.result);
        answers.delete(m.id);
      } else if (m.event === 'core.ready') resolve();
      else for (const l of listeners.get(m.event) ?? []) l(m.payload);
    });
  });
  await ready;
  const send = (message: Outgoing) =>
    new Promise<unknown>((resolve) => {
      const id = nextId++;
      answers.set(id, resolve);
      worker.postMessage({ id, ...message } as ToCore);
    });
  const bridge = () => {
    const own = new Map<string, Set<(payload: unknown) => void>>();
    listeners = own;
    return createBridge(
      (channel, request) => send({ channel, request }),
      (event, listener) => {
        const set = own.get(event) ?? new Set();
        own.set(event, set);
        set.add(listener);
        return () => set.delete(listener);
      },
    );
  };
  return {
    bridge,
    async close() {
      await send({ close: true });
      await worker.terminate();
    },
  };
}
