/**
 * The renderer's `window.netbank`: named methods generated from the contract
 * (`netbank.operations.authorize(req)`), never a generic invoke. Each method parses the answer
 * with the channel's response schema before the renderer sees it. Electron's preload and the
 * browser host build it with the same function, so the renderer cannot tell them apart.
 */
import { contract, type Channel, type Contract, type RequestInputOf, type ResponseOf } from './contract.js';
import { events, type EventName, type EventPayload } from './events.js';
import { ipcResultSchema, type IpcResult } from './errors.js';

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

const resultSchemas = new Map<Channel, ReturnType<typeof ipcResultSchema>>();
function resultSchemaFor(channel: Channel) {
  let s = resultSchemas.get(channel);
  if (!s) {
    s = ipcResultSchema(contract[channel].response);
    resultSchemas.set(channel, s);
  }
  return s;
}

/** Parses what came back over IPC; an answer that does not fit becomes a typed INVALID_RESPONSE. */
export function parseIpcAnswer<C extends Channel>(channel: C, raw: unknown): IpcResult<ResponseOf<C>> {
  const parsed = resultSchemaFor(channel).safeParse(raw);
  if (parsed.success) return parsed.data as IpcResult<ResponseOf<C>>;
  return { ok: false, error: { code: 'INVALID_RESPONSE', message: `The answer to ${channel} did not match the contract.` } };
}

export function createBridge(invoke: Invoke, subscribe: Subscribe): NetbankBridge {
  const api: Record<string, Record<string, (request: unknown) => Promise<unknown>>> = {};
  for (const channel of Object.keys(contract) as Channel[]) {
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
  const on = <E extends EventName>(event: E, listener: EventListener<E>): (() => void) => {
    if (!Object.prototype.hasOwnProperty.call(events, event)) throw new TypeError(`unknown event ${String(event)}`);
    return subscribe(event, (payload) => {
      const parsed = events[event].safeParse(payload);
      if (parsed.success) listener(parsed.data as EventPayload<E>);
    });
  };
  return Object.freeze({ ...api, on }) as unknown as NetbankBridge;
}

/** The method names the bridge exposes, e.g. "session.login": what tests compare `window.netbank` against. */
export function bridgeMethodNames(): string[] {
  return (Object.keys(contract) as Channel[]).slice().sort();
}

export type { Contract };
