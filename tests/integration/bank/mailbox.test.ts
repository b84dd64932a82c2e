import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearMailbox, listMessages, waitForMessage, waitForOtp } from '../../support/mailbox.js';
import { startTestBank, type TestBank } from './helpers.js';

let t: TestBank;
beforeAll(async () => {
  t = await startTestBank();
});
afterAll(async () => t?.close());

async function sendRaw(to: string, subject: string, text: string | undefined, html?: string) {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: t.bank.smtpPort, secure: false, ignoreTLS: true });
  await transport.sendMail({ from: 'tester@example.com', to, subject, ...(text === undefined ? {} : { text }), html });
  transport.close();
}

describe('mailbox', () => {
  it('shows mail content as text, never as markup', async () => {
    await sendRaw('victim@example.com', '<script>alert("s")</script> subject', 'body <script>alert("b")</script> & <img src=x onerror=alert(1)>', '<b>x</b><script>alert(2)</script>');
    await waitForMessage(t.mailboxUrl, 'victim@example.com', () => true);
    const res = await fetch(t.mailboxUrl + '/');
    const page = await res.text();
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<img');
    expect(page).toContain('&lt;script&gt;alert(&quot;s&quot;)&lt;/script&gt; subject');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // The HTML part is only served sandboxed.
    const id = (await listMessages(t.mailboxUrl, 'victim@example.com'))[0]!.id;
    const html = await fetch(`${t.mailboxUrl}/messages/${id}/html`);
    expect(html.headers.get('content-security-policy')).toMatch(/^sandbox;/);
  });

  it('a mail with an HTML part only still shows its words as text', async () => {
    await sendRaw('html-only@example.com', 'HTML only', undefined, '<p>Your code is <b>123456</b>.</p><p>Second line</p>');
    const m = await waitForMessage(t.mailboxUrl, 'html-only@example.com', () => true);
    expect(m.text).toContain('Your code is 123456.');
    expect(m.text).toContain('Second line');
    expect(m.html).toContain('<b>123456</b>');
  });

  it('lists newest first, updates itself (its script listens to the live events), fits a phone, shows the reference prominently', async () => {
    await clearMailbox(t.mailboxUrl);
    const token = await t.api.login('mail-user');
    const op = await t.api.post('/api/v1/operations', { type: 'token-start' }, token);
    await waitForOtp(t.mailboxUrl, 'mail-user@docomo.ne.jp', { reference: op.body.otp.reference });
    await sendRaw('later@example.com', 'later mail', 'later');
    await waitForMessage(t.mailboxUrl, 'later@example.com', () => true);
    const all = await listMessages(t.mailboxUrl);
    expect(all.map((m) => m.subject)[0]).toBe('later mail');
    expect(Date.parse(all[0]!.receivedAt)).toBeGreaterThanOrEqual(Date.parse(all[1]!.receivedAt));
    const page = await (await fetch(t.mailboxUrl + '/')).text();
    expect(page).toContain('<script src="/mailbox.js" defer></script>');
    expect(page).toContain('name="viewport"');
    expect(page).toContain(`data-testid="otp-reference">${op.body.otp.reference}</strong>`);
    expect(page.indexOf('later mail')).toBeLessThan(page.indexOf(op.body.otp.reference));
  });

  it('filters by recipient (the API, the page and its live list) and empties on DELETE', async () => {
    await sendRaw('a@example.com', 'for a', 'x');
    await sendRaw('b@example.com', 'for b', 'y');
    await waitForMessage(t.mailboxUrl, 'b@example.com', () => true);
    expect((await listMessages(t.mailboxUrl, 'A@example.com')).map((m) => m.subject)).toEqual(['for a']);
    // The page and the list its script fetches on each live event keep to the address filtered by.
    const page = await (await fetch(`${t.mailboxUrl}/?to=${encodeURIComponent('a@example.com')}`)).text();
    expect(page).toContain('value="a@example.com"');
    const fragment = await (await fetch(`${t.mailboxUrl}/fragments/messages?to=a@example.com`)).text();
    for (const html of [page, fragment]) {
      expect(html).toContain('for a');
      expect(html).not.toContain('for b');
    }
    await clearMailbox(t.mailboxUrl);
    expect(await listMessages(t.mailboxUrl)).toEqual([]);
  });

  it('takes a mail (250) before parsing it, yet every read right after sees it, and a clear right after removes it', async () => {
    // Over half a megabyte of HTML (as sent) parses for a while after SMTP has said 250; the reads come at once.
    const big = `<p>${'大きなメール / a large mail. '.repeat(12_000)}</p>`;
    await clearMailbox(t.mailboxUrl);
    await sendRaw('large@example.com', 'large mail', 'short text', big);
    const listed = await listMessages(t.mailboxUrl, 'large@example.com');
    expect(listed.map((m) => m.subject)).toEqual(['large mail']);
    expect(listed[0]!.html!.length).toBeGreaterThan(250_000);
    await sendRaw('large@example.com', 'large mail 2', 'short text', big);
    const page = await (await fetch(`${t.mailboxUrl}/?to=large@example.com`)).text();
    expect(page).toContain('large mail 2');
    await sendRaw('large@example.com', 'large mail 3', 'short text', big);
    await clearMailbox(t.mailboxUrl);
    await new Promise((r) => setTimeout(r, 200)); // a mail still filing after the clear would show now
    expect(await listMessages(t.mailboxUrl)).toEqual([]);
  });

  it('still refuses a mail over its size limit at SMTP (552), and files nothing', async () => {
    await clearMailbox(t.mailboxUrl);
    await expect(sendRaw('huge@example.com', 'huge', 'x'.repeat(1_100_000))).rejects.toThrow(/552/);
    expect(await listMessages(t.mailboxUrl)).toEqual([]);
  });
});
