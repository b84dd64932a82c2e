/** Outgoing mail: kept SMTP connections to the sink (smtp-pool.ts); one message per recipient. */
import type { Logger } from 'pino';
import { maskEmail } from '../src-shared/domain/index.js';
import type { MailRelay } from './mail-relay.js';
import type { MailContent } from './mail-templates.js';
import { composeMime, senderAddress } from './mime.js';
import { SmtpPool } from './smtp-pool.js';

export interface Mailer {
  send(from: string, to: string[], content: MailContent): Promise<void>;
  close(): void;
}

/** `relay`: a real server that gets a copy of each mail the sink took (BANK_SMTP_URL), never waited for. */
export function createMailer(host: string, port: number, log: Logger, relay: MailRelay | null = null): Mailer {
  const pool = new SmtpPool({ host, port, maxConnections: 4, connectionTimeout: 5000, greetingTimeout: 5000, socketTimeout: 10000 });
  return {
    async send(from, to, content) {
      // One message per address, so no recipient sees the others.
      await Promise.all(
        to.map(async (address) => {
          const started = Date.now();
          const message = { from, to: address, subject: content.subject, text: content.text, html: content.html, headers: content.headers };
          // The message is written out here (mime.ts: UTF-8 text and HTML parts in base64) and
          // handed to SMTP as it is, with its envelope.
          const raw = composeMime({ ...message, date: new Date() });
          await pool.send({ from: senderAddress(from), to: [address] }, Buffer.from(raw, 'utf8'));
          relay?.forward(message);
          log.info({ mail: { to: maskEmail(address), ms: Date.now() - started } }, 'mail sent');
        }),
      );
    },
    close() {
      pool.close();
      relay?.close();
    },
  };
}
