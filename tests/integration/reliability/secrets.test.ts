// Secrets never leak: a whole scenario runs with every log captured (the demo bank's, and the
// browser host's, which carries the core's log, the same core the Electron main process runs):
// a login and a new-payee transfer typed into the real renderer in Chromium (one wrong OTP, then
// the right one), a token-app enrolment and a start of use through the host's bridge. Then the
// actual values used (passwords, every mailed OTP, the bank session tokens seen on the wire, the
// enrolled and the seeded TOTP secrets) are searched for in the logs, in the renderer's storage
// (localStorage, sessionStorage, IndexedDB, Cache Storage, readable cookies) and in every file of
// Chromium's profile folder. (tests/integration/core/core.test.ts checks the core's log alone.)
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { Secret, TOTP, URI } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_USER_TOTP_SECRET } from '../../../mock-bank/seed.js';
import { startBankProcess, type BankProcess } from '../../support/bank-process.js';
import { withHost } from '../../support/fault-proxy.js';
import { startHostProcess, type HostProcess } from '../../support/host-process.js';
import { waitForOtp } from '../../support/mailbox.js';
import { Tally } from '../../support/reliability-summary.js';
import { connectHost, value } from '../host/host-client.js';

const CHROMIUM = '/usr/bin/chromium';
const NEW_LOGIN = 'fresh-Login-731';
const NEW_CONFIRM = 'fresh-Confirm-842';

/** A pass-through TCP proxy that reads the bank's answers to collect the session tokens it hands out. */
async function startSniffer(upstreamUrl: string): Promise<{ url: string; tokens: Set<string>; close(): Promise<void> }> {
  const upstream = new URL(upstreamUrl);
  const tokens = new Set<string>();
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const bank = net.connect(Number(upstream.port), upstream.hostname);
    for (const s of [client, bank]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        bank.destroy();
      });
    }
    let seen = '';
    client.on('data', (chunk: Buffer) => bank.write(withHost(chunk, upstream.host)));
    bank.on('data', (chunk: Buffer) => {
      seen = (seen + chunk.toString('utf8')).slice(-20_000);
      for (const m of seen.matchAll(/"token":"([^"]{16,})"/g)) tokens.add(m[1]!);
      client.write(chunk);
    });
    bank.on('end', () => client.end());
    client.on('end', () => bank.end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    tokens,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p));
    else if (e.isFile() && statSync(p).size < 50 * 2 ** 20) out.push(p);
  }
  return out;
}

/** Where `secret` occurs in `text`; a 6-digit code only counts when no digit touches it. */
function contains(text: string, secret: string): boolean {
  if (/^\d{6}$/.test(secret)) return new RegExp(`(?<!\\d)${secret}(?!\\d)`).test(text);
  return text.includes(secret);
}

let bank: BankProcess;
let sniffer: Awaited<ReturnType<typeof startSniffer>>;
let host: HostProcess;
let profile: string;
const tally = new Tally('secrets');
const secrets = new Map<string, string>(); // value → what it is
const places = new Map<string, string>(); // place → its text

