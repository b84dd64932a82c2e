// The bank's mails as MIME text: what a mail reader parses out of them is exactly what the
// templates wrote (sender name and address, recipient, subject, both parts, the X- headers), the
// lines stay within the limits, and anything that would break a header is refused.
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { composeMime, senderAddress } from '../../../mock-bank/mime.js';
import { otpMail, otpSender } from '../../../mock-bank/mail-templates.js';

const at = new Date('2026-12-07T02:01:29Z');

describe('composeMime', () => {
  it('a password mail reads back as the template wrote it', async () => {
    const content = otpMail({ code: '123456', reference: '4321', sentAt: at.getTime(), expiresAt: at.getTime() + 600_000, operation: { ja: '振込', en: 'Transfer' } });
    const raw = composeMime({ from: otpSender(), to: 'mail-user@docomo.ne.jp', ...content, headers: { ...content.headers, 'X-Bank-Operation': 'op_abc-123' }, date: at });
    const parsed = await simpleParser(raw);
    const from = parsed.from!.value[0]!;
    expect(`"${from.name}" <${from.address}>`).toBe(otpSender());
    expect(parsed.to && !Array.isArray(parsed.to) ? parsed.to.text : null).toBe('mail-user@docomo.ne.jp');
    expect(parsed.subject).toBe(content.subject);
    expect(parsed.text).toBe(content.text);
    expect(parsed.html).toBe(content.html);
    expect(parsed.headers.get('x-bank-reference')).toBe('4321');
    expect(parsed.headers.get('x-bank-operation')).toBe('op_abc-123');
    expect(parsed.date?.toISOString()).toBe(at.toISOString());
    expect(parsed.messageId).toMatch(/^<[0-9a-f-]{36}@otp-auth\.net>$/);
    for (const line of raw.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('a long Japanese subject is split into encoded words on character boundaries', async () => {
    const subject = '【サンプル銀行】'.repeat(12) + '🏦 終わり';
    const raw = composeMime({ from: '"サンプル銀行" <info@am-bk.co.jp>', to: 'a@example.com', subject, text: 't', html: '<p>h</p>', headers: {}, date: at });
    expect((await simpleParser(raw)).subject).toBe(subject);
  });

  it('a plain ASCII sender name with a comma, a dot or a backslash reads back whole', async () => {
    const raw = composeMime({ from: '"Demo Bank, Ltd. \\ Tokyo" <info@am-bk.co.jp>', to: 'a@example.com', subject: 's', text: 't', html: 'h', headers: {}, date: at });
    const from = (await simpleParser(raw)).from!.value[0]!;
    expect(from).toMatchObject({ name: 'Demo Bank, Ltd. \\ Tokyo', address: 'info@am-bk.co.jp' });
  });

  it('refuses what would break a header or an address', () => {
    const base = { from: '"Bank" <info@am-bk.co.jp>', to: 'a@example.com', subject: 's', text: 't', html: 'h', headers: {}, date: at };
    expect(() => composeMime({ ...base, subject: 'a\r\nBcc: x@evil.test' })).toThrow(/line break/);
    expect(() => composeMime({ ...base, to: 'a@example.com, b@evil.test' })).toThrow(/recipient/);
    expect(() => composeMime({ ...base, to: 'a@example.com\r\nBcc: b@evil.test' })).toThrow(/recipient/);
    expect(() => composeMime({ ...base, headers: { 'X-Bank-Reference': '1\r\nBcc: x' } })).toThrow(/header/);
    expect(() => composeMime({ ...base, headers: { Bcc: 'x@evil.test' } })).toThrow(/header/);
    expect(() => composeMime({ ...base, from: 'info@am-bk.co.jp' })).toThrow(/sender/);
    expect(senderAddress('"Bank" <info@am-bk.co.jp>')).toBe('info@am-bk.co.jp');
  });
});
