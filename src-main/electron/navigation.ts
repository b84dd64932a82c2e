/**
 * The window never leaves the app: navigation, new windows and <webview> are refused, every
 * permission (camera, notifications, clipboard-read, ...) is refused, and no request leaves the
 * app's own scheme. A link to an allowed bank page opens in the system browser instead.
 * Each handler takes Electron's objects as plain parameters so Node tests can call it.
 */
import { isAppUrl, parseUrl } from './app-url.js';
import type { ExternalOpener } from './external-links.js';

export interface PreventableEvent {
  preventDefault(): void;
}

/** will-navigate / will-frame-navigate / will-redirect: always refused. */
export function denyNavigation(event: PreventableEvent, url: unknown, opener: ExternalOpener | null): void {
  event.preventDefault();
  if (opener && parseUrl(url)?.protocol === 'https:') opener.open(url);
}

/** setWindowOpenHandler: never a new Electron window. */
export function denyWindowOpen(details: { url: string }, opener: ExternalOpener | null): { action: 'deny' } {
  if (opener && parseUrl(details.url)?.protocol === 'https:') opener.open(details.url);
  return { action: 'deny' };
}

/** will-attach-webview: no embedded browser, whatever its settings. */
export function denyWebview(event: PreventableEvent): void {
  event.preventDefault();
}

/** setPermissionRequestHandler: every request is answered no. */
export function denyPermissionRequest(_contents: unknown, _permission: string, callback: (granted: boolean) => void): void {
  callback(false);
}

/** setPermissionCheckHandler / setDevicePermissionHandler: every check is answered no. */
export function denyPermissionCheck(): boolean {
  return false;
}

/**
 * webRequest.onBeforeRequest: only the app's own scheme (and, in development, the developer
 * tools' own pages) may be fetched. Nothing remote is ever loaded.
 */
export function isAllowedRequest(url: string, devTools: boolean): boolean {
  if (isAppUrl(url)) return true;
  const u = parseUrl(url);
  if (!u) return false;
  if (u.protocol === 'data:') return true;
  return devTools && u.protocol === 'devtools:';
}

/** The part of webContents the guards attach to. */
export interface GuardedContents {
  on(event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export function attachNavigationGuards(contents: GuardedContents, opener: ExternalOpener | null): void {
  contents.on('will-navigate', (event, url) => denyNavigation(event, url, opener));
  contents.on('will-frame-navigate', (event, url) => denyNavigation(event, url, null));
  contents.on('will-redirect', (event, url) => denyNavigation(event, url, null));
  contents.on('will-attach-webview', (event) => denyWebview(event));
  contents.setWindowOpenHandler((details) => denyWindowOpen(details, opener));
}

/** The part of a session the permission and request guards attach to. */
export interface GuardedSession {
  setPermissionRequestHandler(handler: typeof denyPermissionRequest): void;
  setPermissionCheckHandler(handler: typeof denyPermissionCheck): void;
  setDevicePermissionHandler(handler: typeof denyPermissionCheck): void;
  webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void;
  };
}

export function attachSessionGuards(session: GuardedSession, devTools: boolean, onBlocked: (origin: string) => void = () => {}): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setDevicePermissionHandler(denyPermissionCheck);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, devTools);
    if (!allowed) onBlocked(parseUrl(details.url)?.origin ?? '(not a URL)');
    callback({ cancel: !allowed });
  });
}
