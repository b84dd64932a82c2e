// The daily transfer limit (振込限度額) through the real app, bank and mailbox, in both languages:
// the amount step shows what is left today and refuses more with the remaining amount and what to
// do; the settings page says each bad input its own way; raising the limit asks for the mail
// password and takes effect the next day only (the bank's clock moved by its tester control).
import { expect, test, type Page } from '@playwright/test';
import { TESTER_PATHS } from '../../src-shared/bank-api/tester.js';
import { checkScreenInBoth } from '../support/e2e/checks.js';
import { LoginPage, Shell, TransferPage } from '../support/e2e/pages.js';
import { SettingsPage } from '../support/e2e/settings-pages.js';
import { missingPrerequisite, STACK_HOOK_MS, startStack, type Stack } from '../support/e2e/stack.js';
import { ja, like, translate, yen } from '../support/e2e/text.js';

test.skip(missingPrerequisite() !== null, `E2E cannot run here: ${missingPrerequisite()}`);

let stack: Stack;
test.beforeAll(async () => {
  test.setTimeout(STACK_HOOK_MS);
  stack = await startStack({ bankEnv: { BANK_TESTER_CONTROLS: '1', BANK_DAILY_LIMIT: '100000', BANK_DAILY_LIMIT_MAX: '5000000' } });
});
test.afterAll(async () => stack?.stop());

/** Transfer to the registered payee, up to the amount step. */
async function toAmountStep(page: Page): Promise<TransferPage> {
  const tr = new TransferPage(page);
  // By name: the main menu's order changes as screens are added.
  await new Shell(page).navNamed(new RegExp(`^(${ja('nav.transfer')}|${translate('en', 'nav.transfer')})$`)).click();
  await expect(tr.title()).toBeVisible();
  await tr.chooseRegistered(0);
  await expect(page.getByTestId('limit-note')).toBeVisible();
  return tr;
}

test('the amount step shows what is left today; a raise asks for the mail password and applies the next day', async ({ page }) => {
  test.setTimeout(240_000);
  const shell = new Shell(page);
  await shell.open(stack.appUrl);
  await shell.setLanguage('ja');
  await new LoginPage(page).loginToHome('mail-user');

  // Amount step: ¥100,000 left; more is refused on the screen with the remaining amount and the way out.
  const tr = await toAmountStep(page);
  const note = page.getByTestId('limit-note');
  await expect(note).toContainText(ja('lim.tr.remaining', { remaining: yen(100_000, 'ja') }));
  await tr.amountField().fill('150000');
  await tr.next().click();
  await expect(tr.amountError()).toContainText(ja('lim.tr.over', { remaining: yen(100_000, 'ja') }));
  await expect(page.getByTestId('review')).toHaveCount(0);
  await checkScreenInBoth(page, 'limit-amount-step');
  await shell.setLanguage('en');
  await expect(tr.amountError()).toContainText(translate('en', 'lim.tr.over', { remaining: yen(100_000, 'en') }));
  await shell.setLanguage('ja');

  // The note's link opens the limit page; each bad input has its own message and nothing is sent.
  await note.getByRole('button').click();
  const settings = new SettingsPage(page);
  await expect(settings.screen('limit')).toBeVisible();
  await expect(page.getByTestId('limit-now')).toContainText('￥5,000,000');
  const field = settings.limitField();
  const error = settings.limitError();
  const step = yen(1_000, 'ja');
  const BAD: [string, RegExp][] = [
    ['abc', like('ja', 'lim.err.LIMIT_NOT_A_NUMBER')], ['0', like('ja', 'lim.err.LIMIT_TOO_SMALL', { min: step })], ['1500', like('ja', 'lim.err.LIMIT_NOT_THOUSANDS', { step })],
    ['6,000,000', like('ja', 'lim.err.LIMIT_ABOVE_MAXIMUM', { max: yen(5_000_000, 'ja') })], ['100000', like('ja', 'lim.err.same')],
  ];
  for (const [typed, message] of BAD) {
    await field.fill(typed);
    await settings.primary().click();
    await expect(error).toContainText(message);
  }
  await checkScreenInBoth(page, 'limit-settings');

  // Raise to ¥300,000: the mail-notified password and the confirmation password; from tomorrow.
  await field.fill('300,000');
  await settings.primary().click();
  await expect(page.getByTestId('limit-change')).toContainText(like('ja', 'lim.row.fromDate'));
  await checkScreenInBoth(page, 'limit-confirm');
  const mail = await settings.otp.mailFor(stack.mailboxUrl, 'mail-user@docomo.ne.jp');
  await settings.authorize({ code: mail.code, confirm: 'demo-confirm-1' });
  await expect(tr.receiptTitle()).toHaveText(ja('lim.done.raise'));
  await expect(page.getByTestId('receipt')).toContainText('￥300,000');
  await checkScreenInBoth(page, 'limit-done');

  // Today nothing changes.
  await toAmountStep(page);
  await expect(note).toContainText(ja('lim.tr.remaining', { remaining: yen(100_000, 'ja') }));
  await expect(note).toContainText(like('ja', 'lim.tr.pending', { amount: yen(300_000, 'ja') }));

  // The bank's clock to the next day (Japan time); the session ended with the idle time, so log in again.
  await shell.logout();
  const moved = await fetch(`${stack.apiUrl}${TESTER_PATHS.clock}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ toNextDay: true }) });
  expect(moved.status).toBe(200);
  await shell.open(stack.appUrl);
  await shell.setLanguage('en');
  await new LoginPage(page).loginToHome('mail-user');
  await toAmountStep(page);
  await expect(note).toContainText(translate('en', 'lim.tr.remaining', { remaining: yen(300_000, 'en') }));
  await tr.amountField().fill('150000');
  await tr.next().click();
  await expect(page.getByTestId('review')).toBeVisible();
});
