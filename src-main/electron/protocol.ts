/**
 * The app:// scheme: serves the built renderer (dist/renderer) and nothing else. Path traversal,
 * encoded separators, NUL bytes, other hosts, symbolic links and methods other than GET/HEAD are
 * refused; every answer carries the CSP and the other security headers. Never file://.
 */
import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CustomScheme } from 'electron';
import { APP_HOST, APP_SCHEME, parseUrl } from './app-url.js';
import { ELECTRON_CSP } from './csp.js';

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

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type Resolution = { ok: true; file: string } | { ok: false; status: 400 | 403 | 404; reason: string };

/**
 * Maps an app:// URL to a file inside `root`, by the URL alone (no disk access). "/" is index.html.
 */
export function resolveAppPath(root: string, rawUrl: string): Resolution {
  const u = parseUrl(rawUrl);
  if (!u || u.protocol !== `${APP_SCHEME}:`) return { ok: false, status: 400, reason: 'not an app URL' };
  if (u.host !== APP_HOST || u.username || u.password) return { ok: false, status: 403, reason: 'foreign host' };
  const rawPath = u.pathname;
  // Encoded separators and dots are never part of our file names: refuse before decoding.
  if (/%2f|%5c|%2e|%00/i.test(rawPath)) return { ok: false, status: 403, reason: 'encoded separator' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { ok: false, status: 400, reason: 'bad encoding' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { ok: false, status: 403, reason: 'bad character' };
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.')) return { ok: false, status: 403, reason: 'path traversal' };
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');
  const base = path.resolve(root);
  const file = path.resolve(base, relative);
  if (!file.startsWith(base + path.sep)) return { ok: false, status: 403, reason: 'outside the renderer' };
  return { ok: true, file };
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
    if (!r.ok) return plain(r.status, r.status === 404 ? 'not found' : 'refused');
    try {
      const info = await lstat(r.file);
      if (info.isSymbolicLink()) return plain(403, 'refused');
      if (!info.isFile()) return plain(404, 'not found');
      const body = request.method === 'HEAD' ? null : await readFile(r.file);
      return new Response(body, { status: 200, headers: securityHeaders(contentTypeFor(r.file)) });
    } catch {
      return plain(404, 'not found');
    }
  };
}
