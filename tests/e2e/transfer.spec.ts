// Transfers end to end: registered payee, new payee with the mail OTP (wrong, resend with
// cooldown, superseded, too many attempts), the token user's app code, insufficient funds.
import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import * as OTPAuth from 'otpauth';
import { TOKEN_USER_TOTP_SECRET } from '../../mock-bank/seed.js';
import { checkScreen, checkScreenInBoth } from '../support/e2e/checks.js';
import { arrowTo, authorizeByKeyboard, loginByKeyboard, tabTo, typeOver } from '../support/e2e/keyboard.js';
import { FULL_WIDTH, PAYEE_NAME, PAYEE_NAME_SENT } from '../support/e2e/data.js';
import { LoginPage, Shell, TransferPage } from '../support/e2e/pages.js';
import { missingPrerequisite, STACK_HOOK_MS, startStack, type Stack } from '../support/e2e/stack.js';
import { ja, like, translate, yen } from '../support/e2e/text.js';

test.skip(missingPrerequisite() !== null, `E2E cannot run here: ${missingPrerequisite()}`);

// A short wait between two mailed passwords, still long enough that the resend button is seen
// waiting right after a wrong code, even on a busy machine. (The bank's default is 30 s; the
// countdown itself, second by second, is tested with a fake clock in tests/dom.)
const COOLDOWN_S = 10;
const COOLDOWN_WAIT_MS = (COOLDOWN_S + 20) * 1000;

let stack: Stack;
test.beforeAll(async () => {
  test.setTimeout(STACK_HOOK_MS);
  stack = await startStack({ bankEnv: { BANK_OTP_RESEND_COOLDOWN_S: String(COOLDOWN_S), BANK_OTP_MAX_ATTEMPTS: '3' } });
});
test.afterAll(async () => stack?.stop());

const NEW_PAYEE = { bankCode: FULL_WIDTH.bankCode, branchCode: '101', accountNumber: '7654321', name: PAYEE_NAME };

async function startNewPayeeTransfer(page: Page, loginId: string, amount = '30,000'): Promise<TransferPage> {
  await new Shell(page).open(stack.appUrl);
  await new LoginPage(page).loginToHome(loginId);
  const tr = new TransferPage(page);
  await tr.start();
  await tr.fillNewPayee(NEW_PAYEE);
  await expect(page.getByTestId('payee-name-preview')).toHaveText(ja('tr.namePreview', { name: PAYEE_NAME_SENT }));
  await tr.next().click();
  await tr.amount(amount);
  await tr.toAuthorize();
  return tr;
}

// The bank's default policy (its guide): a registered payee needs the mail password too. The peer
// rule (BANK_REGISTERED_PAYEE_OTP=0) is in transfer-directory.spec.ts.
test('a registered payee needs the mail password under the bank\'s default policy', async ({ page }) => {
  await new Shell(page).open(stack.appUrl);
  await new LoginPage(page).loginToHome('mail-user');
  const tr = new TransferPage(page);
  await tr.start();
  await checkScreen(page, 'transfer-payee');
  await tr.chooseRegistered(0);
  await tr.stepHeadingFocused();
  await checkScreen(page, 'transfer-amount');
  await tr.amount('5000');
  await expect(page.getByTestId('review')).toContainText(ja('tr.feeFree'));
  await expect(page.getByTestId('factor-note')).toContainText('m***@docomo.ne.jp');
  await checkScreen(page, 'transfer-review');
  await tr.toAuthorize();
  await expect(tr.otp.root).toBeVisible();
  await checkScreenInBoth(page, 'transfer-authorize-registered');
  const mail = await tr.otp.mailFor(stack.mailboxUrl, 'mail-user@docomo.ne.jp');
  await tr.authorize('demo-confirm-1', mail.code);
  await expect(tr.receiptNumber()).not.toBeEmpty();
  await tr.stepHeadingFocused();
  await checkScreen(page, 'transfer-receipt');
  await new Shell(page).nav('home').click();
  await expect(page.getByTestId('balance').first()).toHaveText('￥995,000');
});

