/**
 * What the app may remember between runs, and where. Only what a customer chose to remember: the
 * login ID, the language and the last-used account. Never a password, a one-time password or a token.
 */
import * as z from 'zod';
import { Language } from '../../../src-shared/ipc/contract.js';

export const Remembered = z.object({
  loginId: z.string().min(1).max(64).nullable().catch(null),
  language: Language.catch('ja'),
  lastAccountId: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/).nullable().catch(null),
});
export type Remembered = z.infer<typeof Remembered>;

export const NOTHING_REMEMBERED: Remembered = { loginId: null, language: 'ja', lastAccountId: null };

export interface PreferenceStore {
  readonly kind: 'keychain' | 'memory';
  /** What is stored, or null when nothing is. Throws (a CoreError KEYCHAIN_UNAVAILABLE) when the store cannot be reached. */
  read(): Promise<Remembered | null>;
  write(value: Remembered): Promise<void>;
  clear(): Promise<void>;
}

/** For kiosks and tests: lives as long as the process, or less (kiosks clear it at every logout). */
export class MemoryPreferenceStore implements PreferenceStore {
  readonly kind = 'memory';
  private value: Remembered | null = null;
  read(): Promise<Remembered | null> {
    return Promise.resolve(this.value ? { ...this.value } : null);
  }
  write(value: Remembered): Promise<void> {
    this.value = Remembered.parse(value);
    return Promise.resolve();
  }
  clear(): Promise<void> {
    this.value = null;
    return Promise.resolve();
  }
}
