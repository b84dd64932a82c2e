/**
 * The one place where the kiosk's wipe touches Electron: each `KioskStorage` step as Electron
 * calls on the kiosk's in-memory partition. The order and the error handling are core logic
 * (src-main/core/kiosk/wipe.ts); this file only says which call clears what.
 */
import type { ClearDataOptions, ClearStorageDataOptions } from 'electron';
import type { KioskStorage } from '../core/kiosk/index.js';

/** Every storage type `session.clearStorageData` knows (Electron 45). */
export const KIOSK_STORAGES = [
  'cookies', 'filesystem', 'indexdb', 'localstorage', 'shadercache', 'serviceworkers', 'cachestorage',
] as const satisfies NonNullable<ClearStorageDataOptions['storages']>;

/** `session.clearData` with no data types clears everything Chromium's remover knows; these are named for the record. */
export const KIOSK_DATA_TYPES = [
  'backgroundFetch', 'cache', 'cookies', 'downloads', 'fileSystems', 'indexedDB', 'localStorage', 'serviceWorkers', 'webSQL',
] as const satisfies NonNullable<ClearDataOptions['dataTypes']>;

/** The part of Electron's Session the wipe uses. */
export interface WipeableSession {
  clearStorageData(options?: ClearStorageDataOptions): Promise<void>;
  clearData(options?: ClearDataOptions): Promise<void>;
  clearCache(): Promise<void>;
  clearAuthCache(): Promise<void>;
  clearHostResolverCache(): Promise<void>;
  clearCodeCaches(options: { urls?: string[] }): Promise<void>;
}

/** The kiosk window, as the wipe needs it (main.ts owns the real BrowserWindow). */
export interface KioskPage {
  /** Unloads the customer's page (its memory and sessionStorage go with it). */
  close(): Promise<void>;
  /** Shows a fresh page on the login screen. */
  openLogin(): Promise<void>;
}

export function electronKioskStorage(session: WipeableSession, clipboard: { clear(type?: 'selection' | 'clipboard'): void }, page: KioskPage): KioskStorage {
  return {
    closePage: () => page.close(),
    clearStorageData: () => session.clearStorageData({ storages: [...KIOSK_STORAGES] }),
    // No dataTypes: "all of them", including kinds a later Chromium adds.
    clearBrowsingData: () => session.clearData(),
    clearHttpCache: () => session.clearCache(),
    clearAuthCache: () => session.clearAuthCache(),
    clearHostResolverCache: () => session.clearHostResolverCache(),
    clearCodeCaches: () => session.clearCodeCaches({}),
    clearClipboard: async () => {
      clipboard.clear('clipboard');
      // Linux also keeps the last selection (middle-click paste).
      clipboard.clear('selection');
    },
    openLoginPage: () => page.openLogin(),
  };
}