test('a new payee needs the mail OTP: wrong code, resend after the bank\'s wait, superseded code, then the right one', async ({ page }) => {
  test.setTimeout(2 * COOLDOWN_WAIT_MS + 90_000);
  const tr = await startNewPayeeTransfer(page, 'mail-user');
  await expect(tr.otp.destinationsCell()).toHaveText('m***@docomo.ne.jp');
  await expect(tr.otp.input()).toHaveAttribute('autocomplete', 'one-time-code');
  const first = await tr.otp.mailFor(stack.mailboxUrl, 'mail-user@docomo.ne.jp');

  // Wrong code: attempts left, tied to the field, focus there; both passwords are cleared and the
  // confirmation password says it must be typed again.
  const wrong = first.code === '000000' ? '111111' : '000000';
  await tr.authorize('demo-confirm-1', wrong);
  await expect(tr.otp.error()).toHaveText(ja('otp.err.invalid', { n: 2 }));
  await expect(tr.otp.input()).toHaveAttribute('aria-invalid', 'true');
  await expect(tr.otp.input()).toBeFocused();
  await expect(tr.otp.input()).toHaveValue('');
  await expect(tr.confirmField()).toHaveValue('');
  await expect(tr.confirmRetypeNote()).toHaveText(ja('auth.confirmRetype'));

  // The bank's wait comes with each password: the resend button waits from the start, with a
  // countdown beside it (the button stays focusable), instead of letting the customer be refused.
  await expect(tr.otp.resendButton()).toBeDisabled();
  await expect(tr.otp.resendWait()).toContainText(like('ja', 'otp.cooldown'));
  await tr.otp.resendButton().focus();
  await expect(tr.otp.resendButton()).toBeFocused();
  await checkScreenInBoth(page, 'otp-resend-wait');
  await expect(tr.otp.resendButton()).toBeEnabled({ timeout: COOLDOWN_WAIT_MS });
  await expect(tr.otp.resendWait()).toBeHidden();
  await tr.otp.resendButton().click();
  await expect(tr.otp.referenceCell()).not.toHaveText(first.reference);
  await expect(tr.otp.resendStatus()).toContainText(like('ja', 'otp.resent'));
  // The new password brings its own wait.
  await expect(tr.otp.resendButton()).toBeDisabled();
  await expect(tr.otp.resendWait()).toContainText(like('ja', 'otp.cooldown'));
  const second = await tr.otp.mailFor(stack.mailboxUrl, 'mail-user@docomo.ne.jp');

  // The first mail's code is superseded: the screen names the newest reference.
  await tr.authorize('demo-confirm-1', first.code);
  await expect(tr.otp.alert()).toContainText(ja('otp.superseded.body', { reference: second.reference }));
  await expect(tr.otp.root).toHaveAttribute('data-phase', 'superseded');
  await expect(tr.otp.input()).toBeFocused();
  await checkScreenInBoth(page, 'otp-superseded');

  // Full-width digits with a space, as pasted from a phone.
  const pasted = `${second.code.slice(0, 3)} ${second.code.slice(3)}`.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  await tr.authorize('demo-confirm-1', pasted);
  await expect(tr.receiptNumber()).not.toBeEmpty();
});

test('too many wrong codes void the password; a new one works', async ({ page }) => {
  test.setTimeout(2 * COOLDOWN_WAIT_MS + 90_000);
  const tr = await startNewPayeeTransfer(page, 'suspended-user', '10000');
  const mail = await tr.otp.mailFor(stack.mailboxUrl, 'suspended-user@softbank.ne.jp');
  await checkScreen(page, 'transfer-authorize-mail-otp');
  const wrong = mail.code === '000000' ? '111111' : '000000';
  // Each time the customer types both again, as the cleared form asks.
  for (const left of [2, 1]) {
    await tr.authorize('demo-confirm-1', wrong);
    await expect(tr.otp.error()).toHaveText(ja('otp.err.invalid', { n: left }));
    await expect(tr.otp.input()).toBeFocused();
    await expect(tr.confirmField()).toHaveValue('');
    await expect(tr.confirmRetypeNote()).toBeVisible();
  }
  await tr.authorize('demo-confirm-1', wrong);
  await expect(tr.otp.root).toHaveAttribute('data-phase', 'exceeded');
  await expect(tr.otp.alert()).toContainText(ja('otp.exceeded.title'));
  await expect(tr.otp.input()).toBeDisabled();
  // What to do next is one key press away: focus is on "send a new password".
  await expect(tr.otp.resendButton()).toBeFocused();
  await checkScreenInBoth(page, 'otp-exceeded');
  await tr.otp.resendUntilSent(COOLDOWN_WAIT_MS);
  await expect(tr.otp.root).toHaveAttribute('data-phase', 'enter');
  await expect(tr.otp.input()).toBeEnabled();
  const fresh = await tr.otp.mailFor(stack.mailboxUrl, 'suspended-user@softbank.ne.jp');
  expect(fresh.reference).not.toBe(mail.reference);
  // Focus went to the code field with the new password; the rest by keyboard alone.
  await tr.authorizeByKeyboard('demo-confirm-1', fresh.code);
  await expect(tr.receiptNumber()).not.toBeEmpty();
});

