/** The renderer's files: index.html with the bridge script put in, the rest as built. */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export const BRIDGE_PATH = '/netbank-bridge.js';

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

export function contentType(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** The bridge must exist before the renderer's module script runs: a classic script before it. */
export function injectBridge(html: string): string {
  const tag = `<script src="${BRIDGE_PATH}"></script>`;
  const at = html.search(/<script\b[^>]*type=["']?module/i);
  if (at >= 0) return html.slice(0, at) + tag + '\n    ' + html.slice(at);
  const head = html.search(/<\/head>/i);
  if (head >= 0) return html.slice(0, head) + tag + '\n' + html.slice(head);
  return tag + html;
}

export const NOT_BUILT_PAGE = `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>Netbank</title></head>
<body><h1>画面がまだビルドされていません / renderer not built yet</h1>
<p><code>npm run build</code> を実行してから、もう一度開いてください。</p>
<p>The renderer is not built yet — run <code>npm run build</code>, then open this page again.</p></body></html>
`;

/** Resolves a URL path inside `root`, or null when it would leave it or names no file. */
export async function resolveStatic(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  if (full !== root && !full.startsWith(root + path.sep)) return null;
  try {
    return (await stat(full)).isFile() ? full : null;
  } catch {
    return null;
  }
}

export async function readIndex(root: string): Promise<string | null> {
  try {
    return injectBridge(await readFile(path.join(root, 'index.html'), 'utf8'));
  } catch {
    return null;
  }
}
