// Kiosk mode in Electron: after a logout and after an idle timeout, the in-memory partition holds
// nothing the customer's page stored (cookies, localStorage, sessionStorage, IndexedDB, Cache
// Storage, service workers) and a fresh login window is shown. Skips by name where there is no Electron binary.
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startBankProcess, type BankProcess } from '../support/bank-process.js';
import { LoginPage } from '../support/e2e/pages.js';
import { electron, electronSkipReason, root } from './electron-binary.js';

test.skip(electronSkipReason !== null, electronSkipReason ?? '');
test.describe.configure({ mode: 'serial' });

let bank: BankProcess;
let app: ElectronApplication;
let userData: string;

/** Writes one item into every kind of storage the page can reach. */
async function fillStorage(page: Page): Promise<void> {
  await page.evaluate(async () => {
    localStorage.setItem('kiosk-probe', 'left behind');
    sessionStorage.setItem('kiosk-probe', 'left behind');
    document.cookie = 'kiosk_probe=left; path=/; max-age=3600';
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('kiosk-probe', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('s');
      open.onsuccess = () => {
        const tx = open.result.transaction('s', 'readwrite');
        tx.objectStore('s').put('left behind', 'k');
        tx.oncomplete = () => { open.result.close(); resolve(); };
        tx.onerror = () => reject(new Error('idb write failed'));
      };
      open.onerror = () => reject(new Error('idb open failed'));
    });
    const cache = await caches.open('kiosk-probe');
    await cache.put('/kiosk-probe', new Response('left behind'));
  });
}

async function storageLeft(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookie: document.cookie,
    idb: (await indexedDB.databases()).map((d) => d.name),
    caches: await caches.keys(),
  }));
}

async function cookiesInPartition(): Promise<number> {
  return app.evaluate(async ({ session }) => (await session.fromPartition('netbank-kiosk').cookies.get({})).length);
}

/** Service workers the partition still runs (the page cannot register one; this proves none is left either way). */
async function workersInPartition(): Promise<number> {
  return app.evaluate(({ session }) => Object.keys(session.fromPartition('netbank-kiosk').serviceWorkers.getAllRunning()).length);
}

test.beforeAll(async () => {
  if (!electron.ok) return;
  const { spawnSync } = await import('node:child_process');
  const built = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), 'electron', 'renderer'], { cwd: root, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`build failed:\n${built.stderr}`);
  bank = await startBankProcess({ env: { BANK_RESET: '1' } });
  userData = mkdtempSync(path.join(tmpdir(), 'netbank-kiosk-'));
  const kioskFile = path.join(userData, 'branch-kiosk.json');
  writeFileSync(kioskFile, JSON.stringify({ idleTimeoutSeconds: 30, languages: ['ja', 'en'] }));
  const rootUser = typeof process.getuid === 'function' && process.getuid() === 0;
  app = await _electron.launch({
    executablePath: electron.executable,
    args: [...(rootUser ? ['--no-sandbox'] : []), root, '--bank', bank.apiUrl, '--kiosk-config', kioskFile, `--user-data-dir=${userData}`],
    cwd: root,
    env: { ...process.env, NETBANK_LOG_LEVEL: 'warn', ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } as Record<string, string>,
  });
});

test.afterAll(async () => {
  await app?.close();
  await bank?.stop();
  if (userData) rmSync(userData, { recursive: true, force: true });
});

test('the kiosk window is full screen, in kiosk mode, on the in-memory partition, without a menu', async () => {
  const page = await app.firstWindow();
  await expect(page.locator('#login-title')).toBeVisible();
  const state = await app.evaluate(({ BrowserWindow, Menu, session }) => {
    const w = BrowserWindow.getAllWindows()[0]!;
    return { kiosk: w.isKiosk(), menu: Menu.getApplicationMenu() === null, persistent: session.fromPartition('netbank-kiosk').isPersistent() };
  });
  expect(state).toEqual({ kiosk: true, menu: true, persistent: false });
  await expect(page.locator('#login-remember')).toHaveCount(0);
});

test('after logout every storage is empty and a fresh login screen is shown', async () => {
  const page = await app.firstWindow();
  await new LoginPage(page).loginToHome('mail-user');
  await fillStorage(page);
  expect(await storageLeft(page)).toMatchObject({ local: 1, session: 1 });
  expect(await cookiesInPartition()).toBeGreaterThan(0);
  const fresh = app.waitForEvent('window', { timeout: 60_000 });
  await page.getByRole('button', { name: 'ログアウト' }).click();
  const next = await fresh;
  await expect(next.locator('#login-title')).toBeVisible({ timeout: 30_000 });
  await expect(next.locator('#login-id')).toHaveValue('');
  expect(await storageLeft(next)).toEqual({ local: 0, session: 0, cookie: '', idb: [], caches: [] });
  expect(await cookiesInPartition()).toBe(0);
  expect(await workersInPartition()).toBe(0);
  expect(app.windows()).toHaveLength(1);
});

test('after the idle timeout every storage is empty and a fresh login screen is shown', async () => {
  test.setTimeout(180_000);
  const page = app.windows()[0]!;
  await new LoginPage(page).loginToHome('mail-user');
  await fillStorage(page);
  const fresh = app.waitForEvent('window', { timeout: 120_000 });
  const next = await fresh; // nobody touches the kiosk for 30 seconds
  await expect(next.locator('#login-title')).toBeVisible({ timeout: 30_000 });
  expect(await storageLeft(next)).toEqual({ local: 0, session: 0, cookie: '', idb: [], caches: [] });
  expect(await cookiesInPartition()).toBe(0);
  expect(await workersInPartition()).toBe(0);
});

test('Alt+F4 and Ctrl+W do not close the kiosk window', async () => {
  const page = app.windows()[0]!;
  await page.keyboard.press('Control+w');
  await page.keyboard.press('Alt+F4');
  await expect(page.locator('#login-title')).toBeVisible();
  expect(app.windows()).toHaveLength(1);
});
