/**
 * The renderer's home: a custom privileged scheme, never file://. Every check of "is this our own
 * page" (IPC senders, navigation, the protocol handler) goes through these few functions.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'netbank';
/** What a sender's frame URL starts with. (URL#origin is "null" for custom schemes, so we compare parts.) */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Parses a URL; null for anything that is not one. */
export function parseUrl(raw: unknown): URL | null {
  if (typeof raw !== 'string' || raw === '') return null;
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/** True only for app://netbank/… with no user, password or port. */
export function isAppUrl(raw: unknown): boolean {
  const u = parseUrl(raw);
  return u !== null && u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '';
}
