/**
 * The built renderer's files, as both hosts serve them (app:// in Electron, the loopback browser
 * host): which file a URL path names, and its content type. One rule set for both, so a path that
 * one host refuses the other refuses too.
 */
import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';

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
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type PathResolution = { ok: true; file: string } | { ok: false; status: 400 | 403; reason: string };

/**
 * Maps a URL's pathname (still percent-encoded) to a file inside `root`, by the path alone (no disk
 * access). "/" is index.html. Encoded separators and dots, NUL bytes, backslashes and dot segments
 * are refused: none of them is ever part of a built file's name.
 */
export function resolveRendererPath(root: string, rawPathname: string): PathResolution {
  if (/%2f|%5c|%2e|%00/i.test(rawPathname)) return { ok: false, status: 403, reason: 'encoded separator' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPathname);
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

export type FileRead = { ok: true; body: Buffer<ArrayBuffer> } | { ok: false; status: 403 | 404 };

/** A resolved file's bytes (empty for HEAD); 403 for a symbolic link, 404 when missing or not a file. */
export async function readRendererFile(file: string, options: { head?: boolean } = {}): Promise<FileRead> {
  try {
    const info = await lstat(file);
    if (info.isSymbolicLink()) return { ok: false, status: 403 };
    if (!info.isFile()) return { ok: false, status: 404 };
    return { ok: true, body: options.head ? Buffer.alloc(0) : await readFile(file) };
  } catch {
    return { ok: false, status: 404 };
  }
}
