// The demo bank's tester controls through the mailbox page, with the real app beside it: a tester
// expires the password while the app shows the prompt (the app then says it expired and offers a
// new one); an answer dropped after the commit ends with the app showing the receipt the bank
// kept, one transfer only; the mailbox page shows a new mail as it arrives, without a reload; every
// other control works from its button on the page.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { TESTER_PATHS } from '../../src-shared/bank-api/tester.js';
import { expectAccessible } from '../support/e2e/checks.js';
import { PAYEE_NAME } from '../support/e2e/data.js';
import { MAILBOX_WORDS, MailboxPage } from '../support/e2e/mailbox-page.js';
import { LoginPage, Shell, TransferPage } from '../support/e2e/pages.js';
import { missingPrerequisite, STACK_HOOK_MS, startStack, type Stack } from '../support/e2e/stack.js';
import { ja } from '../support/e2e/text.js';

test.skip(missingPrerequisite() !== null, `E2E cannot run here: ${missingPrerequisite()}`);

const COOLDOWN_S = 2;
const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test-results/screenshots');
const NEW_PAYEE = { bankCode: '0005', branchCode: '101', accountNumber: '7654321', name: PAYEE_NAME };

let stack: Stack;
test.beforeAll(async () => {
  test.setTimeout(STACK_HOOK_MS);
  stack = await startStack({ bankEnv: { BANK_TESTER_CONTROLS: '1', BANK_OTP_RESEND_COOLDOWN_S: String(COOLDOWN_S) } });
});
test.afterAll(async () => stack?.stop());

async function toPrompt(page: Page, loginId: string, amount: string): Promise<TransferPage> {
  await new Shell(page).open(stack.appUrl);
  await new LoginPage(page).loginToHome(loginId);
  const tr = new TransferPage(page);
  await tr.start();
  await tr.fillNewPayee(NEW_PAYEE);
  await tr.next().click();
  await tr.amount(amount);
  await tr.toAuthorize();
  return tr;
}

async function openMailbox(page: Page): Promise<MailboxPage> {
  return MailboxPage.open(page, stack.mailboxUrl);
}

/** The bank's own record, read as the customer: transfers in the account's history. */
async function bankTransfers(loginId: string, accountId: string): Promise<number> {
  const login = await fetch(`${stack.apiUrl}/api/v1/sessions`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ loginId, password: 'demo-login-1', channel: 'pc' }),
  });
  const { token } = (await login.json()) as { token: string };
  const res = await fetch(`${stack.apiUrl}/api/v1/accounts/${accountId}/transactions`, { headers: { authorization: `Bearer ${token}` } });
  const { transactions } = (await res.json()) as { transactions: { kind: string }[] };
  return transactions.filter((x) => x.kind === 'transfer').length;
}

test('a tester expires the password from the mailbox page while the app shows the prompt', async ({ page }) => {
  test.setTimeout(180_000);
  const tr = await toPrompt(page, 'mail-user', '10,000');
  const mail = await tr.otp.mailFor(stack.mailboxUrl, 'mail-user@docomo.ne.jp');
  const mailbox = await openMailbox(page);
  await mailbox.expireOtpsOf('mail-user');
  await expect(mailbox.result()).toHaveText(MAILBOX_WORDS.expired(1));

  await page.bringToFront();
  await tr.authorize('demo-confirm-1', mail.code);
  await expect(tr.otp.root).toHaveAttribute('data-phase', 'expired');
  await expect(tr.otp.alert()).toContainText(ja('otp.expired.title'));
  await expect(tr.otp.resendButton()).toBeVisible();
  await tr.otp.resendUntilSent(60_000);
  const fresh = await tr.otp.mailFor(stack.mailboxUrl, 'mail-user@docomo.ne.jp');
  expect(fresh.reference).not.toBe(mail.reference);
  await tr.authorize('demo-confirm-1', fresh.code);
  await expect(tr.receiptNumber()).not.toBeEmpty();
});

test('an answer dropped after the commit ends with the receipt the bank kept, and one transfer', async ({ page }) => {
  test.setTimeout(180_000);
  const tr = await toPrompt(page, 'suspended-user', '20,000');
  const mail = await tr.otp.mailFor(stack.mailboxUrl, 'suspended-user@softbank.ne.jp');
  const mailbox = await openMailbox(page);
  await mailbox.armFault('authorize', 'drop-after-commit', 1);
  await expect(mailbox.state()).toContainText('authorize drop-after-commit ×1');

  await page.bringToFront();
  await tr.authorize('demo-confirm-1', mail.code);
  await expect(tr.receiptNumber()).not.toBeEmpty();
  const shown = (await tr.receiptNumber().innerText()).trim();
  await expect(mailbox.state()).toContainText(MAILBOX_WORDS.nothingArmed);
  expect(stack.bankLogs!()).toContain('tester fault: answer dropped after commit');
  expect(await bankTransfers('suspended-user', 'acc_3456789')).toBe(1);
  const op = mailbox.mailWith(mail.reference).getByTestId('operation-link');
  const state = await (await fetch(`${stack.mailboxUrl}/api/operations/${(await op.innerText()).trim()}`)).json() as { status: string; receiptNumber: string };
  expect(state).toMatchObject({ status: 'completed', receiptNumber: shown });
  // The mail's link opens the operation's page, with the same receipt.
  const opPage = await mailbox.openOperation(mailbox.mailWith(mail.reference));
  await expect(opPage.status).toHaveText(MAILBOX_WORDS.operationCompleted);
  await expect(opPage.receipt).toHaveText(shown);
});

