// Remember / forget the login ID in the OS keychain through the browser host. The tests that need a
// real Secret Service run under scripts/with-keyring.sh (a private D-Bus session with an unlocked
// gnome-keyring); without it they skip by name. The "no keychain" test runs everywhere.
import { AsyncEntry } from '@napi-rs/keyring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBankProcess, type BankProcess } from '../../support/bank-process.js';
import { startHostProcess, type HostProcess } from '../../support/host-process.js';
import { connectHost, value } from './host-client.js';

const KEYRING = process.env.NETBANK_KEYRING_SESSION === '1';
const entry = () => new AsyncEntry('netbank-desktop', 'preferences');

let bank: BankProcess;
beforeAll(async () => {
  bank = await startBankProcess({ env: { BANK_RESET: '1' } });
});
afterAll(async () => {
  await bank?.stop();
});

async function withHost<T>(env: Record<string, string>, run: (h: HostProcess) => Promise<T>): Promise<T> {
  const host = await startHostProcess({ bankUrl: bank.apiUrl, env });
  try {
    return await run(host);
  } finally {
    await host.stop();
  }
}

describe.skipIf(!KEYRING)('OS keychain (needs a Secret Service: run under scripts/with-keyring.sh)', () => {
  afterAll(async () => {
    await entry().deletePassword().catch(() => false);
  });

  it('remembers the login ID, language and last account across runs, and nothing secret', async () => {
    await entry().deletePassword().catch(() => false);
    await withHost({}, async (host) => {
      const c = await connectHost(host.url);
      expect(value(await c.bridge.preferences.get({})).keychain).toBe('available');
      expect(value(await c.bridge.session.login({ loginId: 'mail-user', password: 'demo-login-1', rememberId: true }))).toEqual({ state: 'ready', remember: 'remembered' });
      value(await c.bridge.preferences.set({ language: 'en', lastAccountId: 'acc_1234567' }));
      c.close();
    });
    const stored = await entry().getPassword();
    expect(JSON.parse(stored ?? 'null')).toEqual({ loginId: 'mail-user', language: 'en', lastAccountId: 'acc_1234567' });
    expect(stored).not.toContain('demo-login-1');
    await withHost({}, async (host) => {
      const c = await connectHost(host.url);
      expect(value(await c.bridge.preferences.get({}))).toEqual({ rememberedLoginId: 'mail-user', language: 'en', lastAccountId: 'acc_1234567', keychain: 'available' });
      c.close();
    });
    // Another keychain account (NETBANK_KEYCHAIN_ACCOUNT) is another profile: it shares nothing.
    await withHost({ NETBANK_KEYCHAIN_ACCOUNT: 'second-profile' }, async (host) => {
      const c = await connectHost(host.url);
      expect(value(await c.bridge.preferences.get({}))).toMatchObject({ rememberedLoginId: null, language: 'ja', keychain: 'available' });
      c.close();
    });
    await new AsyncEntry('netbank-desktop', 'second-profile').deletePassword().catch(() => false);
  });

  it('forgets: explicitly, or by logging in without the box', async () => {
    await withHost({}, async (host) => {
      const c = await connectHost(host.url);
      expect(value(await c.bridge.preferences.forgetLoginId({}))).toMatchObject({ rememberedLoginId: null, lastAccountId: null, language: 'en' });
      expect(JSON.parse((await entry().getPassword()) ?? 'null')).toMatchObject({ loginId: null });
      expect(value(await c.bridge.session.login({ loginId: 'token-user', password: 'demo-login-1', rememberId: true })).remember).toBe('remembered');
      value(await c.bridge.session.logout({}));
      expect(value(await c.bridge.session.login({ loginId: 'token-user', password: 'demo-login-1', rememberId: false })).remember).toBe('forgotten');
      c.close();
    });
    expect(JSON.parse((await entry().getPassword()) ?? 'null')).toMatchObject({ loginId: null });
  });

  it('a kiosk never touches the keychain', async () => {
    await entry().deletePassword().catch(() => false);
    await withHost({ NETBANK_KIOSK: '1' }, async (host) => {
      const c = await connectHost(host.url);
      expect(value(await c.bridge.session.login({ loginId: 'mail-user', password: 'demo-login-1', rememberId: true })).remember).toBe('unchanged');
      value(await c.bridge.preferences.set({ language: 'en' }));
      expect(value(await c.bridge.preferences.get({})).keychain).toBe('disabled-kiosk');
      c.close();
    });
    expect(await entry().getPassword()).toBeNull();
  });
});

describe('no keychain reachable', () => {
  it('the app still works, says "unavailable" once, and does not hang', async () => {
    await withHost({ DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/netbank-test-bus' }, async (host) => {
      const c = await connectHost(host.url);
      const t0 = performance.now();
      expect(value(await c.bridge.session.login({ loginId: 'mail-user', password: 'demo-login-1', rememberId: true }))).toEqual({ state: 'ready', remember: 'unavailable' });
      // Not a speed check: a keychain call that waited for D-Bus's own 25-second reply timeout fails
      // this; the bound is loose enough that a slow machine does not.
      expect(performance.now() - t0).toBeLessThan(20_000);
      expect(value(await c.bridge.preferences.get({})).keychain).toBe('unavailable');
      value(await c.bridge.session.logout({}));
      expect(value(await c.bridge.session.login({ loginId: 'mail-user', password: 'demo-login-1', rememberId: true })).remember).toBe('unchanged');
      expect(value(await c.bridge.preferences.set({ language: 'en' })).language).toBe('en');
      expect(value(await c.bridge.accounts.list({})).accounts).toHaveLength(1);
      c.close();
    });
  });
});
