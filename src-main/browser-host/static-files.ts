/** The renderer's files: index.html with the bridge script put in, the rest as built. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { contentTypeFor, readRendererFile, resolveRendererPath } from '../core/renderer-files.js';

export { contentTypeFor };

export const BRIDGE_PATH = '/netbank-bridge.js';

/**
 * The bridge must exist before the renderer's module script runs: a deferred classic script before
 * it (deferred and module scripts run in document order once the page is parsed, so the bridge
 * still comes first, and the page's parsing does not stop to fetch it).
 */
export function injectBridge(html: string): string {
  const tag = `<script defer src="${BRIDGE_PATH}"></script>`;
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

/**
 * A built file for a URL path (same rules as the app:// scheme), or null: refused paths, symbolic
 * links and missing files all answer 404 here, so a probe learns nothing about the disk.
 */
export async function readStatic(root: string, urlPath: string): Promise<{ file: string; body: Buffer<ArrayBuffer> } | null> {
  const r = resolveRendererPath(root, urlPath);
  if (!r.ok) return null;
  const read = await readRendererFile(r.file);
  return read.ok ? { file: r.file, body: read.body } : null;
}

export async function readIndex(root: string): Promise<string | null> {
  try {
    return injectBridge(await readFile(path.join(root, 'index.html'), 'utf8'));
  } catch {
    return null;
  }
}
