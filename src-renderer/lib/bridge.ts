/**
 * The renderer's only way out: `window.netbank`, put there by Electron's preload or by the browser
 * host's bridge script. Its type comes from the shared contract.
 */
import type { NetbankBridge } from '../../src-shared/ipc/bridge.js';

declare global {
  interface Window {
    netbank?: NetbankBridge;
  }
}

export function findBridge(): NetbankBridge | null {
  return typeof window !== 'undefined' && window.netbank ? window.netbank : null;
}

/** The bridge; only called after start-up found it (the app shows an error screen otherwise). */
export function netbank(): NetbankBridge {
  const b = findBridge();
  if (!b) throw new Error('netbank bridge missing');
  return b;
}

/** A fresh id for one intention of the customer (one press of "confirm"); retries reuse it. */
export function newIntentId(): string {
  return crypto.randomUUID();
}
