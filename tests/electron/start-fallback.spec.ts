// `npm start` where Electron's binary is missing (as on our build machines): one plain paragraph,
// then the browser host in front of a demo bank it started; the app is usable in Chromium, and
// Ctrl-C / SIGTERM stops every process. Skips by name where Electron itself would start.
import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LoginPage, Shell } from '../support/e2e/pages.js';
import { electron, root } from './electron-binary.js';

test.skip(electron.ok, 'an Electron binary exists here, so npm start launches Electron instead of the fallback');

interface Started {
  child: ChildProcess;
  appUrl: string;
  bankUrl: string;
  stderr: () => string;
  exited: Promise<number | null>;
}

async function startApp(dir: string): Promise<Started> {
  const child = spawn(process.execPath, [path.join(root, 'scripts/start.mjs'), '--no-open'], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TMPDIR: process.env.TMPDIR ?? '',
      BANK_PORT: '0', SINK_SMTP_PORT: '0', SINK_HTTP_PORT: '0', BANK_DB: path.join(dir, 'bank.sqlite'), BANK_RESET: '1',
      BANK_LOG_LEVEL: 'warn', NETBANK_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr!.on('data', (d: Buffer) => { err += d.toString('utf8'); });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const appUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no NETBANK_URL within 90 s:\n${err}`)), 90_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      const m = /^NETBANK_URL=(\S+)$/m.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    void exited.then((code) => reject(new Error(`start.mjs exited (${code}) early:\n${err}`)));
  });
  const bankUrl = /demo bank at (\S+);/.exec(err)?.[1] ?? '';
  return { child, appUrl, bankUrl, stderr: () => err, exited };
}

async function reachable(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}

let dir: string;
test.beforeEach(() => { dir = mkdtempSync(path.join(tmpdir(), 'netbank-start-')); });
test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('without a binary: one plain paragraph, the app works in Chromium, and Ctrl-C stops everything', async ({ page }) => {
  const app = await startApp(dir);
  try {
    const err = app.stderr();
    expect(err.match(/Electron's binary isn't available/g)).toHaveLength(1);
    expect(err).toContain('Starting the browser host instead');
    expect(err).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(app.bankUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    // The demo customers and their passwords, so a newcomer can log in without looking them up.
    expect(err).toMatch(/^ {2}mail-user +demo-login-1 +demo-confirm-1 +mail password$/m);
    expect(err).toMatch(/^ {2}new-user +demo-first-1 /m);

    // No CSP report (DevTools' Issues) and no console error on the way, the favicon included.
    const cdp = await page.context().newCDPSession(page);
    const issues: string[] = [];
    cdp.on('Audits.issueAdded', (e) => issues.push(JSON.stringify(e.issue)));
    await cdp.send('Audits.enable');
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(`${m.text()} ${m.location().url}`);
    });
    const icon = page.waitForResponse((r) => /\/assets\/icon-[\w-]+\.svg$/.test(r.url()));
    await new Shell(page).open(app.appUrl);
    expect((await icon).headers()['content-type']).toBe('image/svg+xml');
    await new LoginPage(page).loginToHome('mail-user');
    await expect(page.getByTestId('balance').first()).toHaveText('￥1,000,000');
    expect(issues).toEqual([]);
    expect(consoleErrors).toEqual([]);
  } finally {
    app.child.kill('SIGINT');
  }
  expect(await app.exited).toBe(0);
  expect(await reachable(app.bankUrl)).toBe(false);
  expect(await reachable(new URL(app.appUrl).origin)).toBe(false);
});

test('SIGTERM stops the bank and the host too', async () => {
  const app = await startApp(dir);
  expect(await reachable(app.bankUrl)).toBe(true);
  app.child.kill('SIGTERM');
  expect(await app.exited).toBe(0);
  expect(await reachable(app.bankUrl)).toBe(false);
  expect(await reachable(new URL(app.appUrl).origin)).toBe(false);
});
