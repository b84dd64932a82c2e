// 前回ログイン日時, the login history and login notice mails, end to end through the real bank and
// mailbox: a second login shows the first one's time on Home and both in the history; stopping the
// notices asks for the mail-notified password and the next login sends none; turning them back on
// asks for nothing. Japanese and English are both checked in the one run (own stack: fresh logins).
import { expect, test, type Page } from '@playwright/test';
import { translate } from '../../src-renderer/i18n/i18n.js';
import { LoginPage, Shell } from '../support/e2e/pages.js';
import { checkBoth, openInJapanese, SettingsPage } from '../support/e2e/settings-pages.js';
import { missingPrerequisite, startStack, type Stack } from '../support/e2e/stack.js';
import { listMessages, waitForMessage } from '../support/mailbox.js';

test.skip(missingPrerequisite() !== null, `E2E cannot run here: ${missingPrerequisite()}`);
// Each screen is checked with axe and photographed in both languages: slow on a busy machine.
test.describe.configure({ timeout: 360_000 });

const MAIL = 'mail-user@docomo.ne.jp';
const NOTICE = 'ログインのお知らせ';

let stack: Stack;
test.beforeAll(async () => {
  stack = await startStack();
});
test.afterAll(async () => stack?.stop());

const notices = async () => (await listMessages(stack.mailboxUrl, MAIL)).filter((m) => m.subject.includes(NOTICE));
/** The login time a notice mail prints (Japan time, to the second). */
const timeIn = (text: string) => /ログイン日時: (\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2})（日本時間）/.exec(text)![1]!;

async function loginAgain(page: Page): Promise<void> {
  const shell = new Shell(page);
  await shell.logout();
  await page.getByTestId('logged-out').locator('.btn-primary').click();
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
  await expect(previous).toHaveText(`前回ログイン日時：${firstAt}（日本時間） パソコン`);
  await shell.setLanguage('en');
  await expect(previous).toHaveText(`Previous login: ${firstAt} (Japan time), PC`);
  await shell.setLanguage('ja');
  await checkBoth(page, 'home-previous-login');
  const secondAt = timeIn((await notices())[0]!.text);

  // The history lists both, newest first, this login and the previous one marked.
  await page.getByTestId('previous-login').getByRole('button').click();
  await expect(s.screen('logins')).toBeVisible();
  const rows = page.getByTestId('login-history').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0).locator('td')).toHaveText([secondAt, 'パソコン', '今回のログイン']);
  await expect(rows.nth(1).locator('td')).toHaveText([firstAt, 'パソコン', '前回のログイン']);
  await expect(page.getByTestId('not-yours')).toContainText('0120-000-999');
  await expect(page.getByTestId('not-yours')).toContainText('確認用パスワード');
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
  await expect(s.menu().locator('.settings-item[data-page="login-notice"] + .settings-state')).toHaveText(translate('en', 'lgn.menu.noticeOff'));
  await s.menu().locator('.settings-item[data-page="login-notice"]').click();
  await expect(page.getByTestId('login-notice-state')).toHaveText(translate('en', 'lgn.notice.stateOff'));
  await checkBoth(page, 'settings-login-notice-off');
  await page.getByRole('button', { name: translate('en', 'lgn.notice.turnOn') }).click();
  await expect(page.getByTestId('login-notice-state')).toHaveText(translate('en', 'lgn.notice.stateOn'));
  await expect(page.locator('.settings-page .alert-success')).toHaveText(translate('en', 'lgn.notice.onDone'));
  await expect(s.authorizeForm()).toHaveCount(0);
  await expect(page.locator('.settings-page input[type=password]')).toHaveCount(0);
  await loginAgain(page);
  expect(await notices()).toHaveLength(before + 1);
  await shell.setLanguage('ja');
});
