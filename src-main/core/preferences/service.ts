/**
 * Preferences on top of a preference store. When the keychain cannot be reached the app keeps
 * working: what would have been stored lives in memory for this run, the status says
 * "unavailable", and a login that asked to remember its ID hears "unavailable" once.
 * In a kiosk nothing is kept beyond the session: the store is memory and is wiped at every end,
 * and the terminal's languages (kiosk.json) are the only ones a customer may choose, the first
 * being where every fresh customer starts.
 */
import type { KeychainStatus, Language, Preferences, RememberOutcome } from '../../../src-shared/ipc/contract.js';
import { CoreError } from '../errors.js';
import type { Logger } from '../logger.js';
import { NOTHING_REMEMBERED, type PreferenceStore, type Remembered } from './store.js';

export class PreferenceService {
  private cache: Remembered | null = null;
  private available: boolean;
  private toldUnavailable = false;

  constructor(
    private readonly store: PreferenceStore,
    private readonly kiosk: boolean,
    private readonly log: Logger,
    /** Kiosks: the languages the terminal offers (absent: all). */
    private readonly kioskLanguages?: readonly Language[],
  ) {
    this.available = true;
  }

  /** What a new customer starts with: nothing, in the kiosk's first language (or Japanese). */
  private fresh(): Remembered {
    const first = this.kiosk ? this.kioskLanguages?.[0] : undefined;
    return { ...NOTHING_REMEMBERED, ...(first ? { language: first } : {}) };
  }

  private status(): KeychainStatus {
    if (this.kiosk) return 'disabled-kiosk';
    return this.available ? 'available' : 'unavailable';
  }

  private async load(): Promise<Remembered> {
    if (this.cache) return this.cache;
    let value: Remembered | null = null;
    if (this.available) {
      try {
        value = await this.store.read();
      } catch (e) {
        this.markUnavailable(e);
      }
    }
    this.cache = value ?? this.fresh();
    return this.cache;
  }

  private markUnavailable(e: unknown): void {
    if (this.available) this.log.warn({ err: e instanceof Error ? e.message : String(e) }, 'keychain unavailable: preferences kept in memory for this run');
    this.available = false;
  }

  /** Saves; returns false when the keychain could not take it (the value is kept in memory anyway). */
  private async save(next: Remembered): Promise<boolean> {
    this.cache = next;
    if (!this.available) return false;
    try {
      await this.store.write(next);
      return true;
    } catch (e) {
      this.markUnavailable(e);
      return false;
    }
  }

  async get(): Promise<Preferences> {
    const r = await this.load();
    return { rememberedLoginId: this.kiosk ? null : r.loginId, language: r.language, lastAccountId: r.lastAccountId, keychain: this.status() };
  }

  async set(change: { language?: Remembered['language'] | undefined; lastAccountId?: string | null | undefined }): Promise<Preferences> {
    const allowed = this.kiosk ? this.kioskLanguages : undefined;
    if (allowed && change.language !== undefined && !allowed.includes(change.language)) {
      throw new CoreError('NOT_AVAILABLE_IN_KIOSK', `This terminal offers only: ${allowed.join(', ')}.`);
    }
    const r = await this.load();
    const next: Remembered = {
      ...r,
      ...(change.language !== undefined ? { language: change.language } : {}),
      ...(change.lastAccountId !== undefined ? { lastAccountId: change.lastAccountId } : {}),
    };
    await this.save(next);
    return this.get();
  }

  /** After a successful login: remember, forget, or leave the login ID as the customer chose. */
  async afterLogin(loginId: string, rememberId: boolean): Promise<RememberOutcome> {
    if (this.kiosk) return 'unchanged';
    const r = await this.load();
    if (rememberId) {
      const ok = await this.save({ ...r, loginId });
      if (ok) return 'remembered';
      if (this.toldUnavailable) return 'unchanged';
      this.toldUnavailable = true;
      return 'unavailable';
    }
    if (r.loginId === null) return 'unchanged';
    await this.save({ ...r, loginId: null, lastAccountId: null });
    return 'forgotten';
  }

  async forgetLoginId(): Promise<Preferences> {
    const r = await this.load();
    if (this.kiosk) return this.get();
    if (r.loginId !== null || r.lastAccountId !== null) await this.save({ ...r, loginId: null, lastAccountId: null });
    return this.get();
  }

  /**
   * At the end of a session: a kiosk forgets everything of its customer (at once, before the first
   * await, so the next customer's screen never reads the last one's choices).
   */
  async sessionEnded(): Promise<void> {
    if (!this.kiosk) return;
    this.cache = this.fresh();
    await this.store.clear().catch(() => undefined);
  }
}
