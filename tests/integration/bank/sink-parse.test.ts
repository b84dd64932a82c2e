// The mail sink of the built bank (a child process, as `npm run bank` runs it, with its parser
// thread from dist/bank) takes a mail its parser cannot read, one of 4000 parts (mailparser allows
// 1000): the mail is dropped and logged, the bank keeps answering, and the next mail is filed.
import { createServer, type AddressInfo } from 'node:net';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { afterEach, describe, expect, it } from 'vitest';
import { startBankProcess, type BankProcess } from '../../support/bank-process.js';
import { waitForMessage } from '../../support/mailbox.js';

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

async function sendRaw(port: number, to: string, raw: Buffer): Promise<void> {
  const c = new SMTPConnection({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  c.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    c.once('error', reject);
    c.connect(() => resolve());
  });
  try {
    await new Promise<void>((resolve, reject) => c.send({ from: 'tester@example.jp', to: [to] }, raw, (e) => (e ? reject(e) : resolve())));
  } finally {
    c.quit();
  }
}

function manyParts(n: number): Buffer {
  const lines = ['From: tester@example.jp', 'To: a@example.jp', 'Subject: parts', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary=BB', ''];
  for (let i = 0; i < n; i++) lines.push('--BB', 'Content-Type: text/plain', '', `part ${i}`);
  lines.push('--BB--', '');
  return Buffer.from(lines.join('\r\n'));
}

let bank: BankProcess | null = null;
afterEach(async () => {
  await bank?.kill();
  bank = null;
});

describe('the mail sink', () => {
  it('drops a mail its parser cannot read, and the bank and its mailbox go on', async () => {
    const smtpPort = await freePort();
    bank = await startBankProcess({ env: { SINK_SMTP_PORT: String(smtpPort) } });
    await sendRaw(smtpPort, 'a@example.jp', manyParts(4000));
    await sendRaw(smtpPort, 'a@example.jp', Buffer.from('From: tester@example.jp\r\nTo: a@example.jp\r\nSubject: still here\r\n\r\nhello\r\n'));
    const next = await waitForMessage(bank.mailboxUrl, 'a@example.jp', (m) => m.subject === 'still here', 15_000);
    expect(next.text.trim()).toBe('hello');
    expect((await fetch(`${bank.apiUrl}/health`)).status).toBe(200);
    const messages = (await (await fetch(`${bank.mailboxUrl}/api/messages`)).json()) as { subject: string }[];
    expect(messages.map((m) => m.subject)).toEqual(['still here']);
    expect(bank.logs()).toContain('sink could not parse a mail; dropped');
  });
});
