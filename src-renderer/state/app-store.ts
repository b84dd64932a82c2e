/**
 * The app's shared state: language, which screen, the session's state and what main told us about
 * the host. Nothing secret lives here — passwords and one-time codes stay in the form that is
 * being typed and are cleared after each submit.
 */
import { create } from 'zustand';
import type { HostInfo, KeychainStatus, SessionState } from '../../src-shared/ipc/contract.js';
import type { EndReason } from '../../src-shared/ipc/events.js';
import type { Lang, MessageKey } from '../i18n/i18n.js';

export type Route = 'login' | 'start-of-use' | 'home' | 'transfer' | 'bill' | 'guidance' | 'logged-out' | 'settings' | 'statements' | 'receipts';
export type { EndReason, HostInfo };

export interface AppState {
  phase: 'booting' | 'ready' | 'no-bridge';
  language: Lang;
  info: HostInfo | null;
  keychain: KeychainStatus;
  rememberedLoginId: string | null;
  session: SessionState;
  route: Route;
  /** Seconds left before the idle logout, while the warning is shown. */
  idleSecondsLeft: number | null;
  endReason: EndReason | null;
  /** A one-time notice for the next screen (e.g. the login ID could not be remembered). */
  notice: MessageKey | null;
  /** The bank stopped this customer's protected operations (423 OTP_LOCKED, or GET /me says so). */
  otpLocked: boolean;
  /** After 429 OTP_ISSUE_LIMIT: when a new password may be asked for (this computer's clock, ms). */
  issueWaitUntil: number | null;
  /** Seconds without activity until the automatic logout; on a kiosk also the login screen's reset. */
  idleTimeoutSeconds: number | null;
  /** Bumped to show a blank login screen (a kiosk's login screen left idle). */
  loginEpoch: number;
}

export const useApp = create<AppState>(() => ({
  phase: 'booting',
  language: 'ja',
  info: null,
  keychain: 'unavailable',
  rememberedLoginId: null,
  session: 'logged-out',
  route: 'login',
  idleSecondsLeft: null,
  endReason: null,
  notice: null,
  otpLocked: false,
  issueWaitUntil: null,
  idleTimeoutSeconds: null,
  loginEpoch: 0,
}));

/** Which screens each session state may show; anything else falls back to the first. */
export const ALLOWED_ROUTES: Record<SessionState, readonly Route[]> = {
  'logged-out': ['login', 'logged-out', 'guidance'],
  'start-of-use-required': ['start-of-use'],
  ready: ['home', 'transfer', 'bill', 'guidance', 'settings', 'statements', 'receipts'],
};

/** The screen to show for a session state and a wished-for route. */
export function routeFor(session: SessionState, wanted: Route): Route {
  const allowed = ALLOWED_ROUTES[session];
  return allowed.includes(wanted) ? wanted : allowed[0]!;
}

export function navigate(route: Route): void {
  const { session } = useApp.getState();
  useApp.setState({ route: routeFor(session, route) });
}