test('the token user enters the app code; no mail is sent', async ({ page }) => {
  const tr = await startNewPayeeTransfer(page, 'token-user');
  await expect(tr.otp.root).toContainText(ja('otp.tokenCode'));
  await expect(tr.otp.resendButton()).toHaveCount(0);
  await checkScreenInBoth(page, 'transfer-authorize-token');
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(TOKEN_USER_TOTP_SECRET), digits: 6, period: 30, algorithm: 'SHA1' });
  await tr.authorize('demo-confirm-1', totp.generate());
  await expect(tr.receiptNumber()).not.toBeEmpty();
});

test('a wrong confirmation password says how many tries are left', async ({ page }) => {
  await new Shell(page).open(stack.appUrl);
  await new LoginPage(page).loginToHome('token-user');
  const tr = new TransferPage(page);
  await tr.start();
  await tr.chooseRegistered(0);
  await tr.amount('1000');
  await tr.toAuthorize();
  // The token code is checked after the confirmation password: this one is never spent.
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(TOKEN_USER_TOTP_SECRET), digits: 6, period: 30, algorithm: 'SHA1' });
  await tr.authorize('wrong-confirm-1', totp.generate());
  await expect(tr.confirmError()).toContainText(like('ja', 'auth.err.confirmInvalid'));
  await expect(tr.confirmField()).toHaveValue('');
  await expect(tr.confirmField()).toBeFocused();
});

test('more than the balance is refused with a way back to the amount', async ({ page }) => {
  await new Shell(page).open(stack.appUrl);
  await new LoginPage(page).loginToHome('suspended-user');
  const tr = new TransferPage(page);
  await tr.start();
  await tr.chooseRegistered(0);
  await tr.amount('1,500,000');
  await tr.toAuthorizeButton().click();
  // The bank may refuse when the operation is created or when it is authorized.
  const refusal = page.getByRole('alert').filter({ hasText: ja('error.INSUFFICIENT_FUNDS') });
  await expect(refusal.or(tr.authorizeForm())).toBeVisible();
  if (await tr.authorizeForm().isVisible()) await tr.authorize('demo-confirm-1');
  await expect(refusal).toBeVisible();
  await checkScreenInBoth(page, 'transfer-insufficient');
  await refusal.getByRole('button').click();
  await expect(tr.amountField()).toBeVisible();
});

test('an amount over the per-transfer limit is caught before the bank', async ({ page }) => {
  await new Shell(page).open(stack.appUrl);
  await new LoginPage(page).loginToHome('mail-user');
  const tr = new TransferPage(page);
  await tr.start();
  await tr.chooseRegistered(0);
  await tr.amountField().fill(FULL_WIDTH.amountOverLimit);
  await tr.next().click();
  await expect(tr.amountError()).toHaveText(ja('amount.err.AMOUNT_TOO_LARGE', { max: yen(10_000_000, 'ja') }));
  await expect(tr.amountField()).toBeFocused();
});

test('the same flow in English, screen by screen', async ({ page }) => {
  await new Shell(page).open(stack.appUrl);
  await new Shell(page).setLanguage('en');
  await new LoginPage(page).loginToHome('mail-user');
  const tr = new TransferPage(page);
  await tr.start();
  await tr.fillNewPayee(NEW_PAYEE);
  await expect(page.getByTestId('payee-name-preview')).toHaveText(translate('en', 'tr.namePreview', { name: PAYEE_NAME_SENT }));
  await checkScreen(page, 'transfer-payee');
  await tr.next().click();
  await checkScreen(page, 'transfer-amount');
  await tr.amount('30000');
  await expect(page.getByTestId('review')).toContainText('¥275');
  await checkScreen(page, 'transfer-review');
  await tr.toAuthorize();
  await tr.otp.mailHelpToggle().click();
  await checkScreen(page, 'transfer-authorize-mail-otp');
  const mail = await tr.otp.mailFor(stack.mailboxUrl, 'mail-user@docomo.ne.jp');
  await tr.authorize('demo-confirm-1', mail.code);
  await expect(tr.receiptNumber()).not.toBeEmpty();
  await checkScreen(page, 'transfer-receipt');
  await new Shell(page).setLanguage('ja');
});

