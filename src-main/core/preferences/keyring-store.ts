/**
 * The OS keychain (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows) via
 * @napi-rs/keyring: one entry of service "netbank-desktop" holding a small JSON of what the
 * customer chose to remember. Every call is bounded by a timeout, so a keychain that does not
 * answer (no D-Bus, a locked collection waiting for a prompt) never hangs the app.
 */
import { AsyncEntry } from '@napi-rs/keyring';
import { CoreError } from '../errors.js';
import { Remembered, type PreferenceStore } from './store.js';

export const KEYRING_SERVICE = 'netbank-desktop';
export const KEYRING_ACCOUNT = 'preferences';

export class KeyringPreferenceStore implements PreferenceStore {
  readonly kind = 'keychain';
  private readonly entry: AsyncEntry;

  constructor(
    private readonly timeoutMs = 2000,
    service = KEYRING_SERVICE,
    account = KEYRING_ACCOUNT,
  ) {
    this.entry = new AsyncEntry(service, account);
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
    const text = await this.guarded('read', (signal) => this.entry.getPassword(signal));
    if (text === null || text === undefined) return null;
    try {
      return Remembered.parse(JSON.parse(text));
    } catch {
      return null;
    }
  }

  async write(value: Remembered): Promise<void> {
    const clean = Remembered.parse(value);
    await this.guarded('write', (signal) => this.entry.setPassword(JSON.stringify(clean), signal));
  }

  async clear(): Promise<void> {
    await this.guarded('clear', (signal) => this.entry.deletePassword(signal).then(() => undefined));
  }
}
