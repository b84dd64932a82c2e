/**
 * How the sink parses its mails. The bank's own mails (a few KB) are parsed here, on the bank's
 * thread, in a millisecond or two: handing them to another thread cost each password mail 1-3 ms
 * more before it was in the mailbox, and more CPU (measured against the bank without the thread,
 * taken in turn). Larger mails, which only come from elsewhere (a tester's), are parsed on a thread
 * of their own (parse-worker.mjs): a 1 MB mail of HTML only took 0.3-1.5 s to parse, and no longer
 * holds the API up for that long.
 *
 * On that thread a mail not parsed within `limitMs` is given up (the sink drops it): the thread is
 * stopped and a new one takes the mails still waiting. The limit can fire, as it runs here while
 * the parse runs there. Its heap is capped: a mail that would need more ends the thread, not the
 * bank, and the next large mail gets a new one.
 */
import { Worker } from 'node:worker_threads';
import { parseForMailbox, type ParsedMail } from './parse-mail.mjs';

export type { ParsedMail };

/** Mails up to this size are parsed on the bank's thread (a 32 KB mail of HTML only, 3600 tags: about 9 ms; a 6 KB one like the bank's: 0.8 ms). */
export const IN_THREAD_MAX_BYTES = 32 * 1024;

interface Pending {
  raw: Uint8Array;
  resolve(mail: ParsedMail): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

type Answer = { id: number; mail: ParsedMail } | { id: number; error: string };

const WORKER_FILE = new URL('./parse-worker.mjs', import.meta.url);
/**
 * The parser thread's heap. A mail the sink takes is 1 MB at most; one of HTML only, 110,000 tags,
 * did not parse in 64 MB and did in 128 (its text is made from the HTML).
 */
const HEAP_MB = 256;

export class MailParserThread {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private seq = 0;
  private closed = false;
  private drained: (() => void) | null = null;

  constructor(private readonly limitMs: number, private readonly heapMb = HEAP_MB) {}

  parse(raw: Buffer): Promise<ParsedMail> {
    if (this.closed) return Promise.reject(new Error('the mail parser is closed'));
    if (raw.length <= IN_THREAD_MAX_BYTES) return this.inThread(raw);
    this.seq += 1;
    const id = this.seq;
    // A copy of its own: `raw` may share its memory with other buffers.
    const copy = new Uint8Array(raw);
    return new Promise<ParsedMail>((resolve, reject) => {
      this.pending.set(id, { raw: copy, resolve, reject, timer: this.limit(id) });
      this.thread().postMessage({ id, raw: copy });
    });
  }

  /** Takes no more mails, lets those on the thread finish (each within the limit), then stops it. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.pending.size > 0) await new Promise<void>((resolve) => (this.drained = resolve));
    const w = this.worker;
    this.worker = null;
    await w?.terminate();
  }

  /**
   * A small mail, parsed here. It cannot hold the thread for long, but the limit still stands for a
   * parse that never settles, so that mailbox reads (which wait for mails being filed) never hang.
   */
  private async inThread(raw: Buffer): Promise<ParsedMail> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`not parsed within ${this.limitMs} ms`)), this.limitMs);
    });
    try {
      return await Promise.race([parseForMailbox(raw), late]);
    } finally {
      clearTimeout(timer);
    }
  }

  private limit(id: number): NodeJS.Timeout {
    return setTimeout(() => this.stalled(id), this.limitMs);
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(WORKER_FILE, { resourceLimits: { maxOldGenerationSizeMb: this.heapMb } });
    w.unref();
    w.on('message', (answer: Answer) => {
      const p = this.pending.get(answer.id);
      if (!p) return; // given up already
      this.settle(answer.id);
      clearTimeout(p.timer);
      if ('mail' in answer) p.resolve(answer.mail);
      else p.reject(new Error(answer.error));
    });
    // The thread itself failed (not a mail that would not parse, which is answered): the mails it
    // held fail, and the next mail starts a new thread.
    const lost = (error: Error) => {
      if (this.worker !== w) return;
      this.worker = null;
      this.failAll(error);
    };
    w.on('error', lost);
    w.on('exit', (code) => lost(new Error(`the mail parser thread stopped (${code})`)));
    this.worker = w;
    return w;
  }

  /** The mail `id` has held the thread too long: it is given up, the rest go to a new thread. */
  private stalled(id: number): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.settle(id);
    p.reject(new Error(`not parsed within ${this.limitMs} ms`));
    const old = this.worker;
    this.worker = null;
    void old?.terminate();
    if (this.pending.size === 0) return;
    const w = this.thread();
    for (const [other, q] of this.pending) {
      clearTimeout(q.timer);
      q.timer = this.limit(other);
      w.postMessage({ id: other, raw: q.raw });
    }
  }

  private failAll(error: Error): void {
    for (const [id, p] of [...this.pending]) {
      clearTimeout(p.timer);
      this.settle(id);
      p.reject(error);
    }
  }

  private settle(id: number): void {
    this.pending.delete(id);
    if (this.closed && this.pending.size === 0) this.drained?.();
  }
}
