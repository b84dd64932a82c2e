// The app's own settings: language (applied at once, kept across a reload), the remembered login
// ID (forgotten from the keychain; skips that part by name where no keychain exists) and the about
// page (version, bank profile and sender domains from app.info). Under scripts/with-keyring.sh every
// host shares one keychain, so run this file alone there: its language change is saved in it.
// Language and the remembered ID are keyboard-only runs.
import { expect, test, type Page } from '@playwright/test';
import { LoginPage, Shell } from '../support/e2e/pages.js';
import { arrowTo, loginByKeyboard, tabTo } from '../support/e2e/keyboard.js';
import { checkBoth, openByKeyboard, SettingsPage } from '../support/e2e/settings-pages.js';
import { DEFAULT_BANK_PROFILE } from '../../src-shared/bank-profile/profile.js';
import { missingPrerequisite, startStack, type Stack } from '../support/e2e/stack.js';
import { ja, translate } from '../support/e2e/text.js';

test.skip(missingPrerequisite() !== null, `E2E cannot run here: ${missingPrerequisite()}`);
// Each screen is checked with axe and photographed in both languages: slow on a busy machine.
test.describe.configure({ mode: 'serial', timeout: 300_000 });

let stack: Stack;
test.beforeAll(async () => {
  stack = await startStack();
});
test.afterAll(async () => stack?.stop());

async function keychainOf(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const w = window as unknown as { netbank: { preferences: { get(r: object): Promise<{ ok: boolean; value?: { keychain: string } }> } } };
    const r = await w.netbank.preferences.get({});
    return r.value?.keychain ?? 'unknown';
  });
}

test('keyboard only, language: chosen in settings, applied at once and kept after a reload', async ({ page }) => {
  const shell = new Shell(page);
  await shell.open(stack.appUrl);
  await loginByKeyboard(page, 'token-user');
  const s = new SettingsPage(page);
  await openByKeyboard(s, 'language');
  await expect(s.field('lang-ja')).toBeChecked();
  await checkBoth(page, 'settings-language');
  // An arrow key in the group chooses English: applied at once.
  await arrowTo(page, s.pageFieldset(), s.field('lang-en'));
  await expect(shell.html()).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('language-now')).toHaveText(translate('en', 'set.lang.now', { language: translate('en', 'app.language.en') }));
  await expect(s.languageTitle()).toHaveText(translate('en', 'set.lang.title'));
  await page.reload();
  await expect(shell.html()).toHaveAttribute('lang', 'en');
  await tabTo(page, s.navLink());
  await page.keyboard.press('Enter');
  await expect(s.item('language')).toHaveText(translate('en', 'set.lang.title'));
  // token-user's menu offers the release, not the start.
  await expect(s.item('token-release')).toBeVisible();
  await tabTo(page, s.item('language'));
  await page.keyboard.press('Enter');
  await arrowTo(page, s.pageFieldset(), s.field('lang-ja'));
  await expect(shell.html()).toHaveAttribute('lang', 'ja');
  await tabTo(page, s.pagePrimary());
  await page.keyboard.press('Enter');
  await expect(s.menuHeading()).toBeFocused();
});

test('about: version, bank profile, support and the two sender domains', async ({ page }) => {
  await new Shell(page).open(stack.appUrl);
  await new LoginPage(page).loginToHome('token-user');
  const s = new SettingsPage(page);
  await s.open('about');
  const about = page.getByTestId('about');
  await expect(page.getByTestId('about-version')).toHaveText(/^\d+\.\d+\.\d+/);
  await expect(about).toContainText(ja('set.about.bankValue', { name: DEFAULT_BANK_PROFILE.bankName.ja, code: DEFAULT_BANK_PROFILE.bankCode }));
  await expect(about).toContainText('demo-bank');
  await expect(about).toContainText(ja('set.about.minutes', { n: 10 }));
  await expect(about).toContainText('0120-000-999');
  await expect(new Shell(page).senderDomains()).toHaveText(['otp-auth.net', 'am-bk.co.jp']);
  await checkBoth(page, 'settings-about');
});

test('keyboard only, remembered login ID: shown, forgotten, and gone from the login screen', async ({ page }) => {
  const shell = new Shell(page);
  await shell.open(stack.appUrl);
  const keychain = await keychainOf(page);
  const s = new SettingsPage(page);
  if (keychain !== 'available') {
    // Without a keychain the page explains that nothing can be remembered.
    await loginByKeyboard(page, 'token-user');
    await openByKeyboard(s, 'remembered');
    await expect(s.alert('info')).toBeVisible();
    await checkBoth(page, 'settings-remembered');
    test.skip(true, `forgetting a remembered ID needs an OS keychain (this run's is "${keychain}"); run under scripts/with-keyring.sh`);
    return;
  }
  await loginByKeyboard(page, 'token-user', { remember: true });
  await openByKeyboard(s, 'remembered');
  await expect(page.getByTestId('remembered-id')).toContainText('token-user');
  await checkBoth(page, 'settings-remembered');
  await tabTo(page, s.pagePrimary());
  await page.keyboard.press('Enter');
  await expect(s.alert('success')).toBeVisible();
  await expect(page.getByTestId('remembered-id')).toHaveText(ja('set.remember.none'));
  await checkBoth(page, 'settings-remembered-forgotten');
  await tabTo(page, shell.logoutButton());
  await page.keyboard.press('Enter');
  await expect(shell.loggedOut()).toBeVisible();
  await page.reload();
  await expect(new LoginPage(page).id()).toHaveValue('');
});
