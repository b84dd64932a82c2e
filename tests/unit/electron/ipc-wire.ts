/**
 * An in-process stand-in for Electron's IPC pipe (ipcMain, ipcRenderer, webContents.send), so the
 * real preload bridge and the real main-side handlers can talk to a real core in a Node test.
 * Requests and payloads are copied with structuredClone, as Electron's serialisation does.
 */
import type { IpcMainLike } from '../../../src-main/electron/ipc.js';
import type { IpcRendererLike } from '../../../src-main/electron/preload-bridge.js';
import type { SenderEventLike } from '../../../src-main/electron/sender-check.js';

type Handler = (event: SenderEventLike, ...args: unknown[]) => Promise<unknown>;
type Listener = (event: unknown, ...args: unknown[]) => void;

export function createIpcWire(frame: { url: string; parent: unknown } | null = { url: 'app://netbank/index.html', parent: null }) {
  const handlers = new Map<string, Handler>();
  const listeners = new Map<string, Set<Listener>>();
  const sent: string[] = [];
  let pageUrl = frame?.url ?? '';

  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler(channel) {
      handlers.delete(channel);
    },
  };

  const ipcRenderer: IpcRendererLike & { secret: string } = {
    secret: 'the raw ipcRenderer',
    async invoke(channel, ...args) {
      const h = handlers.get(channel);
      if (!h) throw new Error(`No handler registered for '${channel}'`);
      return structuredClone(await h({ senderFrame: frame }, ...args.map((a) => structuredClone(a))));
    },
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
    },
  };

  const webContents = {
    destroyed: false,
    isDestroyed() { return this.destroyed; },
    getURL: () => pageUrl,
    send(channel: string, payload: unknown) {
      sent.push(channel);
      // Electron hands listeners an event whose `sender` is ipcRenderer itself.
      for (const l of listeners.get(channel) ?? []) l({ sender: ipcRenderer }, structuredClone(payload));
    },
  };

  return {
    ipcMain, ipcRenderer, webContents, handlers, listeners, sent,
    navigateTo(url: string) { pageUrl = url; },
  };
}
