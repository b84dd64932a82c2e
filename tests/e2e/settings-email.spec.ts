// 登録メールアドレスの変更 end to end: live advice, the password of the current destination, then
// the password sent to the NEW address with the confirmation password. The bank only registers
// the address once its own password was entered. One run is keyboard only.
import { expect, test } from '@playwright/test';
import { waitForOtp } from '../support/mailbox.js';
import { checkScreen } from '../support/e2e/checks.js';
import { LoginPage, Shell } from '../support/e2e/pages.js';
import { tabTo } from '../support/e2e/keyboard.js';
import { bankMe, checkBoth, openInJapanese, SettingsPage, waitForAcceptance } from '../support/e2e/settings-pages.js';
import { missingPrerequisite, startStack, type Stack } from '../support/e2e/stack.js';

test.skip(missingPrerequisite() !== null, `E2E cannot run here: ${missingPrerequisite()}`);
// Each screen is checked with axe and photographed in both languages: slow on a busy machine.
test.describe.configure({ timeout: 300_000 });

let stack: Stack;
test.beforeAll(async () => {
  stack = await startStack();
});
test.afterAll(async () => stack?.stop());

test('the new address is not registered while only the current destination has answered', async ({ page }) => {
  await openInJapanese(page, stack.appUrl);
  await new LoginPage(page).loginToHome('suspended-user');
  const s = new SettingsPage(page);
  await s.openMenu();
  await checkBoth(page, 'settings-menu');
  await s.item('email').click();
  await expect(s.screen('email')).toBeVisible();
  await expect(s.stepHeading()).toBeFocused();

  // Live advice as the address is typed; a free-mail address needs the acknowledgement.
  await s.field('email').fill('suspended.new@au.com');
  await expect(s.advice('email')).toHaveAttribute('data-advice', 'separate-device-good');
  await s.field('email').fill('suspended.new@gmail.com');
  await expect(s.advice('email')).toHaveAttribute('data-advice', 'free-mail-warning');
  await s.field('email-again').fill('suspended.new@gmail.com');
  await s.primary().click();
  await expect(s.fieldError('email-ack')).not.toBeEmpty();
  await expect(s.field('email-ack')).toBeFocused();
  await checkBoth(page, 'settings-email-input');
  await s.field('email-ack').check();
  await s.primary().click();

  // Step 1: the password went to the current address only.
  await expect(s.otp.root).toBeVisible();
  await expect(s.destinations()).toHaveText(['s***@softbank.ne.jp']);
  const first = await s.otp.mailFor(stack.mailboxUrl, 'suspended-user@softbank.ne.jp');
  await checkBoth(page, 'settings-email-current');
  await s.authorize({ code: first.code });

  // Step 2: a new password went to the new address only; the bank has not changed anything yet.
  await expect(s.destinations()).toHaveText(['s***@gmail.com']);
  await expect(s.alert('info')).toContainText('suspended.new@gmail.com');
  await checkBoth(page, 'settings-email-proof');
  expect((await bankMe(stack.apiUrl, 'suspended-user')).email).toBe('suspended-user@softbank.ne.jp');

  // The password of the current address is not the proof: refused, nothing changes.
  await s.authorize({ code: first.code, confirm: 'demo-confirm-1' });
  await expect(s.otp.error()).toBeVisible();
  expect((await bankMe(stack.apiUrl, 'suspended-user')).email).toBe('suspended-user@softbank.ne.jp');
  const proof = await s.otp.mailFor(stack.mailboxUrl, 'suspended.new@gmail.com');
  expect(proof.reference).not.toBe(first.reference);
  await s.back().click();
  await expect(s.menu()).toBeVisible();
  expect((await bankMe(stack.apiUrl, 'suspended-user')).email).toBe('suspended-user@softbank.ne.jp');
});

test('keyboard only: mail-user changes the registered address end to end', async ({ page }) => {
  await openInJapanese(page, stack.appUrl);
  const kb = page.keyboard;
  const login = new LoginPage(page);
  await tabTo(page, login.id());
  await kb.type('mail-user');
  await tabTo(page, login.password());
  await kb.type('demo-login-1');
  await kb.press('Enter');
  await expect(page.getByTestId('balance').first()).toBeVisible();

  const s = new SettingsPage(page);
  await tabTo(page, s.navLink());
  await kb.press('Enter');
  await expect(s.menu()).toBeVisible();
  await tabTo(page, s.item('email'));
  await kb.press('Enter');
  await expect(s.stepHeading()).toBeFocused();
  await tabTo(page, s.field('email'));
  await kb.type('mail-user.new@au.com');
  await expect(s.advice('email')).toHaveAttribute('data-advice', 'separate-device-good');
  await tabTo(page, s.field('email-again'));
  await kb.type('mail-user.new@au.com');
  await kb.press('Enter');

  await expect(s.destinations()).toHaveText(['m***@docomo.ne.jp']);
  const current = await s.otp.mailFor(stack.mailboxUrl, 'mail-user@docomo.ne.jp');
  await tabTo(page, s.otp.input());
  await kb.type(current.code);
  await kb.press('Enter');

  await expect(s.destinations()).toHaveText(['m***@au.com']);
  expect((await bankMe(stack.apiUrl, 'mail-user')).email).toBe('mail-user@docomo.ne.jp');
  const proof = await s.otp.mailFor(stack.mailboxUrl, 'mail-user.new@au.com');
  await tabTo(page, s.otp.input());
  await kb.type(proof.code);
  await tabTo(page, s.confirmField());
  await kb.type('demo-confirm-1');
  await kb.press('Enter');

  await expect(s.receiptNumber()).not.toBeEmpty();
  await expect(s.stepHeading()).toBeFocused();
  await checkScreen(page, 'settings-email-done');
  const receipt = (await s.receiptNumber().innerText()).trim();
  const me = await bankMe(stack.apiUrl, 'mail-user');
  expect(me.email).toBe('mail-user.new@au.com');
  // The acceptance notice reaches the new address and, this once, the previous one.
  await waitForAcceptance(stack.mailboxUrl, 'mail-user.new@au.com', receipt);
  await waitForAcceptance(stack.mailboxUrl, 'mail-user@docomo.ne.jp', receipt);
  await new Shell(page).setLanguage('en');
  await checkScreen(page, 'settings-email-done');

  // From now on the passwords go to the new address.
  await tabTo(page, s.pagePrimary());
  await kb.press('Enter');
  await expect(s.menu()).toContainText('m***@au.com');
  await s.item('email').click();
  await s.field('email').fill('mail-user@docomo.ne.jp');
  await s.field('email-again').fill('mail-user@docomo.ne.jp');
  const before = Date.now();
  await s.primary().click();
  await expect(s.destinations()).toHaveText(['m***@au.com']);
  await waitForOtp(stack.mailboxUrl, 'mail-user.new@au.com', { after: before - 1000, reference: await s.otp.reference() });
  await new Shell(page).setLanguage('ja');
});
