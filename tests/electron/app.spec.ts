// The desktop app itself, in Electron: window security in effect, the bridge, and a login against
// a demo bank. Skips by name where there is no Electron binary (see electron-binary.ts).
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bridgeMethodNames } from '../../src-shared/ipc/index.js';
import { startBankProcess, type BankProcess } from '../support/bank-process.js';
import { LoginPage } from '../support/e2e/pages.js';
import { electron, electronSkipReason, root } from './electron-binary.js';

test.skip(electronSkipReason !== null, electronSkipReason ?? '');

let bank: BankProcess;
let app: ElectronApplication;
let page: Page;
let userData: string;

test.beforeAll(async () => {
  if (!electron.ok) return;
  const { spawnSync } = await import('node:child_process');
  const built = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), 'electron', 'renderer'], { cwd: root, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`build failed:\n${built.stderr}`);
  bank = await startBankProcess({ env: { BANK_RESET: '1' } });
  userData = mkdtempSync(path.join(tmpdir(), 'netbank-electron-'));
  // Electron refuses to start its sandbox as root; only then is it turned off for the test run.
  const rootUser = typeof process.getuid === 'function' && process.getuid() === 0;
  app = await _electron.launch({
    executablePath: electron.executable,
    args: [...(rootUser ? ['--no-sandbox'] : []), root, '--bank', bank.apiUrl, `--user-data-dir=${userData}`],
    cwd: root,
    env: { ...process.env, NETBANK_LOG_LEVEL: 'warn', ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } as Record<string, string>,
  });
  page = await app.firstWindow();
  await expect(page.locator('main#main:not([aria-busy])')).toBeVisible();
});

test.afterAll(async () => {
  await app?.close();
  await bank?.stop();
  if (userData) rmSync(userData, { recursive: true, force: true });
});

test("launches one window on the app scheme, served by the app's own handler", async () => {
  expect(page.url()).toBe('app://netbank/index.html');
  expect(app.windows()).toHaveLength(1);
  // The app scheme is served by our handler on the window's own partition, not from file://.
  const served = await app.evaluate(({ session }) => session.fromPartition('persist:netbank').protocol.isProtocolHandled('app'));
  expect(served).toBe(true);
  expect(await page.evaluate(() => location.protocol)).toBe('app:');
});

test('the page has no Node: require, process and module are undefined', async () => {
  expect(await page.evaluate(() => [typeof (globalThis as Record<string, unknown>).require, typeof (globalThis as Record<string, unknown>).process, typeof (globalThis as Record<string, unknown>).module])).toEqual(['undefined', 'undefined', 'undefined']);
});

test('window.netbank has exactly the contract methods plus on, and nothing generic', async () => {
  const shape = await page.evaluate(() => {
    const api = (window as unknown as { netbank: Record<string, unknown> }).netbank;
    const methods: string[] = [];
    const top: string[] = [];
    for (const [ns, v] of Object.entries(api)) {
      if (typeof v === 'function') top.push(ns);
      else for (const [m, f] of Object.entries(v as Record<string, unknown>)) if (typeof f === 'function') methods.push(`${ns}.${m}`);
    }
    return { methods: methods.sort(), top };
  });
  expect(shape.methods).toEqual(bridgeMethodNames());
  expect(shape.top).toEqual(['on']);
});

test('the CSP is in effect: no inline script, no eval, no network from the page', async () => {
  const result = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.head.append(s);
    let evalBlocked = false;
    try {
      // The point of this line is to show that the CSP blocks it.
      // eslint-disable-next-line no-eval
      (0, eval)('1');
    } catch {
      evalBlocked = true;
    }
    let fetchBlocked = false;
    try {
      await fetch('https://www.am-bk.co.jp/');
    } catch {
      fetchBlocked = true;
    }
    await new Promise((r) => setTimeout(r, 100));
    return { inline: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true, evalBlocked, fetchBlocked, violations };
  });
  expect(result.inline).toBe(false);
  expect(result.evalBlocked).toBe(true);
  expect(result.fetchBlocked).toBe(true);
  expect(result.violations.some((v) => v.startsWith('script-src'))).toBe(true);
  expect(result.violations.some((v) => v.startsWith('connect-src'))).toBe(true);
});

test('window.open is blocked and no second window appears', async () => {
  const opened = await page.evaluate(() => window.open('https://evil.example/') === null);
  expect(opened).toBe(true);
  await page.waitForTimeout(300);
  expect(app.windows()).toHaveLength(1);
  // Navigation away is refused too: the page stays the app.
  await page.evaluate(() => { location.href = 'https://evil.example/'; });
  await page.waitForTimeout(300);
  expect(page.url()).toBe('app://netbank/index.html');
});

test('a customer logs in and sees the home screen', async () => {
  await expect(page.locator('main#main:not([aria-busy])')).toBeVisible();
  await new LoginPage(page).loginToHome('mail-user');
  await expect(page.getByTestId('balance').first()).toHaveText('￥1,000,000');
});
