/**
 * Runs sandboxed, before the page, in its own world. Exposes `window.netbank`: the contract's
 * named methods and `on` for events. Never a generic invoke, never ipcRenderer itself. It carries
 * no zod and no schema (main checks every request and answer; see src-shared/ipc/bridge.ts), so
 * it stays a few KB that every window start reads.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createPreloadBridge } from './preload-bridge.js';

contextBridge.exposeInMainWorld('netbank', createPreloadBridge(ipcRenderer));
