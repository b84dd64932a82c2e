/**
 * The main window's options. The webPreferences below are Electron's security checklist; the
 * `REQUIRED_WEB_PREFERENCES` table is what main checks before it opens a window, and what the unit
 * tests hold it to, so weakening one setting stops the app instead of shipping quietly.
 */
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/** Each setting and the only value it may have. */
export const REQUIRED_WEB_PREFERENCES = {
  /** The preload's world and the page's world are separate: the page cannot touch Electron objects. */
  contextIsolation: true,
  /** The renderer runs in Chromium's OS sandbox; the preload gets only a small, safe API. */
  sandbox: true,
  /** No Node.js in the page, its workers or any frame. */
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  /** Same-origin policy on. */
  webSecurity: true,
  /** No http content inside our secure scheme. */
  allowRunningInsecureContent: false,
  /** No <webview>: nothing can embed a second, less guarded browser. */
  webviewTag: false,
  /** No experimental Chromium features. */
  experimentalFeatures: false,
  /** A dropped file or link never navigates the window away from the app. */
  navigateOnDragDrop: false,
  /** The spell checker would download dictionaries and read what the customer types. */
  spellcheck: false,
  /** A page cannot trap the customer in a loop of alert() dialogs. */
  safeDialogs: true,
  /** No plugins (PDF viewer, Flash-era APIs). */
  plugins: false,
  /** Nothing the renderer needs; less attack surface. */
  webgl: false,
  enableWebSQL: false,
} as const satisfies WebPreferences;

/** Settings that must not be present at all (they switch on extra Blink features or pass arguments). */
export const FORBIDDEN_WEB_PREFERENCES = ['enableBlinkFeatures', 'additionalArguments', 'session'] as const;

/** An in-memory partition for kiosks (nothing written to disk); a persistent one for customers. */
export const PARTITION_PERSISTENT = 'persist:netbank';
export const PARTITION_KIOSK = 'netbank-kiosk';

export interface WindowSettings {
  preloadPath: string;
  /** Developer tools are available only in unpackaged (development) runs, never in a kiosk. */
  packaged: boolean;
  kiosk: boolean;
  title: string;
  iconPath?: string;
}

export function partitionFor(kiosk: boolean): string {
  return kiosk ? PARTITION_KIOSK : PARTITION_PERSISTENT;
}

export function webPreferencesFor(s: WindowSettings): WebPreferences {
  return {
    ...REQUIRED_WEB_PREFERENCES,
    preload: s.preloadPath,
    partition: partitionFor(s.kiosk),
    devTools: !s.packaged && !s.kiosk,
    autoplayPolicy: 'document-user-activation-required',
  };
}

export function windowOptionsFor(s: WindowSettings): BrowserWindowConstructorOptions {
  return {
    title: s.title,
    width: 1200,
    height: 860,
    minWidth: 800,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    kiosk: s.kiosk,
    fullscreen: s.kiosk,
    ...(s.iconPath ? { icon: s.iconPath } : {}),
    webPreferences: webPreferencesFor(s),
  };
}

/** Every way these options fall short of the checklist; empty when they are as required. */
export function webPreferenceProblems(prefs: WebPreferences | undefined): string[] {
  if (!prefs) return ['webPreferences are missing'];
  const problems: string[] = [];
  const record = prefs as Record<string, unknown>;
  for (const [key, wanted] of Object.entries(REQUIRED_WEB_PREFERENCES)) {
    if (record[key] !== wanted) problems.push(`${key} must be ${String(wanted)} (is ${String(record[key])})`);
  }
  for (const key of FORBIDDEN_WEB_PREFERENCES) {
    if (record[key] !== undefined) problems.push(`${key} must not be set`);
  }
  if (typeof prefs.preload !== 'string' || !prefs.preload.endsWith('.cjs')) problems.push('preload must be the bundled CommonJS preload');
  if (typeof prefs.partition !== 'string' || (prefs.partition !== PARTITION_PERSISTENT && prefs.partition !== PARTITION_KIOSK)) {
    problems.push('partition must be the app\'s own');
  }
  return problems;
}
