/** Start-up, login/logout, session events and language: the app-level calls to the bridge. */
import type { IpcError, IpcResult } from '../../src-shared/ipc/errors.js';
import type { SessionState } from '../../src-shared/ipc/contract.js';
import { findBridge, netbank } from '../lib/bridge.js';
import type { Lang } from '../i18n/i18n.js';
import { routeFor, useApp, type EndReason } from './app-store.js';

/** Codes that mean the session is gone: the app shows the logged-out screen. */
const SESSION_GONE = new Set<IpcError['code']>(['NOT_LOGGED_IN', 'SESSION_EXPIRED', 'UNAUTHENTICATED']);

export function setSession(session: SessionState): void {
  const { route } = useApp.getState();
  useApp.setState({ session, route: routeFor(session, session === 'ready' && route === 'login' ? 'home' : route) });
}

export function endSession(reason: EndReason): void {
  useApp.setState({ session: 'logged-out', route: 'logged-out', endReason: reason, idleSecondsLeft: null, notice: null });
}

/** Passes a result through; when it says the session is gone, moves to the logged-out screen. */
export function watch<T>(result: IpcResult<T>): IpcResult<T> {
  if (!result.ok && SESSION_GONE.has(result.error.code) && useApp.getState().session !== 'logged-out') endSession('revoked');
  return result;
}

function applyLanguage(lang: Lang): void {
  document.documentElement.lang = lang;
}

export async function boot(): Promise<void> {
  const bridge = findBridge();
  if (!bridge) {
    useApp.setState({ phase: 'no-bridge' });
    return;
  }
  const [info, prefs, state] = await Promise.all([bridge.app.info({}), bridge.preferences.get({}), bridge.session.state({})]);
  const language = prefs.ok ? prefs.value.language : 'ja';
  applyLanguage(language);
  const session = state.ok ? state.value.state : 'logged-out';
  useApp.setState({
    phase: 'ready',
    language,
    info: info.ok ? info.value : null,
    keychain: prefs.ok ? prefs.value.keychain : 'unavailable',
    rememberedLoginId: prefs.ok ? prefs.value.rememberedLoginId : null,
    session,
    route: routeFor(session, session === 'ready' ? 'home' : 'login'),
  });
  bridge.on('session.idleWarning', ({ secondsLeft }) => useApp.setState({ idleSecondsLeft: secondsLeft }));
  bridge.on('session.ended', ({ reason }) => endSession(reason));
}

export async function setLanguage(lang: Lang): Promise<void> {
  useApp.setState({ language: lang });
  applyLanguage(lang);
  // Persisted by main (keychain-backed preferences); the screen changes even if saving fails.
  await netbank().preferences.set({ language: lang });
}

export async function logout(): Promise<void> {
  await netbank().session.logout({});
  endSession('logout');
}

/** The customer pressed "keep using" in the idle warning. */
export async function keepAlive(): Promise<void> {
  useApp.setState({ idleSecondsLeft: null });
  await netbank().session.activity({});
}

let lastActivity = 0;
/** Tells main the customer is active, at most once per `everyMs`; not while the warning is up. */
export function reportActivity(now = Date.now(), everyMs = 10_000): void {
  const { session, idleSecondsLeft } = useApp.getState();
  if (session === 'logged-out' || idleSecondsLeft !== null || now - lastActivity < everyMs) return;
  lastActivity = now;
  void findBridge()?.session.activity({});
}
