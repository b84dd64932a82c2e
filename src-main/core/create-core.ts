/**
 * Builds the core from its configuration: bank client, session, preferences, OTP watch and the
 * handler table, behind the small `Core` interface both hosts use.
 */
import { events, type EventName, type EventPayload } from '../../src-shared/ipc/events.js';
import { BankClient } from './bank-client/client.js';
import { systemClock, type Clock } from './clock.js';
import type { CoreConfig } from './config.js';
import type { Core, CoreEventListener } from './core.js';
import { KEYRING_SERVICE, KeyringPreferenceStore } from './preferences/keyring-store.js';
import { PreferenceService } from './preferences/service.js';
import { MemoryPreferenceStore, type PreferenceStore } from './preferences/store.js';
import { dispatch } from './ipc/dispatch.js';
import { handlers, type HandlerTable } from './ipc/handlers.js';
import type { Services, TesterInfo } from './ipc/services.js';
import { createLogger, type Logger } from './logger.js';
import { OtpWatch } from './otp-watch.js';
import { Session } from './session/session.js';
import { noFileSaver, type FileSaver } from './statements/files.js';

export interface CoreDeps {
  clock?: Clock;
  /** Default: the OS keychain, or memory in a kiosk. */
  store?: PreferenceStore;
  log?: Logger;
  /** Default: the contract's handlers. */
  table?: HandlerTable;
  /** The host's saver for statements and printed pages (none: every save is refused). */
  files?: FileSaver;
  /** Tester builds: the demo bank's seed customers and tester controls (app.info, `tester.state`). */
  tester?: TesterInfo;
}

export interface CoreWithServices extends Core {
  /** For tests and hosts that need to look inside (never handed to the renderer). */
  readonly services: Services;
}

export async function createCore(config: CoreConfig, deps: CoreDeps = {}): Promise<CoreWithServices> {
  const clock = deps.clock ?? systemClock;
  const log = deps.log ?? createLogger(config.logLevel);
  const store = deps.store ?? (config.kiosk ? new MemoryPreferenceStore() : new KeyringPreferenceStore(2000, KEYRING_SERVICE, config.keychainAccount));
  const listeners = new Set<CoreEventListener>();
  // Events are checked here, once, like every answer: the bridges that carry them hold no schemas.
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    const checked = events[event].safeParse(payload);
    if (!checked.success) {
      log.error({ event, issues: checked.error.issues.length }, 'event payload failed its schema; not sent');
      return;
    }
    for (const l of [...listeners]) {
      try {
        l(event, checked.data as EventPayload<E>);
      } catch (e) {
        log.error({ event, err: e instanceof Error ? e.message : String(e) }, 'event listener failed');
      }
    }
  };

  const bank = new BankClient({
    baseUrl: config.bankUrl,
    connectMs: config.timeouts.connectMs,
    requestMs: config.timeouts.requestMs,
    retry: config.retry,
    log,
  });
  const prefs = new PreferenceService(store, config.kiosk, log, config.kioskLanguages);
  const otp = new OtpWatch(clock, (operationId) => emit('otp.expired', { operationId }));
  const pendingLogouts = new Set<Promise<void>>();
  const session = new Session(
    clock,
    { idleSeconds: config.timeouts.idleSeconds, idleWarningSeconds: config.timeouts.idleWarningSeconds, absoluteSeconds: config.timeouts.absoluteSeconds },
    {
      idleWarning: (secondsLeft) => emit('session.idleWarning', { secondsLeft }),
      ended: (reason, token) => {
        log.info({ reason }, 'session ended');
        otp.clear();
        // A kiosk forgets its customer before anyone hears of the end (the next login screen reads it).
        const forgotten = prefs.sessionEnded();
        const p = (async () => {
          if (reason !== 'revoked') await bank.logout(token).catch(() => undefined);
          await forgotten;
        })();
        pendingLogouts.add(p);
        void p.finally(() => pendingLogouts.delete(p));
        emit('session.ended', { reason });
      },
    },
  );
  const services: Services = { config, bank, session, prefs, otp, log, files: deps.files ?? noFileSaver, tester: deps.tester };
  const offTester = deps.tester?.onTesterState((state) => emit('tester.state', state));
  const table = deps.table ?? handlers;
  let closed = false;

  return {
    services,
    dispatch: (channel, raw) => {
      if (closed) return Promise.resolve({ ok: false, error: { code: 'UNEXPECTED', message: 'The app is shutting down.' } });
      return dispatch(services, table, channel, raw);
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      if (closed) return;
      closed = true;
      offTester?.();
      const token = session.dispose();
      otp.clear();
      if (token) await bank.logout(token).catch(() => undefined);
      await Promise.all([...pendingLogouts]);
      await prefs.sessionEnded();
      listeners.clear();
      bank.close();
    },
  };
}