beforeAll(async () => {
  bank = await startBankProcess({ env: { BANK_RESET: '1', BANK_LOG_LEVEL: 'debug', BANK_OTP_RESEND_COOLDOWN_S: '0' } });
  sniffer = await startSniffer(bank.apiUrl);
  host = await startHostProcess({ bankUrl: sniffer.url, env: { NETBANK_LOG_LEVEL: 'debug', NETBANK_KIOSK: '1' } });
  profile = mkdtempSync(path.join(tmpdir(), 'netbank-chromium-'));
  for (const [v, what] of [['demo-login-1', 'login password'], ['demo-confirm-1', 'confirmation password'], ['demo-first-1', 'first login password'], [NEW_LOGIN, 'new login password'], [NEW_CONFIRM, 'new confirmation password'], [TOKEN_USER_TOTP_SECRET, 'seeded TOTP secret']] as const) {
    secrets.set(v, what);
  }
});
afterAll(async () => {
  tally.record();
  await host?.stop();
  await sniffer?.close();
  await bank?.stop();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe('secrets never leak', () => {
  it.skipIf(!existsSync(CHROMIUM))('the renderer in Chromium: login and a new-payee transfer with a wrong and a right OTP (skipped without /usr/bin/chromium)', async () => {
    const context: BrowserContext = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM, headless: true, locale: 'ja-JP',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      page.setDefaultTimeout(90_000); // generous: other suites may load the machine
      await page.goto(host.url);
      await page.locator('#login-title').waitFor().catch(async (e: unknown) => {
        throw new Error(`the login page did not show at ${page.url()}: ${(await page.content()).slice(0, 600)}`, { cause: e });
      });
      await page.locator('#login-id').fill('mail-user');
      await page.locator('#login-password').fill('demo-login-1');
      await page.locator('.login button[type=submit]').click();
      await page.getByTestId('balance').first().waitFor();
      await page.locator('.main-nav .nav-link[data-route="transfer"]').click();
      await page.locator('#tr-title').waitFor();
      await page.locator('#tr-mode-new').check();
      await page.locator('#tr-bankCode').fill('0005');
      await page.locator('#tr-branchCode').fill('101');
      await page.locator('#tr-accountNumber').fill('7654321');
      await page.locator('#tr-name').fill('ヤマダ サチコ');
      await page.locator('form .actions button[type=submit]').click();
      await page.locator('#tr-amount').fill('3000');
      await page.locator('form .actions button[type=submit]').click();
      await page.getByTestId('review').waitFor();
      await page.locator('.wizard .actions button.btn-primary').click();
      await page.locator('form.authorize').waitFor();
      const prompt = page.getByTestId('otp-prompt');
      const reference = (await prompt.getByTestId('otp-reference').innerText()).trim();
      const mail = await waitForOtp(bank.mailboxUrl, 'mail-user@docomo.ne.jp', { reference, timeoutMs: 15_000 });
      secrets.set(mail.code, 'mailed OTP (transfer)');
      const wrong = mail.code === '000000' ? '000001' : String((Number(mail.code) + 1) % 1_000_000).padStart(6, '0');
      await prompt.locator('input.otp-input').fill(wrong);
      await page.locator('form.authorize input[type=password]').fill('demo-confirm-1');
      await page.locator('form.authorize button[type=submit]').click();
      await prompt.locator('.otp-field .field-error').waitFor();
      await prompt.locator('input.otp-input').fill(mail.code);
      await page.locator('form.authorize input[type=password]').fill('demo-confirm-1');
      await page.locator('form.authorize button[type=submit]').click();
      await page.getByTestId('receipt-number').waitFor();
      const storage = await page.evaluate(async () => {
        const idb = 'databases' in indexedDB ? (await indexedDB.databases()).map((d) => d.name) : [];
        const cacheKeys = typeof caches === 'undefined' ? [] : await caches.keys();
        return JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie, idb, cacheKeys, title: document.title });
      });
      places.set('renderer storage (local, session, IndexedDB, caches, readable cookies)', storage);
      const cookies = await context.cookies();
      places.set('browser cookies', JSON.stringify(cookies.map((c) => ({ ...c, value: c.value.replace(host.token, '<host token>') }))));
      await page.locator('.header-tools .btn-secondary').click();
      await page.getByTestId('logged-out').waitFor();
    } finally {
      await context.close();
    }
    // Everything Chromium wrote to its profile folder (history, session restore, form data, caches).
    for (const file of filesUnder(profile)) {
      const bytes = readFileSync(file);
      places.set(`chromium profile: ${path.relative(profile, file)}`, `${bytes.toString('latin1')}\n${bytes.toString('utf16le')}`);
    }
  }, 240_000);

  it('the bridge: token-app enrolment and a start of use', async () => {
    const c = await connectHost(host.url);
    try {
      const call = (ch: string, req: unknown) => c.post(ch, JSON.stringify(req)).then((r) => r.json() as Promise<{ ok: true; value: never } | { ok: false; error: { code: string; message: string } }>);
      value(await call('session.login', { loginId: 'mail-user', password: 'demo-login-1', rememberId: false }));
      const op = value<{ id: string; otp: { reference: string } }>(await call('operations.create', { intentId: crypto.randomUUID(), operation: { type: 'token-start' } }));
      const m1 = await waitForOtp(bank.mailboxUrl, 'mail-user@docomo.ne.jp', { reference: op.otp.reference, timeoutMs: 15_000 });
      secrets.set(m1.code, 'mailed OTP (token start)');
      const step = value<{ provisioningUri: string }>(await call('operations.authorize', { operationId: op.id, intentId: crypto.randomUUID(), confirmationPassword: 'demo-confirm-1', mailOtp: m1.code }));
      const secret = (URI.parse(step.provisioningUri) as TOTP).secret.base32;
      secrets.set(secret, 'enrolled TOTP secret');
      const code = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate();
      secrets.set(code, 'token OTP');
      expect(value<{ status: string }>(await call('operations.authorize', { operationId: op.id, intentId: crypto.randomUUID(), tokenOtp: code })).status).toBe('completed');
      value(await call('session.logout', {}));

      value(await call('session.login', { loginId: 'new-user', password: 'demo-first-1', rememberId: false }));
      const sou = value<{ otp: { reference: string } }>(await call('startOfUse.submit', { newLoginPassword: NEW_LOGIN, confirmationPassword: NEW_CONFIRM, email: 'new-user@ezweb.ne.jp', acknowledgeFreeMail: false }));
      const m2 = await waitForOtp(bank.mailboxUrl, 'new-user@ezweb.ne.jp', { reference: sou.otp.reference, timeoutMs: 15_000 });
      secrets.set(m2.code, 'mailed OTP (start of use)');
      expect(value<{ state: string }>(await call('startOfUse.verify', { mailOtp: m2.code })).state).toBe('ready');
      value(await call('session.logout', {}));
      value(await call('session.login', { loginId: 'new-user', password: NEW_LOGIN, rememberId: false }));
      value(await call('session.logout', {}));
    } finally {
      c.close();
    }
  }, 120_000);

  it('no password, OTP, session token or TOTP secret appears in any log, storage or profile file', async () => {
    await host.stop();
    await bank.stop();
    for (const t of sniffer.tokens) secrets.set(t, 'bank session token');
    expect([...sniffer.tokens].length).toBeGreaterThanOrEqual(3);
    // The host prints its own per-run URL (with its token) on stdout by design: that line is left out.
    places.set('browser host log (with the core log)', host.logs().split('\n').filter((l) => !l.startsWith('NETBANK_URL=')).join('\n'));
    places.set('demo bank log', bank.logs());
    expect(places.get('browser host log (with the core log)')!.length).toBeGreaterThan(1000);
    expect(places.get('demo bank log')!.length).toBeGreaterThan(1000);
    // The search itself works: the host's own token is in the line it prints on purpose.
    expect(contains(host.logs(), host.token)).toBe(true);
    const leaks: string[] = [];
    for (const [place, text] of places) {
      for (const [secret, what] of secrets) {
        const found = contains(text, secret);
        tally.count(found ? `${what} in ${place}` : undefined);
        if (found) leaks.push(`${what} found in ${place}`);
      }
    }
    tally.triedAs = `${secrets.size} values × ${places.size} places`;
    console.log(`secrets: ${secrets.size} values searched in ${places.size} places`);
    expect(tally.tried).toBe(secrets.size * places.size);
    expect(leaks).toEqual([]);
  });
});
