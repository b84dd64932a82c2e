// How the sink parses (mock-bank/mail-parser.ts): small mails on the bank's thread, larger ones on a
// real worker thread (parse-worker.mjs). The parts the mailbox keeps, the same either way; a mail
// that does not parse, that needs more than the thread's heap or that holds it past the limit fails
// alone, and the next mail is parsed (by a new thread where the old one ended); closing lets the
// mails being parsed finish.
import { afterEach, describe, expect, it } from 'vitest';
import { IN_THREAD_MAX_BYTES, MailParserThread } from '../../../mock-bank/mail-parser.js';

const crlf = (lines: string[]) => Buffer.from(`${lines.join('\r\n')}\r\n`);

const bankMail = crlf([
  'From: "Demo Bank" <otp@bank.example.jp>', 'To: mail-user@docomo.ne.jp', 'Subject: =?UTF-8?B?44Oh44O844Or6YCa55+l44OR44K544Ov44O844OJ?=',
  'X-Bank-Reference: 0427', 'X-Bank-Operation: op_abc-123', 'MIME-Version: 1.0', 'Content-Type: multipart/alternative; boundary=b1', '',
  '--b1', 'Content-Type: text/plain; charset=utf-8', '', 'メール通知パスワード: 123456', '--b1', 'Content-Type: text/html; charset=utf-8', '', '<p>123456</p>', '--b1--',
]);
const htmlOnly = (body: string) => crlf(['From: a@example.jp', 'To: b@example.jp', 'Subject: html', 'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8', '', body]);
const small = crlf(['From: a@example.jp', 'To: b@example.jp', 'Subject: small', '', 'hello']);
/** The bank's mail again, made larger than the bank's thread takes (a long header line): parsed on the worker. */
const large = (mail: Buffer) => Buffer.concat([Buffer.from(`X-Padding: ${'p'.repeat(IN_THREAD_MAX_BYTES)}\r\n`), mail]);

function manyParts(n: number): Buffer {
  const lines = ['From: a@example.jp', 'To: b@example.jp', 'Subject: parts', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary=BB', ''];
  for (let i = 0; i < n; i++) lines.push('--BB', 'Content-Type: text/plain', '', `part ${i}`);
  lines.push('--BB--');
  return crlf(lines);
}

describe('mail parser thread', () => {
  const parsers: MailParserThread[] = [];
  const parser = (limitMs = 10_000) => {
    const p = new MailParserThread(limitMs);
    parsers.push(p);
    return p;
  };
  afterEach(async () => {
    for (const p of parsers.splice(0)) await p.close();
  });

  it('gives the parts the mailbox keeps, on either thread', async () => {
    const p = parser();
    const parts = {
      from: '"Demo Bank" <otp@bank.example.jp>', subject: 'メール通知パスワード', text: 'メール通知パスワード: 123456', html: '<p>123456</p>',
      reference: '0427', operation: 'op_abc-123',
    };
    expect(await p.parse(bankMail)).toEqual(parts);
    expect(await p.parse(large(bankMail))).toEqual(parts);
  });

  it('gives a mail of HTML only its text too, on either thread', async () => {
    const p = parser();
    for (const mail of [htmlOnly('<p>Hello <b>there</b></p>'), large(htmlOnly('<p>Hello <b>there</b></p>'))]) {
      const parsed = await p.parse(mail);
      expect(parsed.html).toBe('<p>Hello <b>there</b></p>\n');
      expect(parsed.text.trim()).toBe('Hello there');
      expect(parsed.reference).toBeNull();
    }
  });

  it('a mail that does not parse fails alone, with the reason; the next one is parsed', async () => {
    const p = parser();
    await expect(p.parse(manyParts(4000))).rejects.toThrow('Max allowed child nodes exceeded');
    expect((await p.parse(large(small))).subject).toBe('small');
  });

  it('a mail that needs more than the heap ends the thread, not the process; the next one gets a new thread', async () => {
    const p = new MailParserThread(10_000, 16);
    parsers.push(p);
    await expect(p.parse(htmlOnly(`<p>${'<b>x</b> '.repeat(1_100_000)}</p>`))).rejects.toThrow(/memory|parser thread stopped/i);
    expect((await p.parse(large(small))).subject).toBe('small');
  });

  it('gives up a mail that holds the thread past the limit; a mail after it still comes through', async () => {
    const p = parser(1000);
    // About 10 MB of HTML only, parsed twice: seconds of work, well past the limit.
    const slow = p.parse(htmlOnly(`<p>${'<b>x</b> '.repeat(1_100_000)}</p>`));
    await expect(slow).rejects.toThrow('not parsed within 1000 ms');
    expect((await p.parse(large(small))).subject).toBe('small');
  });

  it('lets the mails being parsed finish when closed, then takes no more', async () => {
    const p = new MailParserThread(10_000);
    const parsing = p.parse(large(bankMail));
    const closing = p.close();
    expect((await parsing).reference).toBe('0427');
    await closing;
    await expect(p.parse(small)).rejects.toThrow('closed');
  });
});
