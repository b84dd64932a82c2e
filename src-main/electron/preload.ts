/**
 * Runs sandboxed, before the page, in its own world. Exposes `window.netbank`: the contract's
 * named methods and `on` for events. Never a generic invoke, never ipcRenderer itself.
 */
import './zod-jitless.js';
import { contextBridge, ipcRenderer } from 'electron';
import { createPreloadBridge } from './preload-bridge.js';

contextBridge.exposeInMainWorld('netbank', createPreloadBridge(ipcRenderer));
