/**
 * Real mail out (BANK_SMTP_URL): a copy of every bank mail goes to a real SMTP server as well as
 * the sink, so a tester can read it on a phone or in the team's mail catcher. The sink is what the
 * bank waits for; the copy is sent on the side, and a failure is logged (its code and the server's
 * host and port only: nodemailer's messages can repeat what it was given) and goes no further.
 */
import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import { maskEmail } from '../src-shared/domain/index.js';
import type { SmtpRelaySettings } from './config.js';

export interface RelayMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

export interface MailRelay {
  /** Sends a copy in the background; never throws, never rejects. */
  forward(message: RelayMessage): void;
  close(): void;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/**
 * The transport's options. smtps: TLS from the first byte. smtp: STARTTLS, and a server that does
 * not offer it is refused (requireTLS), so neither the password nor the mail crosses in clear;
 * only a server on this machine (a mail catcher on loopback) may go without when it offers none.
 * A failed upgrade never falls back to plain text (nodemailer has opportunisticTLS off).
 */
export function relayTransportOptions(s: SmtpRelaySettings) {
  return {
    host: s.host,
    port: s.port,
    secure: s.secure,
    requireTLS: !s.secure && !LOOPBACK.has(s.host.toLowerCase()),
    auth: s.user === null ? undefined : { user: s.user, pass: s.pass ?? '' },
    tls: { minVersion: 'TLSv1.2' as const, rejectUnauthorized: true, ...(s.ca === null ? {} : { ca: s.ca }) },
    pool: true as const,
    maxConnections: 2,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
    logger: false,
    debug: false,
  };
}

/**
 * Only these fields of a failure are logged: nodemailer's code (EAUTH, ETLS, ESOCKET, …), the system
 * code under it (ECONNREFUSED, …) and the server's reply code; never a message, which may hold the
 * exchange or the URL's parts.
 */
function failureFields(error: unknown): { code: string; systemCode: string | null; responseCode: number | null } {
  const e = (error ?? {}) as { code?: unknown; originalCode?: unknown; responseCode?: unknown };
  const plain = (v: unknown) => (typeof v === 'string' && /^[A-Z0-9_]{1,40}$/.test(v) ? v : null);
  return { code: plain(e.code) ?? 'UNKNOWN', systemCode: plain(e.originalCode), responseCode: typeof e.responseCode === 'number' ? e.responseCode : null };
}

export function createMailRelay(settings: SmtpRelaySettings, log: Logger): MailRelay {
  const transport = nodemailer.createTransport(relayTransportOptions(settings));
  const server = { host: settings.host, port: settings.port };
  return {
    forward(message) {
      void transport
        .sendMail({ ...message })
        .then(
          () => log.info({ relay: { ...server, to: maskEmail(message.to) } }, 'mail relayed'),
          (error: unknown) => log.warn({ relay: { ...server, to: maskEmail(message.to), ...failureFields(error) } }, 'mail relay failed'),
        )
        .catch(() => undefined);
    },
    close() {
      transport.close();
    },
  };
}
