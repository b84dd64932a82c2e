// Time: a mail OTP that expires on screen (short BANK_OTP_TTL_S), and the idle warning followed by
// the automatic logout (short idle settings in the host). Each part has its own bank and host, so
// the short idle settings never interrupt the OTP flow.
//
// NETBANK_IDLE_WARNING_S means, everywhere: seconds WITHOUT ACTIVITY after which the warning appears
// (so it must be below NETBANK_IDLE_TIMEOUT_S); the dialog then counts down the rest.
import { expect, test } from '@playwright/test';
import type { NetbankBridge } from '../../src-shared/ipc/bridge.js';
import { checkScreen, checkScreenInBoth } from '../support/e2e/checks.js';
import { LoginPage, Shell, TransferPage } from '../support/e2e/pages.js';
import { HALF_WIDTH_PAYEE_NAME } from '../support/e2e/data.js';
import { missingPrerequisite, STACK_HOOK_MS, startStack, type Stack } from '../support/e2e/stack.js';
import { clock, ja, translate } from '../support/e2e/text.js';

test.skip(missingPrerequisite() !== null, `E2E cannot run here: ${missingPrerequisite()}`);

// Long enough for the second password to be read from the mailbox and typed under a busy CPU.
const OTP_TTL_S = 15;

test.describe('mailed password expiry', () => {
  let stack: Stack;
  test.beforeAll(async () => {
    test.setTimeout(STACK_HOOK_MS);
    stack = await startStack({ bankEnv: { BANK_OTP_TTL_S: String(OTP_TTL_S), BANK_OTP_RESEND_COOLDOWN_S: '0' } });
  });
  test.afterAll(async () => stack?.stop());

  test('an expired mail OTP says so, blocks the field, and a new one completes the transfer', async ({ page }) => {
    await new Shell(page).open(stack.appUrl);
    await new LoginPage(page).loginToHome('mail-user');
    const tr = new TransferPage(page);
    await tr.start();
    await tr.fillNewPayee({ bankCode: '0009', branchCode: '201', accountNumber: '1112223', name: HALF_WIDTH_PAYEE_NAME });
    await tr.next().click();
    await tr.amount('2000');
    await tr.toAuthorize();
    const first = await tr.otp.reference();
    await expect(tr.otp.root).toHaveAttribute('data-phase', 'expired', { timeout: (OTP_TTL_S + 15) * 1000 });
    await expect(tr.otp.alert()).toContainText(ja('otp.expired.title'));
    await expect(tr.otp.input()).toBeDisabled();
    await expect(tr.otp.timeLeft()).toHaveText(ja('otp.timeLeft', { time: clock(0) }));
    await checkScreenInBoth(page, 'otp-expired');
    await tr.otp.resendButton().click();
    await expect(tr.otp.root).toHaveAttribute('data-phase', 'enter');
    await expect(tr.otp.root.getByTestId('otp-reference')).not.toHaveText(first);
    const mail = await tr.otp.mailFor(stack.mailboxUrl, 'mail-user@docomo.ne.jp');
    await tr.authorize('demo-confirm-1', mail.code);
    await expect(tr.receiptNumber()).not.toBeEmpty();
  });
});

test.describe('idle logout', () => {
  // Warning after 10 s without activity, logout after 40 s: the dialog has 30 s on screen, far more
  // than the checks below need even on a busy machine.
  const IDLE_TIMEOUT_S = 40;
  const IDLE_WARNING_S = 10;
  let stack: Stack;
  test.beforeAll(async () => {
    test.setTimeout(STACK_HOOK_MS);
    stack = await startStack({ hostEnv: { NETBANK_IDLE_TIMEOUT_S: String(IDLE_TIMEOUT_S), NETBANK_IDLE_WARNING_S: String(IDLE_WARNING_S) } });
  });
  test.afterAll(async () => stack?.stop());

  test('with no activity the warning counts down, then the app logs out and says why', async ({ page }) => {
    test.setTimeout((IDLE_WARNING_S + 2 * IDLE_TIMEOUT_S + 60) * 1000);
    await new Shell(page).open(stack.appUrl);
    await new LoginPage(page).loginToHome('token-user');
    const settings = await page.evaluate(async () => {
      const r = await (window as unknown as { netbank: NetbankBridge }).netbank.session.state({});
      return r.ok ? { timeout: r.value.idleTimeoutSeconds, warning: r.value.idleWarningSeconds } : null;
    });
    expect(settings).toEqual({ timeout: IDLE_TIMEOUT_S, warning: IDLE_WARNING_S });

    const shell = new Shell(page);
    const dialog = shell.idleDialog();
    await expect(dialog).toBeVisible({ timeout: (IDLE_WARNING_S + 20) * 1000 });
    await expect(dialog.getByRole('button').first()).toBeFocused();
    // The countdown starts from what is left (timeout − warning) and goes down.
    const seconds = async () => Number(/(\d+)/.exec(await shell.idleBody().innerText())?.[1]);
    const shown = await seconds();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThanOrEqual(IDLE_TIMEOUT_S - IDLE_WARNING_S);
    await expect.poll(seconds, { timeout: 10_000 }).toBeLessThan(shown);
    await checkScreen(page, 'idle-warning');

    // Keep using once, with the keyboard (focus is already on that button): the dialog closes and
    // the session goes on.
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('balance').first()).toBeVisible();

    // Then, in English, do nothing: the warning comes back, and at the end the app logs out and
    // says why.
    await shell.setLanguage('en');
    await expect(dialog).toBeVisible({ timeout: (IDLE_WARNING_S + 20) * 1000 });
    await expect(shell.idleTitle()).toHaveText(translate('en', 'idle.title'));
    await checkScreen(page, 'idle-warning');
    await expect(page.getByTestId('logged-out')).toBeVisible({ timeout: (IDLE_TIMEOUT_S + 20) * 1000 });
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('logged-out')).toHaveAttribute('data-reason', 'idle');
    await expect(shell.loggedOutTitle()).toHaveText(translate('en', 'out.title'));
    await expect(shell.loggedOutTitle()).toBeFocused();
    await checkScreen(page, 'logged-out-idle');
    await shell.setLanguage('ja');
    await expect(shell.loggedOutTitle()).toHaveText(ja('out.title'));
    await checkScreen(page, 'logged-out-idle');
  });
});
