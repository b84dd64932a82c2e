/** The mail sink: an SMTP server on loopback that parses every mail and keeps it for the mailbox. */
import { SMTPServer } from 'smtp-server';
import { simpleParser, type AddressObject } from 'mailparser';
import type { Logger } from 'pino';
import type { MailboxMessage } from '../src-shared/bank-api/index.js';

export const MAILBOX_LIMIT = 1000;
const MAX_MAIL_BYTES = 1024 * 1024;

export interface StoredMessage extends MailboxMessage {
  reference: string | null;
}

/** Messages in arrival order, newest last; the oldest drop out past MAILBOX_LIMIT. */
export class MailStore {
  private messages: StoredMessage[] = [];
  private seq = 0;
  private waiters = new Set<() => void>();

  add(m: Omit<StoredMessage, 'id'>): StoredMessage {
    this.seq += 1;
    const stored = { ...m, id: `m${this.seq}` };
    this.messages.push(stored);
    if (this.messages.length > MAILBOX_LIMIT) this.messages.splice(0, this.messages.length - MAILBOX_LIMIT);
    for (const w of this.waiters) w();
    return stored;
  }

  /** Newest first; `to` matches any recipient, case-insensitively. */
  list(to?: string): StoredMessage[] {
    const wanted = to?.trim().toLowerCase();
    const all = wanted ? this.messages.filter((m) => m.to.some((a) => a.toLowerCase() === wanted)) : this.messages;
    return [...all].reverse();
  }

  get(id: string): StoredMessage | undefined {
    return this.messages.find((m) => m.id === id);
  }

  clear(): void {
    this.messages = [];
  }
}

function addressText(a: AddressObject | AddressObject[] | undefined): string {
  if (!a) return '';
  return (Array.isArray(a) ? a : [a]).map((x) => x.text).join(', ');
}

export interface Sink {
  server: SMTPServer;
  port: number;
  close(): Promise<void>;
}

export async function startSink(host: string, port: number, store: MailStore, log: Logger, now: () => number): Promise<Sink> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    size: MAX_MAIL_BYTES,
    logger: false,
    banner: 'demo bank mail sink',
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          if (stream.sizeExceeded) return callback(Object.assign(new Error('Message too large'), { responseCode: 552 }));
          const refHeader = parsed.headers.get('x-bank-reference');
          store.add({
            from: addressText(parsed.from),
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : null,
            receivedAt: new Date(now()).toISOString(),
            reference: typeof refHeader === 'string' && /^\d{4}$/.test(refHeader) ? refHeader : null,
          });
          callback();
        })
        .catch((error: unknown) => {
          log.warn({ sink: { error: error instanceof Error ? error.message : String(error) } }, 'sink could not parse a mail');
          callback(Object.assign(new Error('Could not parse the message'), { responseCode: 451 }));
        });
    },
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
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
