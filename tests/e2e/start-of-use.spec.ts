// new-user's first login: passwords with rules, the guide's address advice before anything is typed,
// the guidance opened in place and closed again with everything typed kept, the address with live
// advice and the free-mail acknowledgement, sender domains, then the password sent there (a wrong
// one, a resend that voids the first, the newest one). Nothing else is reachable.
import { expect, test } from '@playwright/test';
import { checkScreen, checkScreenInBoth } from '../support/e2e/checks.js';
import { LoginPage, Shell, StartOfUsePage } from '../support/e2e/pages.js';
import { missingPrerequisite, STACK_HOOK_MS, startStack, type Stack } from '../support/e2e/stack.js';
import { ja, like, translate, type Lang } from '../support/e2e/text.js';

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
  await expect(sou.field('email')).toHaveValue('');
  await expect(sou.advice()).toHaveCount(0);
  for (const key of ['sou.advice.title', 'guide.address.where', 'guide.address.device', 'guide.address.free'] as const) {
    await expect(sou.addressAdvice()).toContainText(translate(lang, key));
  }
}

/** Opens the guidance from the address step, checks its rules, and comes back to the same form. */
async function guideRoundTrip(sou: StartOfUsePage, lang: Lang, shot?: string): Promise<void> {
  const guide = await sou.openGuide();
  await expect(guide.title()).toBeFocused();
  await expect(guide.rule('newest')).toContainText(translate(lang, 'guide.rule.newest'));
  await expect(guide.rule('mail')).toContainText(translate(lang, 'guide.rule.mail'));
  await expect(guide.rule('token')).toContainText(translate(lang, 'guide.rule.token'));
  if (shot) await checkScreen(sou.page, shot);
  await expect(guide.back()).toHaveText(translate(lang, 'guide.backToForm'));
  await guide.back().click();
  await expect(sou.guideLink()).toBeFocused();
}

test('the steps in English (not finished): advice before typing, the guidance and back with nothing lost', async ({ page }) => {
  const shell = new Shell(page);
  await shell.open(stack.appUrl);
  await shell.setLanguage('en');
  await new LoginPage(page).login('new-user', 'demo-first-1');
  const sou = new StartOfUsePage(page);
  await expect(sou.title()).toHaveText(translate('en', 'sou.title'));
  await checkScreen(page, 'start-of-use-passwords');
  await sou.passwords({ login: 'NewLogin2025', confirm: 'Confirm2025x' });
  await adviceBeforeTyping(sou, 'en');
  await checkScreen(page, 'start-of-use-email-empty');
  await sou.email('taro@gmail.com');
  await expect(sou.advice().first()).toContainText(translate('en', 'email.advice.free-mail-warning'));
  await sou.ack().check();
  await guideRoundTrip(sou, 'en', 'start-of-use-guide');
  await expect(sou.field('email')).toHaveValue('taro@gmail.com');
  await expect(sou.field('email-again')).toHaveValue('taro@gmail.com');
  await expect(sou.ack()).toBeChecked();
  await expect(sou.advice().first()).toHaveAttribute('data-advice', 'free-mail-warning');
  await checkScreen(page, 'start-of-use-email');
  // The passwords of the first step were kept too (in the page's memory only).
  await sou.back().click();
  await expect(sou.field('new-login')).toHaveValue('NewLogin2025');
  await expect(sou.field('confirm-again')).toHaveValue('Confirm2025x');
  await shell.setLanguage('ja');
  await shell.logout();
});

test('new-user completes start-of-use with a free-mail address after acknowledging it', async ({ page }) => {
  await new Shell(page).open(stack.appUrl);
  await new LoginPage(page).login('new-user', 'demo-first-1');
  const sou = new StartOfUsePage(page);
  await expect(sou.title()).toBeVisible();
  await expect(new Shell(page).mainNav()).toHaveCount(0);
  await sou.stepHeadingFocused();

  // Rules shown live; a confirmation password equal to the login password is refused.
  await sou.field('new-login').fill('NewLogin2025');
  await expect(sou.metRules()).toHaveCount(4);
  await sou.passwords({ login: 'NewLogin2025', confirm: 'NewLogin2025' });
  await expect(sou.fieldError('confirm')).toHaveText(ja('sou.err.confirmSameAsLogin'));
  await expect(sou.field('confirm')).toBeFocused();
  await checkScreen(page, 'start-of-use-passwords');
  await sou.passwords({ login: 'NewLogin2025', confirm: 'Confirm2025x' });
  await sou.stepHeadingFocused();
  await adviceBeforeTyping(sou, 'ja');
  await checkScreen(page, 'start-of-use-email-empty');

  // The guidance in place, in Japanese: the typed address is still there after it.
  await sou.email('arai.saburo@gmail.com', 'arai.saburo@gmail');
  await guideRoundTrip(sou, 'ja', 'start-of-use-guide');
  await expect(sou.field('email')).toHaveValue('arai.saburo@gmail.com');
  await expect(sou.field('email-again')).toHaveValue('arai.saburo@gmail');

  // A carrier address is praised; a free-mail address needs the checkbox.
  await sou.field('email').fill('arai@docomo.ne.jp');
  await expect(sou.advice().first()).toHaveAttribute('data-advice', 'separate-device-good');
  await expect(sou.ack()).toHaveCount(0);
  await sou.email('arai.saburo@gmail.com');
  await expect(sou.advice().first()).toHaveAttribute('data-advice', 'free-mail-warning');
  await sou.next().click();
  await expect(sou.fieldError('email-ack')).toHaveText(ja('email.err.ackRequired'));
  await expect(sou.ack()).toBeFocused();
  await expect(new Shell(page).senderDomains()).toHaveText(['otp-auth.net', 'am-bk.co.jp']);
  await checkScreen(page, 'start-of-use-email');
  await sou.ack().check();
  await sou.next().click();

  // The password sent to the new address, matched by reference.
  await expect(sou.otp.root).toBeVisible();
  await sou.stepHeadingFocused();
  await expect(sou.otp.destinationsCell()).toHaveText('a***@gmail.com');
  const mail = await sou.otp.mailFor(stack.mailboxUrl, 'arai.saburo@gmail.com');
  await checkScreenInBoth(page, 'start-of-use-verify');
  await sou.otp.input().fill(mail.code === '000000' ? '111111' : '000000');
  await sou.next().click();
  await expect(sou.otp.error()).toContainText(like('ja', 'otp.err.invalid'));
  await expect(sou.otp.input()).toBeFocused();
  await expect(sou.otp.input()).toHaveValue('');

  // A new password (start-of-use's own resend): the first one is void from then on.
  await sou.otp.resendUntilSent(30_000);
  const second = await sou.otp.mailFor(stack.mailboxUrl, 'arai.saburo@gmail.com');
  await sou.otp.input().fill(mail.code);
  await sou.next().click();
  await expect(sou.otp.root).toHaveAttribute('data-phase', 'superseded');
  await expect(sou.otp.alert()).toContainText(ja('otp.superseded.body', { reference: second.reference }));
  await sou.otp.input().fill(second.code);
  await sou.next().click();
  await expect(sou.stepHeading()).toHaveText(ja('sou.done.title'));
  await checkScreenInBoth(page, 'start-of-use-done');
  await sou.donePrimary().click();
  await expect(page.getByTestId('factor-status')).toContainText('a***@gmail.com');

  // The new passwords work from now on.
  await new Shell(page).logout();
  await sou.donePrimary().click();
  await new LoginPage(page).loginToHome('new-user', 'NewLogin2025');
});
