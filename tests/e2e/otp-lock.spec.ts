// The bank's limits on one-time passwords, through the real UI. A customer who types wrong mail
// passwords into one operation after another reaches the locked panel (bank's phone number, no
// password fields, a way back), in Japanese and in English; after that every screen that would ask
// for a password shows the lock up front, also after logging in again (GET /me). The hourly issue
// limit shows until when (Japan time) no new password can be sent, and keeps what was typed.
import { expect, test, type Page } from '@playwright/test';
import { checkScreen } from '../support/e2e/checks.js';
import { BillPage, LoginPage, OtpLockPanel, Shell, type Lang } from '../support/e2e/pages.js';
import { bankMe, SettingsPage } from '../support/e2e/settings-pages.js';
import { missingPrerequisite, STACK_HOOK_MS, startStack, type Stack } from '../support/e2e/stack.js';
import { like } from '../support/e2e/text.js';

test.skip(missingPrerequisite() !== null, `E2E cannot run here: ${missingPrerequisite()}`);

const CONFIRM = 'demo-confirm-1';
const PHONE = '0120-000-999';

/** A six-digit code that is surely not the mailed one. */
function wrongCode(right: string): string {
  return right.slice(0, 5) + String((Number(right[5]) + 1) % 10);
}

async function startBill(page: Page, bill: BillPage): Promise<void> {
  await bill.startBill();
  await bill.fill({ collector: '12345', customer: '9876-5432', confirmation: '42', amount: '1,000' });
  await bill.next().click();
  await expect(page.getByTestId('review')).toBeVisible();
}

/** The locked panel: the bank's number, a way back, and no field that takes a password. */
async function expectLockPanel(page: Page): Promise<void> {
  const panel = page.getByTestId('otp-lock');
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId('otp-lock-phone')).toHaveText(PHONE);
  await expect(new Shell(page).passwordFields()).toHaveCount(0);
  await expect(panel.getByTestId('otp-lock-back')).toBeVisible();
}

test.describe('lock after wrong one-time passwords', () => {
  let stack: Stack;
  test.beforeAll(async () => {
    test.setTimeout(STACK_HOOK_MS);
    // Four wrong passwords per customer (the default is ten): two in one operation, two in the next.
    stack = await startStack({ bankEnv: { BANK_OTP_FAILURES_BEFORE_LOCK: '4' } });
  });
  test.afterAll(async () => stack?.stop());

  const runs: { lang: Lang; loginId: string; address: string; title: RegExp }[] = [
    { lang: 'ja', loginId: 'mail-user', address: 'mail-user@docomo.ne.jp', title: like('ja', 'lock.title') },
    { lang: 'en', loginId: 'suspended-user', address: 'suspended-user@softbank.ne.jp', title: like('en', 'lock.title') },
  ];
  for (const { lang, loginId, address, title } of runs) {
    test(`wrong mail passwords in repeated operations end in the locked panel (${lang})`, async ({ page }) => {
      test.setTimeout(180_000);
      const shell = new Shell(page);
      await shell.open(stack.appUrl);
      await shell.setLanguage(lang);
      await new LoginPage(page).loginToHome(loginId);
      const bill = new BillPage(page);

      // First operation: two wrong passwords, then the customer gives up on it.
      await startBill(page, bill);
      await bill.toAuthorize();
      const first = await bill.otp.mailFor(stack.mailboxUrl, address);
      for (const left of [4, 3]) {
        await bill.authorize(CONFIRM, wrongCode(first.code));
        await expect(bill.otp.error()).toContainText(String(left));
      }
      await shell.nav('home').click();

      // Second operation, a new password: the next wrong one is the fourth, the one after locks.
      await startBill(page, bill);
      await bill.toAuthorize();
      const second = await bill.otp.mailFor(stack.mailboxUrl, address);
      await bill.authorize(CONFIRM, wrongCode(second.code));
      await expect(bill.otp.error()).toContainText('4');
      await bill.authorize(CONFIRM, wrongCode(second.code));
      await expectLockPanel(page);
      await expect(new OtpLockPanel(page).title()).toHaveText(title);
      await expect(new OtpLockPanel(page).title()).toBeFocused();
      await checkScreen(page, 'otp-lock');

      // Back to the menu: Home says so too; a transfer or a bill shows the lock before any form.
      await page.getByTestId('otp-lock-back').click();
      await expect(page.getByTestId('home-otp-lock')).toContainText(PHONE);
      await shell.nav('transfer').click();
      await expectLockPanel(page);
      await expect(bill.title()).toHaveCount(0);

      // A new session learns it from the bank (GET /me) before the customer fills anything in.
      await shell.logout();
      await page.getByTestId('logged-out').getByRole('button').click();
      await new LoginPage(page).loginToHome(loginId);
      await expect(page.getByTestId('home-otp-lock')).toContainText(PHONE);
      await checkScreen(page, 'otp-lock-home');
      await shell.nav('bill').click();
      await expectLockPanel(page);
      await expect(bill.billField('collectorNumber')).toHaveCount(0);
      const settings = new SettingsPage(page);
      await settings.openMenu();
      await settings.item('email').click();
      await expectLockPanel(page);
      await page.getByTestId('otp-lock-back').click();
      await expect(settings.menu()).toBeVisible();
      // A setting that never asks for a password still opens.
      await settings.item('language').click();
      await expect(settings.pageRoot()).toBeVisible();
      await shell.setLanguage('ja');
    });
  }
});

