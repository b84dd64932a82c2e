/** Start-up, login/logout, session events and language: the app-level calls to the bridge. */
import type { IpcError, IpcResult } from '../../src-shared/ipc/errors.js';
import type { SessionState } from '../../src-shared/ipc/contract.js';
import { activityReportDue, forgetActivity } from '../lib/activity.js';
import { bareBridge, findBridge, netbank, watchAnswers } from '../lib/bridge.js';
import { issueWaitUntil, laterWait, lockedAfter } from '../lib/otp-limits.js';
import { forgetResendCooldown } from '../lib/resend-cooldown.js';
import type { Lang } from '../i18n/i18n.js';
import { routeFor, useApp, type EndReason } from './app-store.js';
import { startupState } from './startup.js';

/** Codes that mean the session is gone: the app shows the logged-out screen. */
const SESSION_GONE = new Set<IpcError['code']>(['NOT_LOGGED_IN', 'SESSION_EXPIRED', 'UNAUTHENTICATED']);

export function setSession(session: SessionState): void {
  const { route } = useApp.getState();
  useApp.setState({ session, route: routeFor(session, session === 'ready' && route === 'login' ? 'home' : route) });
}

export function endSession(reason: EndReason): void {
  // Nothing learned about this customer outlives the session (a kiosk's next customer starts clean).
  forgetResendCooldown();
  forgetActivity();
  useApp.setState({ session: 'logged-out', route: 'logged-out', endReason: reason, idleSecondsLeft: null, notice: null, otpLocked: false, issueWaitUntil: null });
}

/**
 * Every answer of the bridge passes here (lib/bridge.ts): when it says the session is gone, moves
 * to the logged-out screen; when it is the bank's lock or issue limit for one-time passwords, every
 * screen learns it from the store.
 */
export function watch<T>(result: IpcResult<T>): IpcResult<T> {
  if (result.ok) return result;
  const { session, otpLocked, issueWaitUntil: waiting } = useApp.getState();
  if (SESSION_GONE.has(result.error.code) && session !== 'logged-out') endSession('revoked');
  else if (session !== 'logged-out') {
    const locked = lockedAfter(otpLocked, { kind: 'error', code: result.error.code });
    const wait = laterWait(waiting, issueWaitUntil(result.error, Date.now()));
    if (locked !== otpLocked || wait !== waiting) useApp.setState({ otpLocked: locked, issueWaitUntil: wait });
  }
  return result;
}

/** What GET /me said about the lock (an older bank does not say; then nothing changes). */
export function noteMe(me: { otpLocked?: boolean | undefined }): void {
  const { otpLocked } = useApp.getState();
  const locked = lockedAfter(otpLocked, { kind: 'me', otpLocked: me.otpLocked });
  if (locked !== otpLocked) useApp.setState({ otpLocked: locked });
}

/** The wait after the issue limit is over and the customer closed its notice. */
export function dismissIssueWait(): void {
  useApp.setState({ issueWaitUntil: null });
}

/** A kiosk's login screen starts over: blank fields, no message, the kiosk's first language. */
export function resetLoginScreen(): void {
  const { info, language, loginEpoch } = useApp.getState();
  useApp.setState({ loginEpoch: loginEpoch + 1 });
  const first = info?.languages?.[0] ?? 'ja';
  if (language !== first) void setLanguage(first);
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
  watchAnswers(watch);
  // The login form shows while these are on their way (phase 'booting'); see state/startup.ts.
  const asked = useApp.getState();
  const [info, prefs, state] = await Promise.all([bridge.app.info({}), bridge.preferences.get({}), bridge.session.state({})]);
  const next = startupState(asked, useApp.getState(), { info, prefs, state });
  if (next.language) applyLanguage(next.language);
  useApp.setState(next);
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
  await bareBridge().session.logout({});
  endSession('logout');
}

/** The customer pressed "keep using" in the idle warning. */
export async function keepAlive(): Promise<void> {
  useApp.setState({ idleSecondsLeft: null });
  await bareBridge().session.activity({});
}

/** Tells main the customer is active, at most once per `everyMs`; not while the warning is up. */
export function reportActivity(now = Date.now(), everyMs = 10_000): void {
  const { session, idleSecondsLeft } = useApp.getState();
  if (session === 'logged-out' || idleSecondsLeft !== null || !activityReportDue(now, everyMs)) return;
  void findBridge()?.session.activity({});
}
