/**
 * The OS keychain (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows) via
 * @napi-rs/keyring: one entry of service "netbank-desktop" holding a small JSON of what the
 * customer chose to remember. Every call is bounded by a timeout, so a keychain that does not
 * answer (no D-Bus, a locked collection waiting for a prompt) never hangs the app.
 *
 * The native module is loaded at the first keychain call, not at start: loading it took about a
 * fifth of main's start before its first answer, and a build without it (or a platform where it
 * cannot load) then answers KEYCHAIN_UNAVAILABLE like a keychain that is not there.
 */
import type { AsyncEntry } from '@napi-rs/keyring';
import { CoreError } from '../errors.js';
import { Remembered, type PreferenceStore } from './store.js';

export const KEYRING_SERVICE = 'netbank-desktop';
export const KEYRING_ACCOUNT = 'preferences';

export class KeyringPreferenceStore implements PreferenceStore {
  readonly kind = 'keychain';
  private entry: Promise<AsyncEntry> | null = null;

  constructor(
    private readonly timeoutMs = 2000,
    private readonly service = KEYRING_SERVICE,
    private readonly account = KEYRING_ACCOUNT,
  ) {}

  /** The entry, made at the first call (a failed load is tried again at the next). */
  private async opened(): Promise<AsyncEntry> {
    this.entry ??= import('@napi-rs/keyring').then((m) => new m.AsyncEntry(this.service, this.account));
    try {
      return await this.entry;
    } catch (e) {
      this.entry = null;
      throw e;
    }
  }

  private async guarded<T>(what: string, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new CoreError('KEYCHAIN_UNAVAILABLE', `The OS keychain did not answer (${what}) within ${this.timeoutMs} ms.`));
      }, this.timeoutMs);
    });
    try {
      return await Promise.race([run(controller.signal), timeout]);
    } catch (e) {
      if (e instanceof CoreError) throw e;
      throw new CoreError('KEYCHAIN_UNAVAILABLE', `The OS keychain is not available (${what}).`);
    } finally {
      clearTimeout(timer);
    }
  }

  async read(): Promise<Remembered | null> {
    const text = await this.guarded('read', async (signal) => (await this.opened()).getPassword(signal));
    if (text === null || text === undefined) return null;
    try {
      return Remembered.parse(JSON.parse(text));
    } catch {
      return null;
    }
  }

  async write(value: Remembered): Promise<void> {
    const clean = Remembered.parse(value);
    await this.guarded('write', async (signal) => (await this.opened()).setPassword(JSON.stringify(clean), signal));
  }

  async clear(): Promise<void> {
    await this.guarded('clear', async (signal) => { await (await this.opened()).deletePassword(signal); });
  }
}
