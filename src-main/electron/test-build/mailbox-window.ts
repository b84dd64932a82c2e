/**
 * Tester builds only: the demo bank's mailbox page in a window of its own, so testers can read the
 * one-time-password mails. It shares nothing with the app window: its own in-memory partition,
 * no preload (no bridge to the core), sandboxed, isolated, and it may only show the mailbox's own
 * origin (links inside the mailbox work; anything else is refused, new windows never open).
 */
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { REQUIRED_WEB_PREFERENCES } from '../window-options.js';

export const MAILBOX_PARTITION = 'netbank-test-mailbox';

/** The app window's security checklist, no devtools, and a partition of its own. */
export const MAILBOX_WEB_PREFERENCES = {
  ...REQUIRED_WEB_PREFERENCES,
  devTools: false,
  partition: MAILBOX_PARTITION,
} as const satisfies WebPreferences;

export function mailboxWindowOptions(title: string): BrowserWindowConstructorOptions {
  return {
    title,
    width: 720,
    height: 820,
    minWidth: 420,
    minHeight: 400,
    show: false,
    autoHideMenuBar: true,
    webPreferences: { ...MAILBOX_WEB_PREFERENCES },
  };
}

/** The id of the tester panel's heading on the mailbox page (mock-bank/mailbox-panel.ts). */
export const TESTER_PANEL_ANCHOR = 'tester-title';

/** The mailbox page scrolled to its tester controls (shown when the bank runs with BANK_TESTER_CONTROLS=1). */
export function testerControlsUrl(mailboxUrl: string): string {
  const url = new URL('/', mailboxUrl);
  url.hash = TESTER_PANEL_ANCHOR;
  return url.href;
}

/** Whether the mailbox window may load this URL: the mailbox's own origin only. */
export function isMailboxUrl(url: string, mailboxUrl: string): boolean {
  try {
    return new URL(url).origin === new URL(mailboxUrl).origin;
  } catch {
    return false;
  }
}

interface Preventable { preventDefault(): void }

/** The mailbox window's webContents, as the guards need it. */
export interface MailboxContents {
  on(event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', listener: (event: Preventable, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface MailboxSession {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  webRequest: { onBeforeRequest(listener: (details: { url: string }, callback: (r: { cancel: boolean }) => void) => void): void };
}

export function guardMailboxContents(contents: MailboxContents, mailboxUrl: string): void {
  const onlyMailbox = (event: Preventable, url: string) => {
    if (!isMailboxUrl(url, mailboxUrl)) event.preventDefault();
  };
  contents.on('will-navigate', onlyMailbox);
  contents.on('will-frame-navigate', onlyMailbox);
  contents.on('will-redirect', onlyMailbox);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function guardMailboxSession(session: MailboxSession, mailboxUrl: string): void {
  session.setPermissionRequestHandler((_c, _p, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isMailboxUrl(details.url, mailboxUrl) }));
}
