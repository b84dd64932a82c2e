// Bill payment (Pay-easy): numbers checked on screen, the collector named by the bank, mail OTP; one run keyboard only.
import { expect, test } from '@playwright/test';
import { checkScreen } from '../support/e2e/checks.js';
import { authorizeByKeyboard, loginByKeyboard, tabTo, typeOver } from '../support/e2e/keyboard.js';
import { COLLECTOR_12345, FULL_WIDTH } from '../support/e2e/data.js';
import { BillPage, LoginPage, Shell } from '../support/e2e/pages.js';
import { missingPrerequisite, STACK_HOOK_MS, startStack, type Stack } from '../support/e2e/stack.js';
import { ja } from '../support/e2e/text.js';

test.skip(missingPrerequisite() !== null, `E2E cannot run here: ${missingPrerequisite()}`);

let stack: Stack;
test.beforeAll(async () => {
  test.setTimeout(STACK_HOOK_MS);
  stack = await startStack();
});
test.afterAll(async () => stack?.stop());

for (const lang of ['ja', 'en'] as const) {
  test(`mail-user pays a bill with the mail OTP (${lang})`, async ({ page }) => {
    const shell = new Shell(page);
    await shell.open(stack.appUrl);
    await shell.setLanguage(lang);
    await new LoginPage(page).loginToHome('mail-user');
    const bill = new BillPage(page);
    await bill.startBill();
    await bill.next().click();
    await expect(bill.billFieldError('collectorNumber')).toBeVisible();
    await expect(bill.billField('collectorNumber')).toBeFocused();
    await bill.fill({ collector: FULL_WIDTH.collector, customer: '9876-5432', confirmation: '42', amount: '4,321' });
    await checkScreen(page, 'bill-input');
    await bill.next().click();
    await expect(page.getByTestId('review')).toContainText('98765432');
    await checkScreen(page, 'bill-review');
    await bill.toAuthorize();
    await expect(bill.authorizeForm()).toContainText(COLLECTOR_12345);
    const mail = await bill.otp.mailFor(stack.mailboxUrl, 'mail-user@docomo.ne.jp');
    await checkScreen(page, 'bill-authorize');
    await bill.authorize('demo-confirm-1', mail.code);
    await expect(bill.receiptNumber()).not.toBeEmpty();
    await checkScreen(page, 'bill-receipt');
    await shell.setLanguage('ja');
  });
}

test('an unknown collector number is refused by the bank with a clear message', async ({ page }) => {
  await new Shell(page).open(stack.appUrl);
  await new LoginPage(page).loginToHome('token-user');
  const bill = new BillPage(page);
  await bill.startBill();
  await bill.fill({ collector: '99999', customer: '1', confirmation: '1', amount: '100' });
  await bill.next().click();
  await bill.toAuthorizeButton().click();
  await expect(page.getByRole('alert')).toContainText(ja('error.COLLECTOR_NOT_FOUND'));
});

test('keyboard only: a bill payment from login to receipt (Tab, typing, Enter)', async ({ page }) => {
  await new Shell(page).open(stack.appUrl);
  await loginByKeyboard(page, 'suspended-user');
  const bill = new BillPage(page);
  await tabTo(page, new Shell(page).nav('bill'));
  await page.keyboard.press('Enter');
  await expect(bill.billTitle()).toBeVisible();
  for (const [field, text] of [['collectorNumber', '12345'], ['customerNumber', '9876 5432'], ['confirmationNumber', '42'], ['amount', '1500']] as const) {
    await tabTo(page, bill.billField(field));
    await typeOver(page, text);
  }
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('review')).toContainText('98765432');
  await bill.stepHeadingFocused();
  await tabTo(page, bill.toAuthorizeButton());
  await page.keyboard.press('Enter');
  await expect(bill.authorizeForm()).toContainText(COLLECTOR_12345);
  const mail = await bill.otp.mailFor(stack.mailboxUrl, 'suspended-user@softbank.ne.jp');
  await authorizeByKeyboard(bill, { code: mail.code, confirm: 'demo-confirm-1' });
  await expect(bill.receiptNumber()).not.toBeEmpty();
  await bill.stepHeadingFocused();
});