test('keyboard only: a new-payee transfer from login to receipt (Tab, arrow keys, typing, Enter)', async ({ page }) => {
  await new Shell(page).open(stack.appUrl);
  await loginByKeyboard(page, 'suspended-user');
  const tr = new TransferPage(page);
  await tabTo(page, new Shell(page).nav('transfer'));
  await page.keyboard.press('Enter');
  await expect(tr.title()).toBeVisible();
  // Payee: "new payee" with an arrow key, then each field in turn.
  await arrowTo(page, tr.modeGroup(), tr.modeNew());
  for (const [field, text] of [['bankCode', NEW_PAYEE.bankCode], ['branchCode', NEW_PAYEE.branchCode], ['accountNumber', NEW_PAYEE.accountNumber], ['name', NEW_PAYEE.name]] as const) {
    await tabTo(page, tr.field(field));
    await typeOver(page, text);
  }
  await page.keyboard.press('Enter');
  await tr.stepHeadingFocused();
  await tabTo(page, tr.amountField());
  await typeOver(page, '12000');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('review')).toContainText('￥12,000');
  await tr.stepHeadingFocused();
  await tabTo(page, tr.toAuthorizeButton());
  await page.keyboard.press('Enter');
  await expect(tr.authorizeForm()).toBeVisible();
  const mail = await tr.otp.mailFor(stack.mailboxUrl, 'suspended-user@softbank.ne.jp');
  await authorizeByKeyboard(tr, { code: mail.code, confirm: 'demo-confirm-1' });
  await expect(tr.receiptNumber()).not.toBeEmpty();
  await tr.stepHeadingFocused();
});

/** The same customer starts a bill payment elsewhere (another window or PC), straight at the bank: a new password is mailed. */
async function billElsewhere(apiUrl: string, loginId: string): Promise<string> {
  const json = { 'content-type': 'application/json' };
  const login = await fetch(`${apiUrl}/api/v1/sessions`, { method: 'POST', headers: json, body: JSON.stringify({ loginId, password: 'demo-login-1', channel: 'pc' }) });
  const { token } = (await login.json()) as { token: string };
  const auth = { authorization: `Bearer ${token}` };
  const { accounts } = (await (await fetch(`${apiUrl}/api/v1/accounts`, { headers: auth })).json()) as { accounts: { id: string }[] };
  const op = await fetch(`${apiUrl}/api/v1/operations`, {
    method: 'POST', headers: { ...json, ...auth, 'idempotency-key': randomUUID() },
    body: JSON.stringify({ type: 'bill-payment', fromAccountId: accounts[0]!.id, amount: 1000, collectorNumber: '12345', customerNumber: '98765432', confirmationNumber: '42' }),
  });
  expect(op.status).toBe(201);
  return ((await op.json()) as { otp: { reference: string } }).otp.reference;
}

test('a password sent for another operation voids this one: the screen says none works and a new one completes it', async ({ page }) => {
  test.setTimeout(COOLDOWN_WAIT_MS + 90_000);
  const tr = await startNewPayeeTransfer(page, 'mail-user', '8,000');
  const mail = await tr.otp.mailFor(stack.mailboxUrl, 'mail-user@docomo.ne.jp');
  const elsewhere = await billElsewhere(stack.apiUrl, 'mail-user');
  expect(elsewhere).not.toBe('');
  // The customer types this screen's own, correct code: it was voided by the newer mail.
  await tr.authorize('demo-confirm-1', mail.code);
  await expect(tr.otp.root).toHaveAttribute('data-phase', 'replaced');
  await expect(tr.otp.alert()).toContainText(ja('otp.replaced.title'));
  await expect(tr.otp.input()).toBeDisabled();
  await expect(tr.otp.resendButton()).toBeFocused();
  await checkScreenInBoth(page, 'otp-replaced');
  await tr.otp.resendUntilSent(COOLDOWN_WAIT_MS);
  await expect(tr.otp.root).toHaveAttribute('data-phase', 'enter');
  const fresh = await tr.otp.mailFor(stack.mailboxUrl, 'mail-user@docomo.ne.jp');
  await tr.authorize('demo-confirm-1', fresh.code);
  await expect(tr.receiptNumber()).not.toBeEmpty();
});