test('the mailbox page shows a new mail as it arrives, without a reload', async ({ page }) => {
  test.setTimeout(180_000);
  const mailbox = await openMailbox(page);
  await mailbox.page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  const before = await mailbox.mails().count();
  await page.bringToFront();
  const tr = await toPrompt(page, 'mail-user', '5,000');
  const reference = await tr.otp.reference();

  const newest = mailbox.mails().first();
  await expect(newest.getByTestId('otp-reference')).toHaveText(reference);
  // Two new mails: the login's notice and the password.
  await expect(mailbox.mails()).toHaveCount(before + 2);
  await expect(newest.getByTestId('otp-code')).toHaveText(/^\d{6}$/);
  await expect(newest.getByTestId('void')).toHaveCount(0);
  await expect(newest.getByTestId('operation-status')).toHaveText('awaiting-authorization');
  // The older password mails of this customer are marked void.
  await expect(mailbox.voidedMails().first().getByTestId('void')).toContainText(MAILBOX_WORDS.voided);
  expect(await mailbox.page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  // The copy button puts the code on the clipboard.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(stack.mailboxUrl).origin });
  const copy = mailbox.copyButton(newest);
  await expect(copy).toHaveAccessibleName(mailbox.copyName);
  await copy.click();
  await expect(mailbox.copyText(copy)).toHaveText(MAILBOX_WORDS.copied);
  expect(await mailbox.page.evaluate(() => navigator.clipboard.readText())).toBe(await newest.getByTestId('otp-code').innerText());

  await expectAccessible(mailbox.page);
  mkdirSync(shots, { recursive: true });
  await mailbox.page.screenshot({ path: path.join(shots, 'mailbox-page.png'), fullPage: true });
});

/** What the bank answers a login with (its error code, or 'ok'). */
async function loginAnswer(loginId: string): Promise<string> {
  const res = await fetch(`${stack.apiUrl}/api/v1/sessions`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ loginId, password: 'demo-login-1', channel: 'pc' }),
  });
  return res.ok ? 'ok' : ((await res.json()) as { error: { code: string } }).error.code;
}
const bankState = async () => (await (await fetch(`${stack.apiUrl}${TESTER_PATHS.state}`)).json()) as { clockOffsetMinutes: number; active: boolean };

test('every other control has its button on the mailbox page: clock, mail delay and hold, lock and unlock, reset', async ({ page }) => {
  test.setTimeout(180_000);
  const mailbox = await openMailbox(page);
  const state = mailbox.state();
  await mailbox.clock('advance', 10);
  await expect(state).toContainText(MAILBOX_WORDS.clockMoved(10));
  await expect(state).toContainText(MAILBOX_WORDS.active);
  await mailbox.clock('next-day');
  await expect(state).not.toContainText(MAILBOX_WORDS.clockMoved(10));
  expect((await bankState()).clockOffsetMinutes).toBeGreaterThan(10);
  await mailbox.clock('reset');
  await expect(state).toContainText(MAILBOX_WORDS.realTime);
  await expect(state).toContainText(MAILBOX_WORDS.nothingArmed);

  await mailbox.mail('delay', 30);
  await expect(state).toContainText(MAILBOX_WORDS.mailDelay(30));
  await mailbox.mail('hold');
  await expect(state).toContainText(MAILBOX_WORDS.mailHeld);
  await mailbox.mail('release');
  await expect(state).not.toContainText(MAILBOX_WORDS.mailHeld);
  await mailbox.mail('delay', 0);
  await expect(state).toContainText(MAILBOX_WORDS.nothingArmed);

  await mailbox.lock('mail-user', true);
  await expect(mailbox.result()).toHaveText(MAILBOX_WORDS.locked('mail-user'));
  expect(await loginAnswer('mail-user')).toBe('ACCOUNT_LOCKED');
  await mailbox.lock('mail-user', false);
  await expect(mailbox.result()).toHaveText(MAILBOX_WORDS.unlocked('mail-user'));
  expect(await loginAnswer('mail-user')).toBe('ok');

  // Reset to the seed data: controls off, mailbox emptied (the page follows both live).
  await mailbox.mail('delay', 30);
  await expect(state).toContainText(MAILBOX_WORDS.active);
  await expect(mailbox.mails()).not.toHaveCount(0);
  await mailbox.resetToSeed();
  await expect(state).toContainText(MAILBOX_WORDS.nothingArmed);
  await expect(mailbox.mails()).toHaveCount(0);
  expect(await bankState()).toMatchObject({ active: false, clockOffsetMinutes: 0 });
});
