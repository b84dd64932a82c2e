/**
 * The renderer's only way out: `window.netbank`, put there by Electron's preload or by the browser
 * host's bridge script. Its type comes from the shared contract. Screens call `netbank()`, whose
 * every answer first passes the one watcher the app installs at start (state/session.ts: a session
 * that is gone ends here, the one-time-password lock is noted), so no call site handles it again.
 */
import type { NetbankBridge } from '../../src-shared/ipc/bridge.js';
import type { IpcResult } from '../../src-shared/ipc/errors.js';

declare global {
  interface Window {
    netbank?: NetbankBridge;
  }
}

export type ResultWatcher = (result: IpcResult<unknown>) => void;

let watcher: ResultWatcher | null = null;
const watched = new WeakMap<NetbankBridge, NetbankBridge>();

export function findBridge(): NetbankBridge | null {
  return typeof window !== 'undefined' && window.netbank ? window.netbank : null;
}

/** Installs the watcher every answer passes through (once, at start; a second call replaces it). */
export function watchAnswers(w: ResultWatcher): void {
  watcher = w;
}

type Method = (request: unknown) => Promise<IpcResult<unknown>>;

/** The same bridge, read property by property (however the host built it), each answer watched. */
function wrap(raw: NetbankBridge): NetbankBridge {
  const rawApi = raw as unknown as Record<string, Record<string, Method>>;
  const namespaces = new Map<string, Record<string, Method>>();
  const namespace = (ns: string) => new Proxy({} as Record<string, Method>, {
    get: (_, name) => {
      const call = rawApi[ns]?.[String(name)];
      if (typeof call !== 'function') return undefined;
      return async (request: unknown) => {
        const r = await call(request);
        watcher?.(r);
        return r;
      };
    },
  });
  return new Proxy({} as NetbankBridge, {
    get: (_, key) => {
      if (key === 'on') return raw.on.bind(raw);
      const ns = String(key);
      if (!namespaces.has(ns)) namespaces.set(ns, namespace(ns));
      return namespaces.get(ns);
    },
  });
}

/** The bridge with every answer watched; only called after start-up found it (else an error screen). */
export function netbank(): NetbankBridge {
  const raw = bareBridge();
  let b = watched.get(raw);
  if (!b) {
    b = wrap(raw);
    watched.set(raw, b);
  }
  return b;
}

/** The bridge without the watcher: for the session's own calls (log out, activity), which end it themselves. */
export function bareBridge(): NetbankBridge {
  const b = findBridge();
  if (!b) throw new Error('netbank bridge missing');
  return b;
}

/** A fresh id for one intention of the customer (one press of "confirm"); retries reuse it. */
export function newIntentId(): string {
  return crypto.randomUUID();
}
