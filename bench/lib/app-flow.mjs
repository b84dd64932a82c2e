// The app's login and an ad-hoc transfer, driven in Chromium the way the E2E page objects do it
// (same selectors), with the mail-notified password read from the mailbox API.
import { MAIL_USER, otpCode, waitForMail } from './bank-api.mjs';

const T = { timeout: 120_000 };

export async function loginToHome(page, user = MAIL_USER) {
  await page.locator('#login-title').waitFor(T);
  await page.locator('#login-id').fill(user.loginId);
  await page.locator('#login-password').fill(user.password);
  await page.locator('.login button[type=submit]').click();
  try {
    await page.getByTestId('balance').first().waitFor(T);
  } catch (e) {
    const failure = await page.locator('#login-failure').textContent({ timeout: 1000 }).catch(() => null);
    const heading = await page.locator('h1, h2').first().textContent({ timeout: 1000 }).catch(() => null);
    throw new Error(`login did not reach the home screen (screen: ${heading ?? '?'}; message: ${failure ?? 'none'}): ${e instanceof Error ? e.message.split("\n")[0] : e}`, { cause: e });
  }
}

export async function adHocTransfer(page, mailboxUrl, user = MAIL_USER) {
  await page.locator('.main-nav .nav-link[data-route=transfer]').click();
  await page.locator('#tr-title').waitFor(T);
  await page.locator('#tr-mode-new').check();
  await page.locator('#tr-bankCode').fill('0005');
  await page.locator('#tr-branchCode').fill('101');
  await page.locator('#tr-accountNumber').fill('7654321');
  await page.locator('#tr-name').fill('ﾔﾏﾀﾞ ｻﾁｺ');
  await page.locator('form .actions button[type=submit]').click();
  await page.locator('#tr-amount').fill('1200');
  await page.locator('form .actions button[type=submit]').click();
  await page.getByTestId('review').waitFor(T);
  await page.locator('.wizard .actions button.btn-primary').click();
  await page.locator('form.authorize').waitFor(T);
  const reference = (await page.getByTestId('otp-prompt').getByTestId('otp-reference').innerText()).trim();
  const mail = await waitForMail(mailboxUrl, user.address, reference, 20, 30_000);
  await page.locator('input.otp-input').fill(otpCode(mail));
  await page.locator('form.authorize input[type=password]').fill(user.confirm);
  await page.locator('form.authorize button[type=submit]').click();
  return (await page.getByTestId('receipt-number').innerText(T)).trim();
}
