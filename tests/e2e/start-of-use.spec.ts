// new-user's first login: passwords with rules, the guide's address advice before anything is typed,
// the guidance opened in place and closed again with everything typed kept, the address with live
// advice and the free-mail acknowledgement, sender domains, then the password sent there (a wrong
// one, a resend that voids the first, the newest one). Nothing else is reachable.
import { expect, test } from '@playwright/test';
import { checkScreen, checkScreenInBoth } from '../support/e2e/checks.js';
import { translate, type Lang } from '../../src-renderer/i18n/i18n.js';
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

/** The advice is there before the address field holds anything, in the screen's language. */
async function adviceBeforeTyping(sou: StartOfUsePage, lang: Lang): Promise<void> {
  await expect(sou.page.locator('#sou-email')).toHaveValue('');
  await expect(sou.advice()).toHaveCount(0);
  for (const key of ['sou.advice.title', 'guide.address.where', 'guide.address.device', 'guide.address.free'] as const) {
    await expect(sou.addressAdvice()).toContainText(translate(lang, key));
  }
}

/** Opens the guidance from the address step, checks its rules, and comes back to the same form. */
async function guideRoundTrip(sou: StartOfUsePage, lang: Lang, shot?: string): Promise<void> {
  const guide = await sou.openGuide();
  await expect(sou.page.locator('#guide-title')).toBeFocused();
  await expect(guide.rule('newest')).toContainText(translate(lang, 'guide.rule.newest'));
  await expect(guide.rule('mail')).toContainText(translate(lang, 'guide.rule.mail'));
  await expect(guide.rule('token')).toContainText(translate(lang, 'guide.rule.token'));
  if (shot) await checkScreen(sou.page, shot);
  await expect(guide.back()).toHaveText(translate(lang, 'guide.backToForm'));
  await guide.back().click();
  await expect(sou.page.locator('#sou-advice-guide')).toBeFocused();
}

test('the steps in English (not finished): advice before typing, the guidance and back with nothing lost', async ({ page }) => {
  const shell = new Shell(page);
  await shell.open(stack.appUrl);
  await shell.setLanguage('en');
  await new LoginPage(page).login('new-user', 'demo-first-1');
  const sou = new StartOfUsePage(page);
  await expect(page.locator('#sou-title')).toHaveText('Getting started');
  await checkScreen(page, 'start-of-use-passwords');
  await sou.passwords({ login: 'NewLogin2025', confirm: 'Confirm2025x' });
  await adviceBeforeTyping(sou, 'en');
  await checkScreen(page, 'start-of-use-email-empty');
  await sou.email('taro@gmail.com');
  await expect(sou.advice().first()).toContainText('free mail');
  await sou.ack().check();
  await guideRoundTrip(sou, 'en', 'start-of-use-guide');
  await expect(page.locator('#sou-email')).toHaveValue('taro@gmail.com');
  await expect(page.locator('#sou-email-again')).toHaveValue('taro@gmail.com');
  await expect(sou.ack()).toBeChecked();
  await expect(sou.advice().first()).toHaveAttribute('data-advice', 'free-mail-warning');
  await checkScreen(page, 'start-of-use-email');
  // The passwords of the first step were kept too (in the page's memory only).
  await page.locator('form .actions .btn-secondary').click();
  await expect(page.locator('#sou-new-login')).toHaveValue('NewLogin2025');
  await expect(page.locator('#sou-confirm-again')).toHaveValue('Confirm2025x');
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
  await adviceBeforeTyping(sou, 'ja');
  await checkScreen(page, 'start-of-use-email-empty');

  // The guidance in place, in Japanese: the typed address is still there after it.
  await sou.email('arai.saburo@gmail.com', 'arai.saburo@gmail');
  await guideRoundTrip(sou, 'ja', 'start-of-use-guide');
  await expect(page.locator('#sou-email')).toHaveValue('arai.saburo@gmail.com');
  await expect(page.locator('#sou-email-again')).toHaveValue('arai.saburo@gmail');

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
