/**
 * The preload's half of the IPC wiring: the shared named-method bridge over ipcRenderer. The page
 * gets only the contract's methods and `on`; the IpcRendererEvent (which would hand it the
 * ipcRenderer itself) never reaches a listener, only the event's payload does.
 */
import { createBridge, type NetbankBridge } from '../../src-shared/ipc/bridge.js';
import type { Channel, EventName } from '../../src-shared/ipc/index.js';
import { eventChannel, invokeChannel } from './ipc-names.js';

/** The part of ipcRenderer the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export function createPreloadBridge(ipc: IpcRendererLike): NetbankBridge {
  return createBridge(
    (channel: Channel, request: unknown) => ipc.invoke(invokeChannel(channel), request),
    (event: EventName, listener: (payload: unknown) => void) => {
      const name = eventChannel(event);
      const relay = (_event: unknown, payload: unknown) => listener(payload);
      ipc.on(name, relay);
      return () => {
        ipc.removeListener(name, relay);
      };
    },
  );
}
