/**
 * The renderer's `window.netbank`: named methods built from the contract's channel names
 * (`netbank.operations.authorize(req)`), never a generic invoke. Electron's preload and the browser
 * host build it with the same function, so the renderer cannot tell them apart.
 *
 * A thin forwarder, on purpose without zod: main parses every request with the channel's schema
 * before a handler runs and every answer with the response schema before it leaves
 * (src-main/core/ipc/dispatch.ts), builds those answers from bank answers it has already parsed,
 * and checks every event payload before it sends it (src-main/core/create-core.ts). Checking them again here cost the page about 100 KB of gzip (the whole contract's
 * schemas) at every window start for nothing main had not checked. What this file still checks
 * is the envelope: `{ ok: true, value }` or `{ ok: false, error }` with a known code and a
 * message; anything else (a broken host, a proxy's page) becomes a typed INVALID_RESPONSE.
 * The lint rules (eslint.config.js, "thin bridge") keep zod and the schema modules out of it.
 */
import type { Channel, Contract, RequestInputOf, ResponseOf } from './contract.js';
import type { EventName, EventPayload } from './events.js';
import type { IpcError, IpcResult } from './errors.js';
import { ERROR_CODES } from '../domain/errors.js';
import { BRIDGE_CHANNELS, BRIDGE_EVENTS } from './channel-list.js';

type Namespace<C extends string> = C extends `${infer N}.${string}` ? N : never;

export type BridgeApi = {
  [N in Namespace<Channel>]: {
    [C in Channel as C extends `${N}.${infer M}` ? M : never]: (
      request: RequestInputOf<C>,
    ) => Promise<IpcResult<ResponseOf<C>>>;
  };
};

export type EventListener<E extends EventName> = (payload: EventPayload<E>) => void;

export type NetbankBridge = BridgeApi & {
  /** Subscribe to a main→renderer event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: EventListener<E>): () => void;
};

/** How a host delivers a call: Electron's ipcRenderer.invoke, or the browser host's fetch. */
export type Invoke = (channel: Channel, request: unknown) => Promise<unknown>;
/** How a host delivers events: returns the unsubscribe function. */
export type Subscribe = (event: EventName, listener: (payload: unknown) => void) => () => void;

const KNOWN_CODES: ReadonlySet<string> = new Set(ERROR_CODES);
const KNOWN_EVENTS: ReadonlySet<string> = new Set(BRIDGE_EVENTS);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isIpcError(e: unknown): e is IpcError {
  return isRecord(e) && typeof e.code === 'string' && KNOWN_CODES.has(e.code) && typeof e.message === 'string';
}

/**
 * What came back over IPC, as a result: the envelope is checked (the value inside was checked by
 * main against the contract); one that does not fit becomes a typed INVALID_RESPONSE.
 */
export function parseIpcAnswer<C extends Channel>(channel: C, raw: unknown): IpcResult<ResponseOf<C>> {
  if (isRecord(raw)) {
    if (raw.ok === true && 'value' in raw && raw.value !== undefined) return { ok: true, value: raw.value as ResponseOf<C> };
    if (raw.ok === false && isIpcError(raw.error)) return { ok: false, error: raw.error };
  }
  return { ok: false, error: { code: 'INVALID_RESPONSE', message: `The answer to ${channel} did not match the contract.` } };
}

export function createBridge(invoke: Invoke, subscribe: Subscribe): NetbankBridge {
  const api: Record<string, Record<string, (request: unknown) => Promise<unknown>>> = {};
  for (const channel of BRIDGE_CHANNELS) {
    const [ns, method] = channel.split('.') as [string, string];
    api[ns] ??= {};
    api[ns][method] = async (request: unknown) => {
      try {
        return parseIpcAnswer(channel, await invoke(channel, request));
      } catch {
        return { ok: false, error: { code: 'UNEXPECTED', message: `The call ${channel} could not be delivered.` } };
      }
    };
  }
  for (const ns of Object.keys(api)) Object.freeze(api[ns]);
  const on = <E extends EventName>(event: E, listener: EventListener<E>): (() => void) => {
    if (typeof event !== 'string' || !KNOWN_EVENTS.has(event)) throw new TypeError(`unknown event ${String(event)}`);
    // Main checks every payload against the contract's event schema before it sends it
    // (src-main/core/create-core.ts); here only something that is not an object is dropped.
    return subscribe(event, (payload) => {
      if (isRecord(payload)) listener(payload as EventPayload<E>);
    });
  };
  return Object.freeze({ ...api, on }) as unknown as NetbankBridge;
}

/** The method names the bridge exposes, e.g. "session.login": what tests compare `window.netbank` against. */
export function bridgeMethodNames(): string[] {
  return [...BRIDGE_CHANNELS].sort();
}

export type { Contract };
