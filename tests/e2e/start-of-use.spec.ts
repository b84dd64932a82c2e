// new-user's first login: passwords with rules, the address with live advice and the free-mail
// acknowledgement, sender domains, then the password sent there (a wrong one, a resend that voids
// the first, the newest one). Nothing else is reachable.
import { expect, test } from '@playwright/test';
import { checkScreen, checkScreenInBoth } from '../support/e2e/checks.js';
import { LoginPage, Shell, StartOfUsePage } from '../support/e2e/pages.js';
import { missingPrerequisite, STACK_HOOK_MS, startStack, type Stack } from '../support/e2e/stack.js';

test.skip(missingPrerequisite() !== null, `E2E cannot run here: ${missingPrerequisite()}`);

let stack: Stack;
test.beforeAll(async () => {
  test.setTimeout(STACK_HOOK_MS);
  // A short resend wait, so the run can ask for a second password.
  stack = await startStack({ bankEnv: { BANK_OTP_RESEND_COOLDOWN_S: '3' } });
});
test.afterAll(async () => stack?.stop());

test('the steps in English (not finished), for the screenshots', async ({ page }) => {
  const shell = new Shell(page);
  await shell.open(stack.appUrl);
  await shell.setLanguage('en');
  await new LoginPage(page).login('new-user', 'demo-first-1');
  const sou = new StartOfUsePage(page);
  await expect(page.locator('#sou-title')).toHaveText('Getting started');
  await checkScreen(page, 'start-of-use-passwords');
  await sou.passwords({ login: 'NewLogin2025', confirm: 'Confirm2025x' });
  await sou.email('taro@gmail.com');
  await expect(sou.advice().first()).toContainText('free mail');
  await checkScreen(page, 'start-of-use-email');
  await shell.setLanguage('ja');
  await shell.logout();
});

test('new-user completes start-of-use with a free-mail address after acknowledging it', async ({ page }) => {
  await new Shell(page).open(stack.appUrl);
  await new LoginPage(page).login('new-user', 'demo-first-1');
  const sou = new StartOfUsePage(page);
  await expect(page.locator('#sou-title')).toBeVisible();
  await expect(page.locator('.main-nav')).toHaveCount(0);
  await sou.stepHeadingFocused();

  // Rules shown live; a confirmation password equal to the login password is refused.
  await page.locator('#sou-new-login').fill('NewLogin2025');
  await expect(page.locator('#sou-new-login-rules li.met')).toHaveCount(4);
  await sou.passwords({ login: 'NewLogin2025', confirm: 'NewLogin2025' });
  await expect(page.locator('#sou-confirm-error')).toHaveText('確認用パスワードは、ログインパスワードと違うものにしてください。');
  await expect(page.locator('#sou-confirm')).toBeFocused();
  await checkScreen(page, 'start-of-use-passwords');
  await sou.passwords({ login: 'NewLogin2025', confirm: 'Confirm2025x' });
  await sou.stepHeadingFocused();

  // A carrier address is praised; a free-mail address needs the checkbox.
  await page.locator('#sou-email').fill('arai@docomo.ne.jp');
  await expect(sou.advice().first()).toHaveAttribute('data-advice', 'separate-device-good');
  await expect(sou.ack()).toHaveCount(0);
  await sou.email('arai.saburo@gmail.com');
  await expect(sou.advice().first()).toHaveAttribute('data-advice', 'free-mail-warning');
  await page.locator('form .actions button[type=submit]').click();
  await expect(page.locator('#sou-email-ack-error')).toHaveText('このアドレスを登録するには、上の確認にチェックを入れてください。');
  await expect(sou.ack()).toBeFocused();
  await expect(page.locator('.senders code')).toHaveText(['otp-auth.net', 'am-bk.co.jp']);
  await checkScreen(page, 'start-of-use-email');
  await sou.ack().check();
  await page.locator('form .actions button[type=submit]').click();

  // The password sent to the new address, matched by reference.
  await expect(sou.otp.root).toBeVisible();
  await sou.stepHeadingFocused();
  await expect(sou.otp.root.getByTestId('otp-destinations')).toHaveText('a***@gmail.com');
  const mail = await sou.otp.mailFor(stack.mailboxUrl, 'arai.saburo@gmail.com');
  await checkScreenInBoth(page, 'start-of-use-verify');
  await sou.otp.input().fill(mail.code === '000000' ? '111111' : '000000');
  await page.locator('form .actions button[type=submit]').click();
  await expect(sou.otp.error()).toContainText('パスワードが正しくありません');
  await expect(sou.otp.input()).toBeFocused();
  await expect(sou.otp.input()).toHaveValue('');

  // A new password (start-of-use's own resend): the first one is void from then on.
  await sou.otp.resendUntilSent(30_000);
  const second = await sou.otp.mailFor(stack.mailboxUrl, 'arai.saburo@gmail.com');
  await sou.otp.input().fill(mail.code);
  await page.locator('form .actions button[type=submit]').click();
  await expect(sou.otp.root).toHaveAttribute('data-phase', 'superseded');
  await expect(sou.otp.root.locator('.alert')).toContainText(`照合番号 ${second.reference}`);
  await sou.otp.input().fill(second.code);
  await page.locator('form .actions button[type=submit]').click();
  await expect(page.locator('.step-heading')).toHaveText('利用開始手続きが完了しました');
  await checkScreenInBoth(page, 'start-of-use-done');
  await page.locator('.actions .btn-primary').click();
  await expect(page.getByTestId('factor-status')).toContainText('a***@gmail.com');

  // The new passwords work from now on.
  await new Shell(page).logout();
  await page.locator('.actions .btn-primary').click();
  await new LoginPage(page).loginToHome('new-user', 'NewLogin2025');
});
