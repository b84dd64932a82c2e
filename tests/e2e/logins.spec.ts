// 前回ログイン日時, the login history and login notice mails, end to end through the real bank and
// mailbox: a second login shows the first one's time on Home and both in the history; stopping the
// notices asks for the mail-notified password and the next login sends none; turning them back on
// asks for nothing. Japanese and English are both checked in the one run (own stack: fresh logins).
import { expect, test, type Page } from '@playwright/test';
import { LoginPage, Shell } from '../support/e2e/pages.js';
import { checkBoth, openInJapanese, SettingsPage } from '../support/e2e/settings-pages.js';
import { missingPrerequisite, startStack, type Stack } from '../support/e2e/stack.js';
import { ja, loginNotice, translate } from '../support/e2e/text.js';
import { listMessages, waitForMessage } from '../support/mailbox.js';

test.skip(missingPrerequisite() !== null, `E2E cannot run here: ${missingPrerequisite()}`);
// Each screen is checked with axe and photographed in both languages: slow on a busy machine.
test.describe.configure({ timeout: 360_000 });

const MAIL = 'mail-user@docomo.ne.jp';
const NOTICE = loginNotice.subject;

let stack: Stack;
test.beforeAll(async () => {
  stack = await startStack();
});
test.afterAll(async () => stack?.stop());

const notices = async () => (await listMessages(stack.mailboxUrl, MAIL)).filter((m) => m.subject.includes(NOTICE));
const timeIn = loginNotice.timeIn;

async function loginAgain(page: Page): Promise<void> {
  const shell = new Shell(page);
  await shell.logout();
  await shell.loginAgain().click();
  await new LoginPage(page).loginToHome('mail-user');
}

test('previous login on Home, the history, and login notices off (mail password) and on (nothing)', async ({ page }) => {
  const shell = new Shell(page);
  const s = new SettingsPage(page);
  const previous = page.getByTestId('previous-login-text');
  await openInJapanese(page, stack.appUrl);

  // The first login ever: no previous one; its notice mail gives its time.
  await new LoginPage(page).loginToHome('mail-user');
  await expect(previous).toHaveText(translate('ja', 'lgn.home.first'));
  const first = await waitForMessage(stack.mailboxUrl, MAIL, (m) => m.subject.includes(NOTICE));
  expect(first.from).toMatch(/@am-bk\.co\.jp>?$/);
  const firstAt = timeIn(first.text);

  // The second login shows the first one's time and channel, in both languages.
  await loginAgain(page);
  await expect(previous).toHaveText(ja('lgn.home.previous', { time: firstAt, channel: ja('channel.pc') }));
  await shell.setLanguage('en');
  await expect(previous).toHaveText(translate('en', 'lgn.home.previous', { time: firstAt, channel: translate('en', 'channel.pc') }));
  await shell.setLanguage('ja');
  await checkBoth(page, 'home-previous-login');
  const secondAt = timeIn((await notices())[0]!.text);

  // The history lists both, newest first, this login and the previous one marked.
  await page.getByTestId('previous-login').getByRole('button').click();
  await expect(s.screen('logins')).toBeVisible();
  const rows = s.loginHistoryRows();
  await expect(rows).toHaveCount(2);
  await expect(s.cells(rows.nth(0))).toHaveText([secondAt, ja('channel.pc'), ja('lgn.history.current')]);
  await expect(s.cells(rows.nth(1))).toHaveText([firstAt, ja('channel.pc'), ja('lgn.history.previous')]);
  await expect(page.getByTestId('not-yours')).toContainText('0120-000-999');
  await expect(page.getByTestId('not-yours')).toContainText(ja('lgn.history.notYours2'));
  await checkBoth(page, 'settings-login-history');

  // Stopping the notices: the mail-notified password and the confirmation password.
  await page.getByTestId('not-yours').getByRole('button').click();
  await expect(s.screen('login-notice')).toBeVisible();
  await expect(page.getByTestId('login-notice-state')).toHaveText(translate('ja', 'lgn.notice.stateOn'));
  await checkBoth(page, 'settings-login-notice-on');
  await s.primary().click();
  await expect(s.otp.root).toBeVisible();
  await expect(s.destinations()).toHaveText(['m***@docomo.ne.jp']);
  const mail = await s.otp.mailFor(stack.mailboxUrl, MAIL);
  expect(mail.message.from).toMatch(/@otp-auth\.net>?$/);
  await checkBoth(page, 'settings-login-notice-confirm');
  await s.authorize({ code: mail.code, confirm: 'demo-confirm-1' });
  await expect(s.receiptNumber()).not.toBeEmpty();

  // The next login sends no notice (the bank sends one before it answers a login, so none is coming).
  const before = (await notices()).length;
  await loginAgain(page);
  await expect(previous).toContainText(secondAt);
  expect(await notices()).toHaveLength(before);

  // Turning them back on, in English: no password asked, and the next login sends one again.
  await shell.setLanguage('en');
  await s.openMenu();
  await expect(s.menuState('login-notice')).toHaveText(translate('en', 'lgn.menu.noticeOff'));
  await s.item('login-notice').click();
  await expect(page.getByTestId('login-notice-state')).toHaveText(translate('en', 'lgn.notice.stateOff'));
  await checkBoth(page, 'settings-login-notice-off');
  await page.getByRole('button', { name: translate('en', 'lgn.notice.turnOn') }).click();
  await expect(page.getByTestId('login-notice-state')).toHaveText(translate('en', 'lgn.notice.stateOn'));
  await expect(s.alert('success')).toHaveText(translate('en', 'lgn.notice.onDone'));
  await expect(s.authorizeForm()).toHaveCount(0);
  await expect(s.pagePasswordFields()).toHaveCount(0);
  await loginAgain(page);
  expect(await notices()).toHaveLength(before + 1);
  await shell.setLanguage('ja');
});
