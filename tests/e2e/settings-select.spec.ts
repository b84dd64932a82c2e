// セレクトEメールサービス and メール通知パスワード設定 end to end for mail-user, in order: register
// two Select addresses (acceptance mail reaches both), stop using one (it gets no more notices),
// make the other a password destination (the choice and the current password on one screen, then its
// own password on the confirmation screen), then remove it again (the current password, then the
// confirmation password alone). The bank's state is read after every change, and a transfer's notice
// reaches only the addresses in use. Stopping an address and
// removing a destination are keyboard-only runs (Tab, arrow keys, typing, Enter).
import { expect, test, type Page } from '@playwright/test';
import { waitForOtp } from '../support/mailbox.js';
import { FULL_WIDTH } from '../support/e2e/data.js';
import { LoginPage, TransferPage } from '../support/e2e/pages.js';
import { arrowTo, authorizeByKeyboard, loginByKeyboard, tabTo } from '../support/e2e/keyboard.js';
import { bankMe, checkBoth, openByKeyboard, openInJapanese, receivedAcceptance, SettingsPage, waitForAcceptance } from '../support/e2e/settings-pages.js';
import { missingPrerequisite, startStack, type Stack } from '../support/e2e/stack.js';
import { ja, translate } from '../support/e2e/text.js';

test.skip(missingPrerequisite() !== null, `E2E cannot run here: ${missingPrerequisite()}`);
// Each screen is checked with axe and photographed in both languages: slow on a busy machine.
test.describe.configure({ mode: 'serial', timeout: 300_000 });

const REGISTERED = 'mail-user@docomo.ne.jp';
const SLOT1 = 'mail-user.sub@au.com';
const SLOT2 = 'mail-user.pc@gmail.com';

let stack: Stack;
test.beforeAll(async () => {
  stack = await startStack();
});
test.afterAll(async () => stack?.stop());

async function login(page: Page): Promise<SettingsPage> {
  await openInJapanese(page, stack.appUrl);
  await new LoginPage(page).loginToHome('mail-user');
  return new SettingsPage(page);
}

test('Select E-mail: state, change usage, confirmation with the passwords, done; notices reach both addresses', async ({ page }) => {
  const s = await login(page);
  await s.open('select');
  await expect(s.selectNowRows()).toHaveCount(2);
  await expect(s.selectNowFirstCell(1)).toHaveText(ja('set.noUse'));
  // The guide's names: 利用状況, セレクトメールアドレス１, 「利用変更確認画面へ」.
  await expect(s.stepHeading()).toHaveText(translate('ja', 'set.select.step.now'));
  await expect(s.selectNowHeader(1)).toHaveText(translate('ja', 'set.slot', { n: FULL_WIDTH.slotOne }));
  await checkBoth(page, 'settings-select-now');
  await s.primary().click();
  await expect(s.primary()).toHaveText(translate('ja', 'set.select.toConfirm'));

  // Input: use / don't use per address, with the live advice.
  await s.field('slot1-use').check();
  await s.field('slot1-address').fill(SLOT1);
  await expect(s.advice('slot1-address')).toHaveAttribute('data-advice', 'separate-device-good');
  await s.field('slot2-use').check();
  await s.field('slot2-address').fill(SLOT2);
  await s.primary().click();
  await expect(s.field('slot2-address-ack')).toBeFocused();
  await checkBoth(page, 'settings-select-input');
  await s.field('slot2-address-ack').check();
  await s.primary().click();

  // Confirmation: the addresses, the mail-notified password (to the registered address only) and
  // the confirmation password → 変更を確定する.
  const planned = page.getByTestId('select-planned');
  await expect(planned).toContainText(SLOT1);
  await expect(planned).toContainText(SLOT2);
  await expect(s.destinations()).toHaveText(['m***@docomo.ne.jp']);
  await expect(s.submitAuthorize()).toHaveText(ja('set.confirmChange'));
  const mail = await s.otp.mailFor(stack.mailboxUrl, REGISTERED);
  await checkBoth(page, 'settings-select-confirm');
  await s.authorize({ code: mail.code, confirm: 'demo-confirm-1' });
  await expect(s.receiptNumber()).not.toBeEmpty();
  await checkBoth(page, 'settings-select-done');
  const receipt = (await s.receiptNumber().innerText()).trim();

  const me = await bankMe(stack.apiUrl, 'mail-user');
  expect(me.selectEmail).toEqual([
    { slot: 1, use: true, address: SLOT1, otpDestination: false },
    { slot: 2, use: true, address: SLOT2, otpDestination: false },
  ]);
  for (const to of [REGISTERED, SLOT1, SLOT2]) await waitForAcceptance(stack.mailboxUrl, to, receipt);
});

