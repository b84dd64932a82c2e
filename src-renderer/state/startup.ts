/**
 * Start-up without a wait: the login form is on screen before main's first three answers
 * (app.info, preferences.get, session.state) arrive, since a desktop's preferences come from the
 * OS keychain and that read can take a while. What the answers say is applied when they come,
 * except where the customer got there first: a language chosen, a login done or an ID remembered
 * in the meantime stay as they are. (The login screen fills the remembered ID in itself.)
 */
import type { IpcResult } from '../../src-shared/ipc/errors.js';
import type { Preferences, ResponseOf } from '../../src-shared/ipc/contract.js';
import { routeFor, type AppState } from './app-store.js';

export interface StartupAnswers {
  info: IpcResult<ResponseOf<'app.info'>>;
  prefs: IpcResult<Preferences>;
  state: IpcResult<ResponseOf<'session.state'>>;
}

/** The part of the store start-up may change and the customer may have changed first. */
export type StartupSeen = Pick<AppState, 'language' | 'session' | 'route' | 'rememberedLoginId'>;

/** What to put in the store once the answers are in, given the store when they were asked for and now. */
export function startupState(asked: StartupSeen, now: StartupSeen, a: StartupAnswers): Partial<AppState> {
  const next: Partial<AppState> = {
    phase: 'ready',
    info: a.info.ok ? a.info.value : null,
    keychain: a.prefs.ok ? a.prefs.value.keychain : 'unavailable',
    idleTimeoutSeconds: a.state.ok ? a.state.value.idleTimeoutSeconds : null,
  };
  if (now.language === asked.language && a.prefs.ok) next.language = a.prefs.value.language;
  if (now.rememberedLoginId === asked.rememberedLoginId) next.rememberedLoginId = a.prefs.ok ? a.prefs.value.rememberedLoginId : null;
  if (now.session === asked.session && now.route === asked.route) {
    const session = a.state.ok ? a.state.value.state : 'logged-out';
    next.session = session;
    next.route = routeFor(session, session === 'ready' ? 'home' : 'login');
  }
  return next;
}
