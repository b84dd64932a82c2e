/**
 * The bank's own mails written out as MIME text (RFC 5322 / 2045 / 2047): a text part and an HTML
 * part in UTF-8, base64, one recipient. The mailer hands this text to SMTP as it is: composing the
 * same message through the mail library's general composer (address parsing, streams, plugins)
 * cost more CPU than the SMTP exchange itself, on every password mail a customer waits for.
 * Only what the bank's templates produce goes in; anything that could break a header (a line
 * break, a malformed address) is refused rather than written.
 */
import { randomBytes, randomUUID } from 'node:crypto';

export interface MimeMail {
  /** `"Name" <address>` as the templates write the senders. */
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  date: Date;
}

const CRLF = '\r\n';
const SENDER = /^"([^"\r\n]*)" <([^\s<>"@]+@[^\s<>"@]+)>$/;
const ADDRESS = /^[^\s<>"@,;]+@[^\s<>"@,;]+$/;
const HEADER_NAME = /^X-[A-Za-z0-9-]{1,60}$/;
const HEADER_VALUE = /^[\x20-\x7e]{0,200}$/;
/** Raw bytes per encoded word: 39 bytes are 52 base64 characters, a word of 64, so that a header's
 * first line (its name, then a word) stays within 78 characters. */
const WORD_BYTES = 39;

/** The sender's address alone (for the SMTP envelope). */
export function senderAddress(from: string): string {
  const m = SENDER.exec(from);
  if (!m) throw new Error('mail sender must be written as "Name" <address>');
  return m[2]!;
}

/** RFC 2047 encoded words for non-ASCII text, split on character boundaries and folded. */
function encodeWords(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value) && value.length <= 900) return value;
  const words: string[] = [];
  let chunk = '';
  let bytes = 0;
  for (const ch of value) {
    const n = Buffer.byteLength(ch, 'utf8');
    if (bytes + n > WORD_BYTES) {
      words.push(chunk);
      chunk = '';
      bytes = 0;
    }
    chunk += ch;
    bytes += n;
  }
  if (chunk !== '') words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join(`${CRLF} `);
}

/** A sender name as a header writes it: quoted when plain ASCII (it may hold "." or ","), else encoded words. */
function displayName(name: string): string {
  return /^[\x20-\x7e]{0,60}$/.test(name) ? `"${name.replace(/\\/g, '\\\\')}"` : encodeWords(name);
}

/** base64 in lines of 76 characters. */
function base64Lines(text: string): string {
  const b64 = Buffer.from(text, 'utf8').toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += 76) lines.push(b64.slice(i, i + 76));
  return lines.join(CRLF);
}

/** "Mon, 07 Dec 2026 02:01:29 +0000" */
function rfc5322Date(d: Date): string {
  return d.toUTCString().replace(/GMT$/, '+0000');
}

export function composeMime(mail: MimeMail): string {
  const sender = SENDER.exec(mail.from);
  if (!sender) throw new Error('mail sender must be written as "Name" <address>');
  if (!ADDRESS.test(mail.to)) throw new Error('mail recipient is not a plain address');
  if (/[\r\n]/.test(mail.subject)) throw new Error('mail subject holds a line break');
  const extra = Object.entries(mail.headers).map(([name, value]) => {
    if (!HEADER_NAME.test(name) || !HEADER_VALUE.test(value)) throw new Error(`mail header ${JSON.stringify(name)} cannot be written`);
    return `${name}: ${value}`;
  });
  const [, name, address] = sender;
  const boundary = `--_nb_${randomBytes(12).toString('hex')}`;
  const head = [
    `From: ${displayName(name!)}${CRLF} <${address!}>`,
    `To: ${mail.to}`,
    `Subject: ${encodeWords(mail.subject)}`,
    `Date: ${rfc5322Date(mail.date)}`,
    `Message-ID: <${randomUUID()}@${address!.split('@')[1]!}>`,
    'MIME-Version: 1.0',
    ...extra,
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
  ];
  const part = (type: string, body: string) =>
    [`--${boundary}`, `Content-Type: ${type}; charset=utf-8`, 'Content-Transfer-Encoding: base64', '', base64Lines(body)].join(CRLF);
  return [...head, '', part('text/plain', mail.text), part('text/html', mail.html), `--${boundary}--`, ''].join(CRLF);
}
