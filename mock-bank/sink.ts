/** The mail sink: an SMTP server on loopback that parses every mail and keeps it for the mailbox. */
import { SMTPServer } from 'smtp-server';
import type { Logger } from 'pino';
import type { MailboxMessage } from '../src-shared/bank-api/index.js';
import { MailParserThread } from './mail-parser.js';

export const MAILBOX_LIMIT = 1000;
const MAX_MAIL_BYTES = 1024 * 1024;
/**
 * A large mail that has not parsed by then is dropped, so a mailbox read never waits longer for it.
 * Large mails are parsed on a thread of their own (mail-parser.ts), so the limit holds even for a
 * parse that keeps that thread busy; the size cap bounds it too (a 1 MB mail of HTML only, which is
 * parsed twice, took 0.3-1.5 s). Small ones (the bank's own) parse here in a millisecond or two.
 */
const PARSE_LIMIT_MS = 10_000;
/** The password row of a mail-notified password mail (mail-templates.ts). */
const OTP_CODE = /メール通知パスワード: (\d{6})/;

export interface StoredMessage extends MailboxMessage {
  reference: string | null;
  /** The password of a mail-notified password mail. */
  otpCode: string | null;
  operationId: string | null;
  /** Whose password it is (the customer, else the recipient): a newer password mail voids older ones of the same. */
  owner: string | null;
  voided?: boolean;
}

export type MailEvent = 'mail' | 'clear';

/** Messages in arrival order, newest last; the oldest drop out past MAILBOX_LIMIT. */
export class MailStore {
  private messages: StoredMessage[] = [];
  private seq = 0;
  private listeners = new Set<(event: MailEvent) => void>();
  /** Who a password mail belongs to (set by the bank, which knows its passwords). */
  ownerOf: (m: Omit<StoredMessage, 'id' | 'owner'>) => string | null = (m) => m.to[0]?.toLowerCase() ?? null;

  add(m: Omit<StoredMessage, 'id' | 'owner'>): StoredMessage {
    this.seq += 1;
    const stored: StoredMessage = { ...m, owner: m.reference === null ? null : this.ownerOf(m), id: `m${this.seq}` };
    this.messages.push(stored);
    if (this.messages.length > MAILBOX_LIMIT) this.messages.splice(0, this.messages.length - MAILBOX_LIMIT);
    this.emit('mail');
    return stored;
  }

  /** Newest first, password mails older than their owner's newest marked voided; `to` matches any recipient, case-insensitively. */
  list(to?: string): StoredMessage[] {
    const newest = new Map<string, string>();
    const marked = [...this.messages].reverse().map((m) => {
      if (m.owner === null || m.reference === null) return m;
      const current = newest.get(m.owner);
      if (current === undefined) newest.set(m.owner, m.reference);
      return { ...m, voided: current !== undefined && current !== m.reference };
    });
    const wanted = to?.trim().toLowerCase();
    return wanted ? marked.filter((m) => m.to.some((a) => a.toLowerCase() === wanted)) : marked;
  }

  get(id: string): StoredMessage | undefined {
    return this.messages.find((m) => m.id === id);
  }

  clear(): void {
    this.messages = [];
    this.emit('clear');
  }

  private delivering = new Set<Promise<void>>();

  /** A mail the sink has taken (250 sent) and is parsing; `delivery` files it and never rejects. */
  deliver(delivery: Promise<void>): void {
    this.delivering.add(delivery);
    void delivery.finally(() => this.delivering.delete(delivery));
  }

  /** Resolves once every mail the sink has taken is in the store: each mailbox read waits for this. */
  async settled(): Promise<void> {
    while (this.delivering.size > 0) await Promise.all([...this.delivering]);
  }

  subscribe(listener: (event: MailEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: MailEvent): void {
    for (const l of this.listeners) l(event);
  }
}

/** The whole message as it came (the SMTP server caps its size; sizeExceeded is checked after). */
function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    stream.on('data', (c: Buffer) => {
      if (bytes <= MAX_MAIL_BYTES) chunks.push(c);
      bytes += c.length;
    });
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

export interface Sink {
  server: SMTPServer;
  port: number;
  close(): Promise<void>;
}

export async function startSink(host: string, port: number, store: MailStore, log: Logger, now: () => number, parseLimitMs = PARSE_LIMIT_MS): Promise<Sink> {
  const parser = new MailParserThread(parseLimitMs);
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    size: MAX_MAIL_BYTES,
    logger: false,
    banner: 'demo bank mail sink',
    // As a mail server does: the mail is taken (250) once all of it has come, then parsed and
    // filed; every mailbox read waits for mails still being filed (MailStore.settled), so a mail
    // the bank was told is delivered is always in the list. The bank's create and resend no longer
    // wait for the mailbox's parse, about a millisecond of every password mail.
    onData(stream, session, callback) {
      const to = session.envelope.rcptTo.map((r) => r.address);
      readAll(stream).then((raw) => {
        if (stream.sizeExceeded) {
          callback(Object.assign(new Error('Message too large'), { responseCode: 552 }));
          return;
        }
        store.deliver(file(raw, to));
        callback();
      }, (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    },
  });
  const file = (raw: Buffer, to: string[]): Promise<void> =>
    parser.parse(raw).then((parsed) => {
      const reference = parsed.reference !== null && /^\d{4}$/.test(parsed.reference) ? parsed.reference : null;
      store.add({
        from: parsed.from,
        to,
        subject: parsed.subject,
        text: parsed.text,
        html: parsed.html,
        receivedAt: new Date(now()).toISOString(),
        reference,
        otpCode: reference === null ? null : (OTP_CODE.exec(parsed.text)?.[1] ?? null),
        operationId: parsed.operation !== null && /^[A-Za-z0-9_-]{1,64}$/.test(parsed.operation) ? parsed.operation : null,
      });
    }).catch((error: unknown) => {
      // Taken but unreadable: dropped, as a mail server bounces what it cannot file.
      log.warn({ sink: { error: error instanceof Error ? error.message : String(error) } }, 'sink could not parse a mail; dropped');
    });
  server.on('error', (error) => log.warn({ sink: { error: error.message } }, 'sink error'));
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, host, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const address = server.server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    server,
    port: actual,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await parser.close();
    },
  };
}
