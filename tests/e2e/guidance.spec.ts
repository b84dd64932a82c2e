// The guidance page states the guide's rules in both languages: only the newest mail-notified
// password works; without the mail no transfers; the ※1 note on a released token app; what the
// Select E-mail service is and where the destinations are changed. Reached before login (from the
// login screen) and after it (from the menu, with a way to the settings).
import { expect, test } from '@playwright/test';
import { checkScreenInBoth } from '../support/e2e/checks.js';
import { DEFAULT_BANK_PROFILE } from '../../src-shared/bank-profile/profile.js';
import { GuidancePart, LoginPage, Shell } from '../support/e2e/pages.js';
import { SettingsPage } from '../support/e2e/settings-pages.js';
import { missingPrerequisite, STACK_HOOK_MS, startStack, type Stack } from '../support/e2e/stack.js';
import { translate, type Lang } from '../support/e2e/text.js';

test.skip(missingPrerequisite() !== null, `E2E cannot run here: ${missingPrerequisite()}`);

let stack: Stack;
test.beforeAll(async () => {
  test.setTimeout(STACK_HOOK_MS);
  stack = await startStack();
});
test.afterAll(async () => stack?.stop());

async function statesEachRule(guide: GuidancePart, lang: Lang): Promise<void> {
  await expect(guide.rule('newest')).toContainText(translate(lang, 'guide.rule.newest'));
  await expect(guide.rule('newest')).toContainText(translate(lang, 'guide.rule.newestWhy'));
  await expect(guide.rule('mail')).toContainText(translate(lang, 'guide.rule.mail'));
  await expect(guide.rule('mail')).toContainText(translate(lang, 'guide.rule.mailWhy'));
  await expect(guide.rule('token')).toHaveText(translate(lang, 'guide.rule.token'));
  await expect(guide.section('select')).toContainText(translate(lang, 'guide.select.body'));
  await expect(guide.section('select')).toContainText(translate(lang, 'guide.select.dest'));
  await expect(guide.section('change')).toContainText(translate(lang, 'guide.change.dest'));
  await expect(guide.section('change')).toContainText(translate(lang, 'guide.change.select'));
  // The sender domains are named as the bank's own.
  await expect(guide.senderDomains()).toHaveText(['otp-auth.net', 'am-bk.co.jp']);
  await expect(guide.sendersIntro()).toContainText(DEFAULT_BANK_PROFILE.bankName[lang]);
}

test('before login: the rules in Japanese and in English, and back to the login', async ({ page }) => {
  const shell = new Shell(page);
  await shell.open(stack.appUrl);
  if ((await shell.html().getAttribute('lang')) !== 'ja') await shell.setLanguage('ja');
  await page.getByRole('button', { name: translate('ja', 'login.guidanceLink') }).click();
  const guide = new GuidancePart(page);
  await expect(guide.root).toBeVisible();
  await expect(guide.title()).toBeFocused();
  // The headline rules come before anything else on the page.
  await expect(guide.sections().first()).toHaveAttribute('data-testid', 'guide-rules');
  await statesEachRule(guide, 'ja');
  await expect(guide.sectionButtons('change')).toHaveCount(0);
  await checkScreenInBoth(page, 'guidance-logged-out');
  await shell.setLanguage('en');
  await statesEachRule(guide, 'en');
  await shell.setLanguage('ja');
  await guide.back().click();
  await expect(new LoginPage(page).title()).toBeVisible();
});

test('after login: from the menu, with a way to the settings where the destinations are changed', async ({ page }) => {
  const shell = new Shell(page);
  await shell.open(stack.appUrl);
  if ((await shell.html().getAttribute('lang')) !== 'en') await shell.setLanguage('en');
  await new LoginPage(page).loginToHome('mail-user');
  await shell.nav('guidance').click();
  const guide = new GuidancePart(page);
  await statesEachRule(guide, 'en');
  await checkScreenInBoth(page, 'guidance');
  await guide.section('change').getByRole('button', { name: translate('en', 'guide.change.open') }).click();
  await expect(new SettingsPage(page).menu()).toBeVisible();
  await shell.setLanguage('ja');
  await shell.logout();
});
