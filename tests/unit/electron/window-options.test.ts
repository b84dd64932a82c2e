import { describe, expect, it } from 'vitest';
import {
  FORBIDDEN_WEB_PREFERENCES, PARTITION_KIOSK, PARTITION_PERSISTENT, REQUIRED_WEB_PREFERENCES, webPreferenceProblems, windowOptionsFor, type WindowSettings,
} from '../../../src-main/electron/window-options.js';

const base: WindowSettings = { preloadPath: '/app/dist/electron/preload.cjs', packaged: true, kiosk: false, title: 'デモ銀行' };

// The checklist, written out again on purpose: changing a value in the source must break this test.
const CHECKLIST: Record<string, boolean> = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: false,
  safeDialogs: true,
  plugins: false,
  webgl: false,
  enableWebSQL: false,
};

describe('window security options', () => {
  it('the required table is exactly the checklist', () => {
    expect(REQUIRED_WEB_PREFERENCES).toEqual(CHECKLIST);
  });

  for (const settings of [base, { ...base, packaged: false }, { ...base, kiosk: true }]) {
    it(`every checklist value holds (packaged=${settings.packaged}, kiosk=${settings.kiosk})`, () => {
      const prefs = windowOptionsFor(settings).webPreferences!;
      for (const [key, value] of Object.entries(CHECKLIST)) expect(prefs[key as keyof typeof prefs], key).toBe(value);
      for (const key of FORBIDDEN_WEB_PREFERENCES) expect(prefs[key], key).toBeUndefined();
      expect(webPreferenceProblems(prefs)).toEqual([]);
    });
  }

  it('developer tools only in an unpackaged, non-kiosk run', () => {
    expect(windowOptionsFor(base).webPreferences!.devTools).toBe(false);
    expect(windowOptionsFor({ ...base, kiosk: true, packaged: false }).webPreferences!.devTools).toBe(false);
    expect(windowOptionsFor({ ...base, packaged: false }).webPreferences!.devTools).toBe(true);
  });

  it('a kiosk is fullscreen with an in-memory partition; a customer window persists', () => {
    const kiosk = windowOptionsFor({ ...base, kiosk: true });
    expect(kiosk.kiosk).toBe(true);
    expect(kiosk.fullscreen).toBe(true);
    expect(kiosk.webPreferences!.partition).toBe(PARTITION_KIOSK);
    expect(PARTITION_KIOSK.startsWith('persist:')).toBe(false);
    expect(windowOptionsFor(base).webPreferences!.partition).toBe(PARTITION_PERSISTENT);
  });

  it('the window is shown only when ready, and loads the bundled preload', () => {
    const o = windowOptionsFor(base);
    expect(o.show).toBe(false);
    expect(o.webPreferences!.preload).toBe(base.preloadPath);
  });

  it('names each weakened setting', () => {
    const good = windowOptionsFor(base).webPreferences!;
    for (const [key, value] of Object.entries(CHECKLIST)) {
      const problems = webPreferenceProblems({ ...good, [key]: !value });
      expect(problems.length, key).toBe(1);
      expect(problems[0]).toContain(key);
      // Left out is as bad as wrong: Electron's default is not trusted.
      const without: Record<string, unknown> = { ...good };
      delete without[key];
      expect(webPreferenceProblems(without).join(), key).toContain(key);
    }
    expect(webPreferenceProblems({ ...good, enableBlinkFeatures: 'CSSBackdropFilter' })).toEqual(['enableBlinkFeatures must not be set']);
    expect(webPreferenceProblems({ ...good, additionalArguments: ['--x'] })).toEqual(['additionalArguments must not be set']);
    expect(webPreferenceProblems({ ...good, preload: '/tmp/evil.js' })).toEqual(['preload must be the bundled CommonJS preload']);
    expect(webPreferenceProblems({ ...good, partition: 'persist:other' })).toEqual(["partition must be the app's own"]);
    expect(webPreferenceProblems(undefined)).toEqual(['webPreferences are missing']);
  });
});
