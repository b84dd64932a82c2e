/**
 * The browser host's way of handing over a file main built (a statement CSV): a one-time link on
 * its own server, for the page session that asked, good for a minute. The bytes never pass through
 * the page's script: the page follows the link and the browser saves the attachment. PDFs and
 * printing are the browser's own print dialog (window.print) here.
 */
import { randomBytes } from 'node:crypto';
import type { FileSaver } from '../core/statements/files.js';
import { DOWNLOAD_PATH_PREFIX } from '../../src-shared/ipc/statements.js';

const TTL_MS = 60_000;
const MAX_WAITING = 16;

interface Waiting { client: string; fileName: string; bytes: Buffer; type: string; until: number }

export interface TakenDownload { fileName: string; bytes: Buffer; type: string }

export class Downloads {
  private readonly waiting = new Map<string, Waiting>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Keeps the bytes for one fetch by this client; returns the path to fetch them from. */
  offer(client: string, fileName: string, bytes: Buffer, type: string): string {
    this.sweep();
    while (this.waiting.size >= MAX_WAITING) this.waiting.delete(this.waiting.keys().next().value!);
    const id = randomBytes(24).toString('base64url');
    this.waiting.set(id, { client, fileName, bytes, type, until: this.now() + TTL_MS });
    return `${DOWNLOAD_PATH_PREFIX}${id}`;
  }

  /** The file, once, for the client it was offered to; null when unknown, taken, expired or another client's. */
  take(path: string, client: string): TakenDownload | null {
    this.sweep();
    const id = path.slice(DOWNLOAD_PATH_PREFIX.length);
    const w = this.waiting.get(id);
    if (!w || w.client !== client) return null;
    this.waiting.delete(id);
    return { fileName: w.fileName, bytes: w.bytes, type: w.type };
  }

  /** The saver one client's core uses. */
  saverFor(client: string): FileSaver {
    return {
      saveCsv: async (fileName, bytes) => ({ outcome: 'download', url: this.offer(client, fileName, bytes, 'text/csv; charset=utf-8') }),
      savePdf: async () => ({ outcome: 'browser-print' }),
      print: async () => ({ outcome: 'browser-print' }),
    };
  }

  private sweep(): void {
    const t = this.now();
    for (const [id, w] of this.waiting) if (w.until <= t) this.waiting.delete(id);
  }
}

/** Content-Disposition for a file name of ASCII letters, digits, dot, dash and underscore (ours only). */
export function attachment(fileName: string): string {
  const safe = fileName.replace(/[^A-Za-z0-9._-]/g, '_');
  return `attachment; filename="${safe}"`;
}
