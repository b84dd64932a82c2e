/**
 * The contract over Electron IPC: one ipcMain.handle per contract channel, each checking the
 * sender before the raw request goes to core.dispatch (which parses it with the contract's schema).
 * Core events go to the app window only, and only while it shows the app's own page.
 */
import type { Core } from '../core/core.js';
import { CHANNEL_NAMES, type IpcResult } from '../../src-shared/ipc/index.js';
import { isAppUrl } from './app-url.js';
import { eventChannel, invokeChannel } from './ipc-names.js';
import { checkSender, type SenderEventLike } from './sender-check.js';

export interface IpcMainLike {
  handle(channel: string, listener: (event: SenderEventLike, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface EventTargetContents {
  isDestroyed(): boolean;
  getURL(): string;
  send(channel: string, payload: unknown): void;
}

export interface IpcWiring {
  ipcMain: IpcMainLike;
  core: Pick<Core, 'dispatch' | 'onEvent'>;
  /** The window's webContents, or null when there is no window. */
  target: () => EventTargetContents | null;
  /** Told about each refused call: the channel and why, never the request. */
  onRefused?: (channel: string, reason: string) => void;
}

/** Registers every channel; returns the function that removes them all again. */
export function registerIpc(w: IpcWiring): () => void {
  const names: string[] = [];
  for (const channel of CHANNEL_NAMES) {
    const name = invokeChannel(channel);
    names.push(name);
    w.ipcMain.handle(name, async (event, request): Promise<IpcResult<unknown>> => {
      const verdict = checkSender(event);
      if (!verdict.ok) {
        w.onRefused?.(channel, verdict.reason);
        return { ok: false, error: { code: 'FORBIDDEN_SENDER', message: 'This window may not call the app.' } };
      }
      return w.core.dispatch(channel, request);
    });
  }
  const unsubscribe = w.core.onEvent((event, payload) => {
    const contents = w.target();
    if (!contents || contents.isDestroyed() || !isAppUrl(contents.getURL())) return;
    contents.send(eventChannel(event), payload);
  });
  return () => {
    unsubscribe();
    for (const name of names) w.ipcMain.removeHandler(name);
  };
}
