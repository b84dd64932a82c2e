// A branch kiosk in the browser host (NETBANK_KIOSK=1, the same kiosk core as the desktop app): the
// login screen never offers to remember the ID; after a logout the customer is told nothing of
// theirs is left, and the next login screen is blank.
import { expect, test } from '@playwright/test';
import { checkScreen } from '../support/e2e/checks.js';
import { LoginPage, Shell } from '../support/e2e/pages.js';
import { missingPrerequisite, startStack, STACK_HOOK_MS, type Stack } from '../support/e2e/stack.js';

test.skip(missingPrerequisite() !== null, `E2E cannot run here: ${missingPrerequisite()}`);

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
  await expect(page.locator('#login-remember')).toHaveCount(0);
  await checkScreen(page, 'kiosk-login');
  await login.loginToHome('mail-user');
  await shell.logout();
  // The customer is told nothing of theirs is left (a kiosk window cannot be closed anyway).
  await expect(page.getByTestId('logged-out')).toContainText('この端末には、お客さまの情報は何も残っていません');
  await checkScreen(page, 'kiosk-logged-out');
  await page.getByTestId('logged-out').getByRole('button').click();
  await expect(page.locator('#login-title')).toBeVisible();
  await expect(login.id()).toHaveValue('');
  await expect(page.locator('#login-remember')).toHaveCount(0);
  const prefs = await page.evaluate(async () => {
    const w = window as unknown as { netbank: { preferences: { get(req: object): Promise<unknown> } } };
    return w.netbank.preferences.get({});
  });
  expect(prefs).toMatchObject({ ok: true, value: { rememberedLoginId: null, keychain: 'disabled-kiosk' } });
});
