/**
 * What the main-process core offers its two hosts (the Electron wiring and the browser host).
 * Both are thin adapters: they check who is calling, then hand the raw request to `dispatch`,
 * which parses it with the contract's schema, runs the channel's handler and parses the answer.
 */
import type { Channel, EventName, EventPayload, IpcResult } from '../../src-shared/ipc/index.js';

export type CoreEventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface Core {
  /** Runs one contract channel. Never throws: bad input and failures come back as typed errors. */
  dispatch(channel: Channel | string, rawRequest: unknown): Promise<IpcResult<unknown>>;
  /** Main → renderer events (session warning, session ended, OTP expired). Returns unsubscribe. */
  onEvent(listener: CoreEventListener): () => void;
  /** Logs out (if logged in), stops timers, closes bank connections. */
  close(): Promise<void>;
}
