// A branch kiosk in the browser host (NETBANK_KIOSK=1, the same kiosk core as the desktop app): the
// login screen never offers to remember the ID; after a logout the customer is told nothing of
// theirs is left, and the next login screen is blank. A login screen left with something on it (a
// typed ID, a failed-login or lock message, another language) is blank again after the kiosk's
// idle time, with no one logged in. Statements are never saved to a file in a kiosk; the printer
// is offered only when the kiosk file allows printing.
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkScreen } from '../support/e2e/checks.js';
import { LoginPage, Shell } from '../support/e2e/pages.js';
import { missingPrerequisite, startStack, STACK_HOOK_MS, type Stack } from '../support/e2e/stack.js';
import { StatementsPage } from '../support/e2e/statements-pages.js';
import { ja } from '../support/e2e/text.js';

test.skip(missingPrerequisite() !== null, `E2E cannot run here: ${missingPrerequisite()}`);

/** The statements screen of a kiosk: never the CSV button; the print button only when the kiosk file allows printing. */
async function kioskStatements(page: Page, printing: boolean): Promise<void> {
  await new Shell(page).nav('statements').click();
  await expect(new StatementsPage(page).title()).toBeVisible();
  await expect(page.getByTestId('statement-card')).toBeVisible();
  await expect(page.getByRole('button', { name: ja('st.csv') })).toHaveCount(0);
  await expect(page.getByTestId('st-kiosk-note')).toHaveText(ja(printing ? 'st.kioskPrintNote' : 'st.kioskNote'));
  await expect(page.getByRole('button', { name: ja('print.printer') })).toHaveCount(printing ? 1 : 0);
  await expect(page.getByRole('button', { name: ja('print.browser') })).toHaveCount(0);
  await checkScreen(page, printing ? 'kiosk-statements-printing' : 'kiosk-statements');
}

test.describe('kiosk session', () => {
  let stack: Stack;
  test.beforeAll(async () => {
    test.setTimeout(STACK_HOOK_MS);
    stack = await startStack({ hostEnv: { NETBANK_KIOSK: '1' } });
  });
  test.afterAll(async () => stack?.stop());

  test('a kiosk never offers to remember the login ID, and a logout leaves a blank login screen', async ({ page }) => {
    const login = new LoginPage(page);
    const shell = new Shell(page);
    await shell.open(stack.appUrl);
    await expect(login.id()).toBeVisible();
    await expect(login.remember()).toHaveCount(0);
    await checkScreen(page, 'kiosk-login');
    await login.loginToHome('mail-user');
    await kioskStatements(page, false);
    await shell.logout();
    // The customer is told nothing of theirs is left (a kiosk window cannot be closed anyway).
    await expect(shell.loggedOut()).toContainText(ja('out.kiosk'));
    await checkScreen(page, 'kiosk-logged-out');
    await page.getByTestId('logged-out').getByRole('button').click();
    await expect(login.title()).toBeVisible();
    await expect(login.id()).toHaveValue('');
    await expect(login.remember()).toHaveCount(0);
    const prefs = await page.evaluate(async () => {
      const w = window as unknown as { netbank: { preferences: { get(req: object): Promise<unknown> } } };
      return w.netbank.preferences.get({});
    });
    expect(prefs).toMatchObject({ ok: true, value: { rememberedLoginId: null, keychain: 'disabled-kiosk' } });
  });
});

test.describe('kiosk whose file allows printing', () => {
  let stack: Stack;
  let dir: string;
  test.beforeAll(async () => {
    test.setTimeout(STACK_HOOK_MS);
    dir = mkdtempSync(path.join(tmpdir(), 'e2e-kiosk-'));
    writeFileSync(path.join(dir, 'kiosk.json'), JSON.stringify({ allowPrinting: true }));
    stack = await startStack({ hostEnv: { NETBANK_KIOSK_CONFIG: path.join(dir, 'kiosk.json') } });
  });
  test.afterAll(async () => {
    await stack?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('statements offer the printer and never a file', async ({ page }) => {
    const shell = new Shell(page);
    await shell.open(stack.appUrl);
    await new LoginPage(page).loginToHome('mail-user');
    await kioskStatements(page, true);
    await shell.logout();
  });
});

test.describe('kiosk login screen left alone', () => {
  /** A short kiosk idle time, so that the screen's reset comes within the test's patience. */
  const IDLE_S = 6;
  /** How long a test waits for the reset: the idle time plus room for a busy machine. */
  const RESET_WAIT_MS = IDLE_S * 1000 + 15_000;
  let stack: Stack;
  test.beforeAll(async () => {
    test.setTimeout(STACK_HOOK_MS);
    stack = await startStack({ bankEnv: { BANK_LOCK_AFTER: '2' }, hostEnv: { NETBANK_KIOSK: '1', NETBANK_IDLE_TIMEOUT_S: String(IDLE_S) } });
  });
  test.afterAll(async () => stack?.stop());

  test('a typed login ID and another language are gone after the idle time', async ({ page }) => {
    const login = new LoginPage(page);
    const shell = new Shell(page);
    await shell.open(stack.appUrl);
    await expect(shell.html()).toHaveAttribute('lang', 'ja');
    await shell.setLanguage('en');
    await login.id().fill('mail-user');
    await expect(login.id()).toHaveValue('mail-user');
    // Nobody touches the screen: it starts over blank, in the kiosk's first language.
    await expect(login.id()).toHaveValue('', { timeout: RESET_WAIT_MS });
    await expect(shell.html()).toHaveAttribute('lang', 'ja');
    await expect(login.password()).toHaveValue('');
    await expect(login.title()).toBeVisible();
  });

  test('a failed login and then the lock message are gone after the idle time', async ({ page }) => {
    const login = new LoginPage(page);
    const shell = new Shell(page);
    await shell.open(stack.appUrl);
    await login.login('mail-user', 'wrong-pass-1');
    await expect(login.failure()).toBeVisible();
    await expect(login.id()).toHaveValue('mail-user');
    await expect(login.failure()).toHaveCount(0, { timeout: RESET_WAIT_MS });
    await expect(login.id()).toHaveValue('');

    // The second wrong password locks the ID (BANK_LOCK_AFTER=2): the lock message goes too.
    await login.login('mail-user', 'wrong-pass-2');
    await expect(login.failure()).toContainText('0120-000-999');
    await expect(login.failure()).toHaveCount(0, { timeout: RESET_WAIT_MS });
    await expect(login.id()).toHaveValue('');
    await expect(shell.shownFieldErrors()).toHaveCount(0);
  });
});
