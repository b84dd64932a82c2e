import { describe, expect, it } from 'vitest';
import { createKioskWiper, WIPE_STEPS } from '../../../src-main/core/kiosk/index.js';
import { silentLogger } from '../../../src-main/core/logger.js';
import { blockedShortcut, type KeyInput } from '../../../src-main/electron/kiosk-keys.js';
import { electronKioskStorage, KIOSK_STORAGES, type WipeableSession } from '../../../src-main/electron/kiosk-storage.js';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({ type: 'keyDown', key: k, control: false, meta: false, alt: false, shift: false, ...mods });

describe('kiosk shortcuts', () => {
  it('swallows the ones that close, leave, reload, print, save, open tools or leave full screen', () => {
    for (const input of [key('F4', { alt: true }), key('w', { control: true }), key('q', { meta: true }), key('r', { control: true }), key('F5'),
      key('p', { control: true }), key('s', { control: true }), key('F12'), key('I', { control: true, shift: true }), key('F11'),
      key('ArrowLeft', { alt: true }), key('n', { control: true }), key('Tab', { control: true }), key('BrowserBack')]) {
      expect(blockedShortcut(input), JSON.stringify(input)).not.toBeNull();
    }
  });

  it('lets typing, editing and form navigation through', () => {
    for (const input of [key('a'), key('A', { shift: true }), key('c', { control: true }), key('v', { control: true }), key('x', { meta: true }),
      key('z', { control: true }), key('a', { control: true }), key('Tab'), key('Tab', { shift: true }), key('Enter'), key('Escape'), key('Backspace'),
      key('+', { control: true }), key('F4', { alt: true, type: 'keyUp' })]) {
      expect(blockedShortcut(input), JSON.stringify(input)).toBeNull();
    }
  });
});

describe('the Electron side of the kiosk wipe', () => {
  it('each step is the Electron call that clears that kind of data, on the kiosk session', async () => {
    const calls: string[] = [];
    const rec = (name: string) => (arg?: unknown) => {
      calls.push(arg === undefined ? name : `${name} ${JSON.stringify(arg)}`);
      return Promise.resolve();
    };
    const session: WipeableSession = {
      clearStorageData: rec('clearStorageData'), clearData: rec('clearData'), clearCache: rec('clearCache'), clearAuthCache: rec('clearAuthCache'),
      clearHostResolverCache: rec('clearHostResolverCache'), clearCodeCaches: rec('clearCodeCaches'),
    };
    const storage = electronKioskStorage(session, { clear: (t) => calls.push(`clipboard ${t ?? ''}`) }, {
      close: async () => { calls.push('close page'); },
      openLogin: async () => { calls.push('open login'); },
    });
    const report = await createKioskWiper(storage, silentLogger()).wipe('idle');
    expect(report.ok).toBe(true);
    expect(calls).toEqual([
      'close page',
      `clearStorageData ${JSON.stringify({ storages: KIOSK_STORAGES })}`,
      'clearData',
      'clearCache',
      'clearAuthCache',
      'clearHostResolverCache',
      'clearCodeCaches {}',
      'clipboard clipboard',
      'clipboard selection',
      'open login',
    ]);
    expect(Object.keys(storage).sort()).toEqual([...WIPE_STEPS].sort());
    expect([...KIOSK_STORAGES].sort()).toEqual(['cachestorage', 'cookies', 'filesystem', 'indexdb', 'localstorage', 'serviceworkers', 'shadercache']);
  });
});