test.describe('hourly issue limit', () => {
  let stack: Stack;
  test.beforeAll(async () => {
    test.setTimeout(STACK_HOOK_MS);
    // One password an hour and no resend cooldown: the second password asked for is refused.
    stack = await startStack({ bankEnv: { BANK_OTP_ISSUE_PER_HOUR: '1', BANK_OTP_RESEND_COOLDOWN_S: '0', BANK_OTP_FAILURES_BEFORE_LOCK: '10' } });
  });
  test.afterAll(async () => stack?.stop());

  test('a resend and a new operation past the limit show until when, and keep what was typed', async ({ page }) => {
    test.setTimeout(180_000);
    const shell = new Shell(page);
    await shell.open(stack.appUrl);
    await new LoginPage(page).loginToHome('mail-user');
    const bill = new BillPage(page);
    await startBill(page, bill);
    await bill.toAuthorize();
    await bill.otp.mailFor(stack.mailboxUrl, 'mail-user@docomo.ne.jp');

    // A resend is the second password this hour: refused; the notice says until when, the button waits.
    await bill.otp.resendButton().click();
    const notice = page.getByTestId('issue-wait');
    await expect(notice).toBeVisible();
    await expect(page.getByTestId('issue-wait-until')).toContainText(/\d{2}:\d{2}:\d{2}/);
    await expect(page.getByTestId('issue-wait-left')).toHaveText(/\d+:\d{2}/);
    await expect(bill.otp.resendButton()).toHaveAttribute('aria-disabled', 'true');
    await expect(bill.otp.resendWait()).toBeVisible();
    await checkScreen(page, 'issue-wait-resend');

    // A new operation is refused too: the review stays, and going back shows the numbers as typed.
    await shell.nav('home').click();
    await startBill(page, bill);
    await bill.toAuthorizeButton().click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expect(notice).toBeVisible();
    await expect(page.getByTestId('review')).toContainText('98765432');
    await checkScreen(page, 'issue-wait-create');
    await shell.setLanguage('en');
    await expect(page.getByTestId('issue-wait-until')).toContainText('Japan time');
    await checkScreen(page, 'issue-wait-create');
    await bill.reviewBack().click();
    await expect(bill.billField('collectorNumber')).toHaveValue('12345');
    await expect(bill.billField('amount')).toHaveValue('1,000');
    await shell.setLanguage('ja');
  });

  test('an e-mail change whose next password cannot be sent keeps the unspent code of step 1', async ({ page }) => {
    await new Shell(page).open(stack.appUrl);
    await new LoginPage(page).loginToHome('suspended-user');
    const s = new SettingsPage(page);
    await s.openMenu();
    await s.item('email').click();
    await expect(s.screen('email')).toBeVisible();
    await s.field('email').fill('suspended.new@au.com');
    await s.field('email-again').fill('suspended.new@au.com');
    await s.primary().click();
    // The one password of this hour went to the current address; step 1 would send the next one.
    const first = await s.otp.mailFor(stack.mailboxUrl, 'suspended-user@softbank.ne.jp');
    await s.authorize({ code: first.code });
    await expect(page.getByTestId('issue-wait')).toBeVisible();
    await expect(s.pageError()).toBeVisible();
    await expect(s.otp.input()).toHaveValue(first.code);
    await expect(s.destinations()).toHaveText(['s***@softbank.ne.jp']);
    expect((await bankMe(stack.apiUrl, 'suspended-user')).email).toBe('suspended-user@softbank.ne.jp');
  });

});
