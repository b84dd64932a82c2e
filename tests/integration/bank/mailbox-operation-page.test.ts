// The mailbox's page of one operation (linked from each mail): the operation as the bank keeps it,
// read at the bank's clock, with the mailbox page's headers and Host check; 404 as a page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatJst } from '../../../mock-bank/html.js';
import { otpFor, startTestBank, type TestBank } from './helpers.js';
import { foreignHosts, requestWithHost } from './raw-host.js';

let t: TestBank;
beforeAll(async () => {
  t = await startTestBank();
});
afterAll(async () => t?.close());

const AD_HOC = { bankCode: '0005', branchCode: '101', accountType: 'ordinary', accountNumber: '7654321', name: 'ﾔﾏﾀﾞ ｻﾁｺ' };
const transfer = { type: 'transfer', fromAccountId: 'acc_1234567', amount: 2000, payee: AD_HOC };

async function pageOf(id: string): Promise<{ status: number; headers: Headers; html: string }> {
  const res = await fetch(`${t.mailboxUrl}/operations/${encodeURIComponent(id)}`);
  return { status: res.status, headers: res.headers, html: await res.text() };
}

/** The text of the element carrying this data-testid (no nested tags in the ones read here). */
const testId = (html: string, id: string) => html.match(new RegExp(`data-testid="${id}"[^>]*>([^<]*)<`))?.[1];

describe('operation page', () => {
  it('shows a new transfer with its customer, times and password, then its receipt once authorized', async () => {
    const token = await t.api.login('mail-user');
    const created = await t.api.post('/api/v1/operations', transfer, token);
    expect(created.status).toBe(201);
    const { reference, sentAt, expiresAt } = created.body.otp as { reference: string; sentAt: string; expiresAt: string };
    const code = await otpFor(t.mailboxUrl, reference);

    // The mailbox links each mail to this page.
    const mailbox = await (await fetch(`${t.mailboxUrl}/fragments/messages`)).text();
    expect(mailbox).toContain(`href="/operations/${created.body.id}" data-testid="operation-link"`);

    const before = await pageOf(created.body.id);
    expect(before.status).toBe(200);
    expect(before.headers.get('content-type')).toMatch(/^text\/html/);
    expect(before.headers.get('cache-control')).toBe('no-store');
    expect(before.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(before.html).not.toMatch(/<script\b/);
    expect(testId(before.html, 'operation-kind')).toBe('振込 / Transfer');
    expect(testId(before.html, 'operation-status')).toBe('確定待ち / Pending');
    expect(testId(before.html, 'operation-customer')).toBe('mail-user');
    const kept = await (await fetch(`${t.mailboxUrl}/api/operations/${created.body.id}`)).json() as { createdAt: string };
    expect(before.html).toContain(`<dt>受付 / Created</dt><dd>${formatJst(Date.parse(kept.createdAt))} (JST)</dd>`);
    expect(testId(before.html, 'operation-expires')).toBe(`${formatJst(Date.parse(expiresAt))} (JST)`);
    expect(before.html).toContain(formatJst(Date.parse(sentAt)));
    expect(before.html).toContain(`data-testid="otp-row" data-state="valid"><td class="ref">${reference}</td>`);
    expect(before.html).toContain(`<td class="code">${code}</td>`); // as the mailbox page shows it
    expect(before.html).toContain('href="/?to=mail-user%40docomo.ne.jp" data-testid="customer-mail"');
    expect(before.html).toContain(`href="/api/operations/${created.body.id}" data-testid="operation-json">JSON<`);
    expect(testId(before.html, 'operation-receipt')).toBeUndefined();

    const done = await t.api.post(`/api/v1/operations/${created.body.id}/authorize`, { mailOtp: code, confirmationPassword: 'demo-confirm-1' }, token);
    expect(done.body.status).toBe('completed');
    const after = await pageOf(created.body.id);
    expect(testId(after.html, 'operation-status')).toBe('完了 / Completed');
    expect(after.html).toContain('data-status="completed"');
    expect(testId(after.html, 'operation-receipt')).toBe(done.body.receiptNumber);
    expect(after.html).toContain(`data-state="used"><td class="ref">${reference}</td>`);
    expect(testId(after.html, 'operation-expires')).toBeUndefined();
    // The JSON for tools stays as it was.
    expect(await (await fetch(`${t.mailboxUrl}/api/operations/${created.body.id}`)).json())
      .toMatchObject({ id: created.body.id, type: 'transfer', status: 'completed', receiptNumber: done.body.receiptNumber });
  });

  it("says when a pending operation's password has expired at the bank's clock", async () => {
    const token = await t.api.login('mail-user');
    const created = await t.api.post('/api/v1/operations', transfer, token);
    await otpFor(t.mailboxUrl, created.body.otp.reference);
    t.clock.advance(24 * 3600_000);
    const html = (await pageOf(created.body.id)).html;
    expect(testId(html, 'operation-status')).toBe('確定待ち / Pending');
    expect(testId(html, 'otp-problem')).toContain('期限切れ / Expired');
    expect(html).toContain(`data-state="expired"><td class="ref">${created.body.otp.reference}</td>`);
  });

  it('answers an unknown id with a 404 page that escapes the id', async () => {
    const missing = await pageOf('op_<b>nope');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^text\/html/);
    expect(missing.headers.get('cache-control')).toBe('no-store');
    expect(missing.html).toContain('data-testid="operation-missing"');
    expect(missing.html).toContain('op_&lt;b&gt;nope');
    expect(missing.html).not.toContain('<b>');
  });

  it('refuses a foreign Host with 421 and shows nothing of the operation', async () => {
    const token = await t.api.login('mail-user');
    const created = await t.api.post('/api/v1/operations', transfer, token);
    const port = new URL(t.mailboxUrl).port;
    for (const host of foreignHosts(port)) {
      const r = await requestWithHost(`${t.mailboxUrl}/operations/${created.body.id}`, host);
      expect(r.status, host).toBe(421);
      expect(r.body).not.toContain('mail-user');
      expect(r.body).not.toContain(created.body.otp.reference);
    }
    expect((await requestWithHost(`${t.mailboxUrl}/operations/${created.body.id}`, `localhost:${port}`)).status).toBe(200);
  });
});
