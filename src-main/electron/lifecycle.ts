/**
 * App lifecycle decisions, as plain functions over small interfaces (main.ts hands in Electron's
 * objects): one instance only (a second launch focuses the window), a clean quit that logs out at
 * the bank first, and a plain message when the window's process dies or stops responding.
 */
import type { RenderProcessGoneDetails } from 'electron';
import { systemClock, type Clock, type TimerHandle } from '../core/clock.js';

/** Windows taskbar grouping and notifications; the same id as the installer's appId. */
export const APP_USER_MODEL_ID = 'jp.example.netbank.desktop';

/** How long quitting waits for the logout at the bank before it gives up and exits anyway. */
export const QUIT_LOGOUT_TIMEOUT_MS = 3000;

export interface FocusableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/** second-instance: bring the existing window forward. Returns whether there was one. */
export function focusExistingWindow(win: FocusableWindow | null | undefined): boolean {
  if (!win || win.isDestroyed()) return false;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
  return true;
}

export interface PlainMessage {
  type: 'error' | 'warning';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
}

const TITLE = 'ネットバンキング (Netbank)';

/** The message for a renderer that is gone; null when it ended normally. */
export function goneMessage(details: Pick<RenderProcessGoneDetails, 'reason'>): PlainMessage | null {
  if (details.reason === 'clean-exit') return null;
  return {
    type: 'error',
    title: TITLE,
    message: '画面の処理が予期せず終了しました。\nThe app window stopped unexpectedly.',
    detail:
      '安全のためログアウトしました。「再読み込み」を押して、もう一度ログインしてください。\n' +
      'You have been logged out for safety. Choose Reload and log in again.',
    buttons: ['再読み込み (Reload)', '終了 (Quit)'],
    defaultId: 0,
    cancelId: 1,
  };
}

export function unresponsiveMessage(): PlainMessage {
  return {
    type: 'warning',
    title: TITLE,
    message: '画面が応答していません。\nThe app window is not responding.',
    detail: 'しばらく待つか、再読み込みしてください。\nWait a moment, or reload the window.',
    buttons: ['待つ (Wait)', '再読み込み (Reload)'],
    defaultId: 0,
    cancelId: 0,
  };
}

export interface RecoveryDeps {
  /** Shows the message; resolves with the index of the button pressed. */
  ask(message: PlainMessage): Promise<number>;
  reload(): void;
  quit(): void;
  /** Ends the bank session (the renderer that held its screens is gone). */
  endSession(): Promise<void>;
}

export async function handleRenderProcessGone(details: Pick<RenderProcessGoneDetails, 'reason'>, deps: RecoveryDeps): Promise<'ignored' | 'reloaded' | 'quit'> {
  const message = goneMessage(details);
  if (!message) return 'ignored';
  await deps.endSession().catch(() => undefined);
  const choice = await deps.ask(message);
  if (choice === 0) {
    deps.reload();
    return 'reloaded';
  }
  deps.quit();
  return 'quit';
}

export async function handleUnresponsive(deps: Pick<RecoveryDeps, 'ask' | 'reload'>): Promise<'waited' | 'reloaded'> {
  const choice = await deps.ask(unresponsiveMessage());
  if (choice === 1) {
    deps.reload();
    return 'reloaded';
  }
  return 'waited';
}

/**
 * before-quit: the first time, hold the quit, close the core (logout at the bank, timers off),
 * then quit for real. A close that hangs is cut off after `timeoutMs` (on `clock`: tests pass their own).
 */
export function createQuitHandler(closeCore: () => Promise<void>, quit: () => void, timeoutMs = QUIT_LOGOUT_TIMEOUT_MS, clock: Clock = systemClock): (event: { preventDefault(): void }) => void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  return (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    let timer: TimerHandle | undefined;
    const limit = new Promise<void>((resolve) => {
      timer = clock.setTimeout(resolve, timeoutMs);
    });
    void Promise.race([closeCore().catch(() => undefined), limit]).then(() => {
      clock.clearTimeout(timer);
      state = 'closed';
      quit();
    });
  };
}
