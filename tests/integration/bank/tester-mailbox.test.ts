// The mailbox page testers use: a strict CSP with its script as a file of its own, the tester
// panel only with BANK_TESTER_CONTROLS=1, live events when mail arrives or a control changes the
// state, each password mail's code and operation, and the operation's status through the mailbox.
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { otpFor, startTestBank, type TestBank } from './helpers.js';
import { control, raw, TESTER_PATHS } from './tester-helpers.js';

let t: TestBank;
afterEach(async () => t?.close());

const AD_HOC = { bankCode: '0005', branchCode: '101', accountType: 'ordinary', accountNumber: '7654321', name: 'ﾔﾏﾀﾞ ｻﾁｺ' };

/** Collects the event names of /api/events until `count` have come (the stream's own comments skipped). */
function events(mailboxUrl: string, count: number): { names: Promise<string[]>; opened: Promise<void> } {
  let opened!: () => void;
  const openedP = new Promise<void>((r) => (opened = r));
  const names = new Promise<string[]>((resolve, reject) => {
    const req = http.get(`${mailboxUrl}/api/events`, (res) => {
      expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
      const seen: string[] = [];
      let buffered = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffered += chunk;
        if (buffered.includes('retry:')) opened();
        for (const m of buffered.matchAll(/^event: (\w+)$/gm)) seen.push(m[1]!);
        buffered = buffered.slice(buffered.lastIndexOf('\n\n') + 2);
        if (seen.length >= count) {
          req.destroy();
          resolve(seen.slice(0, count));
        }
      });
    });
    req.on('error', (e) => (e.message.includes('aborted') ? undefined : reject(e)));
  });
  return { names, opened: openedP };
}

describe('mailbox page', () => {
  it('serves a page whose only script is /mailbox.js (CSP without inline scripts) and the panel only with the setting', async () => {
    t = await startTestBank();
    const plain = await raw(`${t.mailboxUrl}/`);
    expect(plain.body).not.toContain('tester-title');
    await t.close();
    t = await startTestBank({ testerControls: true });
    const res = await fetch(`${t.mailboxUrl}/`);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    const html = await res.text();
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script src="/mailbox.js" defer>']);
    expect(html).toContain('id="tester-title"');
    for (const id of ['expire-login', 'clock-minutes', 'mail-delay', 'fault-kind', 'fault-mode', 'fault-count', 'lock-login']) {
      expect(html, id).toContain(`<label for="${id}"`);
    }
    const script = await fetch(`${t.mailboxUrl}/mailbox.js`);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await script.text()).toContain("new EventSource('/api/events')");
  });

  it('sends an event when mail arrives and when a control changes the state; lists code, operation and its status', async () => {
    t = await startTestBank({ testerControls: true });
    const token = await t.api.login('mail-user'); // its login notice is in the sink before the login answers
    const stream = events(t.mailboxUrl, 2);
    await stream.opened;
    const created = await t.api.post('/api/v1/operations', { type: 'transfer', fromAccountId: 'acc_1234567', amount: 1000, payee: AD_HOC }, token);
    const code = await otpFor(t.mailboxUrl, created.body.otp.reference);
    await control(t.api, TESTER_PATHS.clock, { advanceMinutes: 1 });
    expect(await stream.names).toEqual(['mail', 'tester']);

    const fragment = await (await fetch(`${t.mailboxUrl}/fragments/messages`)).text();
    expect(fragment).toContain(`data-testid="otp-code">${code}<`);
    expect(fragment).toContain(`href="/operations/${created.body.id}"`); // the operation page (mailbox-operation-page.test.ts)
    expect(fragment).toContain('awaiting-authorization');
    const op = await fetch(`${t.mailboxUrl}/api/operations/${created.body.id}`);
    expect(await op.json()).toMatchObject({ id: created.body.id, type: 'transfer', status: 'awaiting-authorization', receiptNumber: null });
    expect((await fetch(`${t.mailboxUrl}/api/operations/op_nope`)).status).toBe(404);
  });
});
