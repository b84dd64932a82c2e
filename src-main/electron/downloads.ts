/**
 * No session the app uses ever downloads a file: nothing the renderer (or the mailbox window in a
 * tester build) points at is saved to disk behind the customer's back. A statement the customer
 * asks to save is written by main through a save dialog, which never goes through will-download.
 * Takes Electron's objects as plain parameters so Node tests can call it.
 */
import { parseUrl } from './app-url.js';
import type { PreventableEvent } from './navigation.js';

/** The part of Electron's DownloadItem the guard uses. */
export interface RefusedDownload {
  getURL(): string;
  cancel(): void;
}

/** The part of a session the download guard attaches to. */
export interface DownloadingSession {
  on(event: 'will-download', listener: (event: PreventableEvent, item: RefusedDownload) => void): unknown;
}

/** What is logged of a refused download: where it came from, never its name or full URL. */
export interface DownloadRefusal {
  origin: string;
}

/** "https://bank.example", "app://netbank", "data:": enough to tell where it came from. */
function originOf(url: string): string {
  const u = parseUrl(url);
  if (!u) return '(not a URL)';
  if (u.protocol === 'blob:') return originOf(u.pathname); // blob:<origin>/<uuid>
  if (u.origin !== 'null') return u.origin;
  return u.host ? `${u.protocol}//${u.host}` : u.protocol;
}

/** will-download: always cancelled, and reported. */
export function denyDownload(event: PreventableEvent, item: RefusedDownload, onRefused: (what: DownloadRefusal) => void): void {
  event.preventDefault();
  item.cancel();
  onRefused({ origin: originOf(item.getURL()) });
}

const guarded = new WeakSet<object>();

/** Attaches the guard once per session, however many times it is asked to. */
export function denyDownloads(session: DownloadingSession, onRefused: (what: DownloadRefusal) => void): void {
  if (guarded.has(session)) return;
  guarded.add(session);
  session.on('will-download', (event, item) => denyDownload(event, item, onRefused));
}
