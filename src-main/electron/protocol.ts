/**
 * The app:// scheme: serves the built renderer (dist/renderer) and nothing else. Path traversal,
 * encoded separators, NUL bytes, other hosts, symbolic links and methods other than GET/HEAD are
 * refused; every answer carries the CSP and the other security headers. Never file://.
 */
import type { CustomScheme } from 'electron';
import { APP_HOST, APP_SCHEME, parseUrl } from './app-url.js';
import { ELECTRON_CSP } from './csp.js';
import { contentTypeFor, readRendererFile, resolveRendererPath, type PathResolution } from '../core/renderer-files.js';

export { contentTypeFor };

/**
 * Registered before the app is ready. standard + secure make app://netbank a real, secure origin
 * ('self' in the CSP, ES modules, same-origin checks); supportFetchAPI lets the renderer's module
 * chunks load. No CSP bypass, no service workers, no CORS, no extensions.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    codeCache: true,
    bypassCSP: false,
    allowServiceWorkers: false,
    corsEnabled: false,
    stream: false,
    allowExtensions: false,
  },
};

export type Resolution = PathResolution;

/**
 * Maps an app:// URL to a file inside `root`, by the URL alone (no disk access). "/" is index.html.
 */
export function resolveAppPath(root: string, rawUrl: string): Resolution {
  const u = parseUrl(rawUrl);
  if (!u || u.protocol !== `${APP_SCHEME}:`) return { ok: false, status: 400, reason: 'not an app URL' };
  if (u.host !== APP_HOST || u.username || u.password) return { ok: false, status: 403, reason: 'foreign host' };
  return resolveRendererPath(root, u.pathname);
}

/** Headers on every answer, errors included. */
export function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': ELECTRON_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

export type AppRequestHandler = (request: Request) => Promise<Response>;

/** What protocol.handle('app', …) is given. */
export function createAppProtocolHandler(rendererDir: string): AppRequestHandler {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'method not allowed');
    const r = resolveAppPath(rendererDir, request.url);
    if (!r.ok) return plain(r.status, 'refused');
    const read = await readRendererFile(r.file, { head: request.method === 'HEAD' });
    if (!read.ok) return plain(read.status, read.status === 404 ? 'not found' : 'refused');
    return new Response(request.method === 'HEAD' ? null : read.body, { status: 200, headers: securityHeaders(contentTypeFor(r.file)) });
  };
}
