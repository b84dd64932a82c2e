import { describe, expect, it } from 'vitest';
import { PreferenceService } from '../../../src-main/core/preferences/service.js';
import { MemoryPreferenceStore, type PreferenceStore, type Remembered } from '../../../src-main/core/preferences/store.js';
import { CoreError } from '../../../src-main/core/errors.js';
import { silentLogger } from '../../../src-main/core/logger.js';

/** A store whose backend is gone, as a keychain without a Secret Service is. */
class GoneStore implements PreferenceStore {
  readonly kind = 'keychain';
  calls = 0;
  read(): Promise<Remembered | null> {
    this.calls++;
    return Promise.reject(new CoreError('KEYCHAIN_UNAVAILABLE', 'gone'));
  }
  write(): Promise<void> {
    this.calls++;
    return Promise.reject(new CoreError('KEYCHAIN_UNAVAILABLE', 'gone'));
  }
  clear(): Promise<void> {
    return Promise.reject(new CoreError('KEYCHAIN_UNAVAILABLE', 'gone'));
  }
}

describe('in-memory preference store', () => {
  it('keeps only the three remembered fields and forgets on clear', async () => {
    const store = new MemoryPreferenceStore();
    expect(await store.read()).toBeNull();
    await store.write({ loginId: 'mail-user', language: 'en', lastAccountId: 'acc-1', password: 'x' } as Remembered);
    expect(await store.read()).toEqual({ loginId: 'mail-user', language: 'en', lastAccountId: 'acc-1' });
    await store.clear();
    expect(await store.read()).toBeNull();
  });
});

describe('preferences', () => {
  it('remember, then forget by logging in without the box, then forget explicitly', async () => {
    const store = new MemoryPreferenceStore();
    const prefs = new PreferenceService(store, false, silentLogger());
    expect(await prefs.afterLogin('mail-user', true)).toBe('remembered');
    expect((await prefs.get()).rememberedLoginId).toBe('mail-user');
    expect((await store.read())?.loginId).toBe('mail-user');
    expect(await prefs.afterLogin('mail-user', false)).toBe('forgotten');
    expect(await prefs.afterLogin('mail-user', false)).toBe('unchanged');
    await prefs.afterLogin('token-user', true);
    await prefs.set({ language: 'en', lastAccountId: 'acc-9' });
    const after = await prefs.forgetLoginId();
    expect(after).toEqual({ rememberedLoginId: null, language: 'en', lastAccountId: null, keychain: 'available' });
  });

  it('keychain gone: works from memory, says "unavailable" once, stops asking the keychain', async () => {
    const store = new GoneStore();
    const prefs = new PreferenceService(store, false, silentLogger());
    expect((await prefs.get()).keychain).toBe('unavailable');
    expect(await prefs.afterLogin('mail-user', true)).toBe('unavailable');
    expect(await prefs.afterLogin('mail-user', true)).toBe('unchanged');
    expect((await prefs.set({ language: 'en' })).language).toBe('en');
    expect(store.calls).toBe(1);
  });

  it('kiosk: never remembers a login ID and wipes everything at the end of a session', async () => {
    const store = new MemoryPreferenceStore();
    const prefs = new PreferenceService(store, true, silentLogger());
    expect(await prefs.afterLogin('mail-user', true)).toBe('unchanged');
    await prefs.set({ language: 'en', lastAccountId: 'acc-1' });
    expect((await prefs.get()).keychain).toBe('disabled-kiosk');
    expect((await prefs.get()).rememberedLoginId).toBeNull();
    await prefs.sessionEnded();
    expect(await prefs.get()).toEqual({ rememberedLoginId: null, language: 'ja', lastAccountId: null, keychain: 'disabled-kiosk' });
    expect(await store.read()).toBeNull();
  });
});