test('keyboard only, Select E-mail: an address no longer in use gets no acceptance notice', async ({ page }) => {
  await openInJapanese(page, stack.appUrl);
  await loginByKeyboard(page, 'mail-user');
  const s = new SettingsPage(page);
  await openByKeyboard(s, 'select');
  await expect(s.selectNowRows()).toHaveCount(2);
  await tabTo(page, s.primary());
  await page.keyboard.press('Enter');
  // Address 2: the arrow key moves "use" to "don't use"; its address field goes away.
  await arrowTo(page, s.slotGroup(2), s.field('slot2-nouse'));
  await expect(s.field('slot2-address')).toHaveCount(0);
  await tabTo(page, s.primary());
  await page.keyboard.press('Enter');
  await expect(s.submitAuthorize()).toHaveText(ja('set.confirmChange'));
  const mail = await s.otp.mailFor(stack.mailboxUrl, REGISTERED);
  await authorizeByKeyboard(s, { code: mail.code, confirm: 'demo-confirm-1' });
  await expect(s.receiptNumber()).not.toBeEmpty();
  await expect(s.stepHeading()).toBeFocused();
  const receipt = (await s.receiptNumber().innerText()).trim();

  expect((await bankMe(stack.apiUrl, 'mail-user')).selectEmail[1]).toEqual({ slot: 2, use: false, address: null, otpDestination: false });
  // One notice goes to every recipient at once: once address 1 has it, address 2 never will.
  await waitForAcceptance(stack.mailboxUrl, SLOT1, receipt);
  await waitForAcceptance(stack.mailboxUrl, REGISTERED, receipt);
  expect(await receivedAcceptance(stack.mailboxUrl, SLOT2, receipt)).toBe(false);

  // A transfer's acceptance notice follows the new state too: address 1 (in use) gets it, address 2 does not.
  const tr = new TransferPage(page);
  await tr.start();
  await tr.chooseRegistered(0);
  await tr.amount('1200');
  await tr.toAuthorize();
  // By the guide's default policy a registered payee's transfer needs the mail-notified password too.
  const trMail = await tr.otp.mailFor(stack.mailboxUrl, REGISTERED);
  await tr.authorize('demo-confirm-1', trMail.code);
  await expect(tr.receiptNumber()).not.toBeEmpty();
  const transferReceipt = (await tr.receiptNumber().innerText()).trim();
  await waitForAcceptance(stack.mailboxUrl, SLOT1, transferReceipt);
  await waitForAcceptance(stack.mailboxUrl, REGISTERED, transferReceipt);
  expect(await receivedAcceptance(stack.mailboxUrl, SLOT2, transferReceipt)).toBe(false);
});

test('destinations: the choice and the current password on one screen, then address 1 proves it receives mail', async ({ page }) => {
  const s = await login(page);
  await s.open('destinations');
  await expect(s.field('dest2-use')).toBeDisabled();
  // As the screen opens the current password is on its way (registered address only), asked for
  // below the choice; no confirmation password yet.
  await expect(s.destinations()).toHaveText(['m***@docomo.ne.jp']);
  await expect(s.confirmField()).toHaveCount(0);
  await expect(s.submitAuthorize()).toHaveText(translate('ja', 'set.dest.toConfirm'));
  await expect(s.slotLegend(1)).toContainText(translate('ja', 'set.slot', { n: FULL_WIDTH.slotOne }));
  const current = await s.otp.mailFor(stack.mailboxUrl, REGISTERED);
  await checkBoth(page, 'settings-destinations-choose');
  // Nothing changed yet: the app says so instead of asking the bank, and the password stays good.
  await s.authorize({ code: current.code });
  await expect(s.alert('error')).toContainText(translate('ja', 'set.dest.err.noChange'));
  await s.field('dest1-use').check();
  await s.authorize({ code: current.code });

  // The confirmation screen: a password sent to the NEW destination only, with the reason on screen.
  await expect(s.destinations()).toHaveText(['m***@au.com']);
  await expect(s.alert('info')).toContainText('m***@au.com');
  await expect(s.submitAuthorize()).toHaveText(translate('ja', 'set.confirmChange'));
  await checkBoth(page, 'settings-destinations-proof');
  expect((await bankMe(stack.apiUrl, 'mail-user')).selectEmail[0]!.otpDestination).toBe(false);
  await s.authorize({ code: current.code, confirm: 'demo-confirm-1' });
  await expect(s.otp.error()).toBeVisible();
  expect((await bankMe(stack.apiUrl, 'mail-user')).selectEmail[0]!.otpDestination).toBe(false);
  const proof = await s.otp.mailFor(stack.mailboxUrl, SLOT1);
  await s.authorize({ code: proof.code, confirm: 'demo-confirm-1' });
  await expect(s.receiptNumber()).not.toBeEmpty();
  await checkBoth(page, 'settings-destinations-done');
  expect((await bankMe(stack.apiUrl, 'mail-user')).selectEmail[0]).toEqual({ slot: 1, use: true, address: SLOT1, otpDestination: true });
});

test('keyboard only, destinations: removing address 1 takes the current password (sent to both) then the confirmation password', async ({ page }) => {
  await openInJapanese(page, stack.appUrl);
  await loginByKeyboard(page, 'mail-user');
  const s = new SettingsPage(page);
  await openByKeyboard(s, 'destinations');
  await expect(s.field('dest1-use')).toBeChecked();
  await expect(s.destinations()).toHaveText(['m***@docomo.ne.jp', 'm***@au.com']);
  const reference = await s.otp.reference();
  const [a, b] = await Promise.all([
    waitForOtp(stack.mailboxUrl, REGISTERED, { reference }),
    waitForOtp(stack.mailboxUrl, SLOT1, { reference }),
  ]);
  expect(a.code).toBe(b.code);
  await arrowTo(page, s.slotGroup(1), s.field('dest1-nouse'));
  await authorizeByKeyboard(s, { code: a.code });
  // Only removed: no new password, the confirmation password alone confirms it.
  await expect(s.confirmField()).toBeVisible();
  await expect(s.otp.root).toHaveCount(0);
  await expect(s.submitAuthorize()).toHaveText(translate('ja', 'set.confirmChange'));
  await checkBoth(page, 'settings-destinations-remove');
  await authorizeByKeyboard(s, { confirm: 'demo-confirm-1' });
  await expect(s.receiptNumber()).not.toBeEmpty();
  expect((await bankMe(stack.apiUrl, 'mail-user')).selectEmail[0]!.otpDestination).toBe(false);
  // Back to the menu with the keyboard; focus is on the menu's heading again.
  await tabTo(page, s.pagePrimary());
  await page.keyboard.press('Enter');
  await expect(s.menuHeading()).toBeFocused();
});
