// The token app end to end for mail-user: start (mail OTP + confirmation password, then the QR code
// drawn in the page and the key for manual entry; the first code is computed here with otpauth from
// the key on screen), then release for a phone change (mail OTP applies again). Both runs are
// keyboard only: Tab to each control, type, Enter.
import { expect, test } from '@playwright/test';
import * as OTPAuth from 'otpauth';
import { authorizeByKeyboard, loginByKeyboard, tabTo } from '../support/e2e/keyboard.js';
import { bankMe, checkBoth, openByKeyboard, openInJapanese, SettingsPage } from '../support/e2e/settings-pages.js';
import { missingPrerequisite, startStack, type Stack } from '../support/e2e/stack.js';

test.skip(missingPrerequisite() !== null, `E2E cannot run here: ${missingPrerequisite()}`);
// Each screen is checked with axe and photographed in both languages: slow on a busy machine.
test.describe.configure({ mode: 'serial', timeout: 300_000 });

let stack: Stack;
test.beforeAll(async () => {
  stack = await startStack();
});
test.afterAll(async () => stack?.stop());

test('keyboard only, token start: identity check, QR code and key from the provisioning URI, first code activates it', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await openInJapanese(page, stack.appUrl);
  await loginByKeyboard(page, 'mail-user');
  const s = new SettingsPage(page);
  await openByKeyboard(s, 'token-start');
  await expect(s.screen('token')).toBeVisible();
  await checkBoth(page, 'settings-token-about');
  await tabTo(page, s.primary());
  await page.keyboard.press('Enter');

  // Step 1: mail-notified password and confirmation password; the answer carries the URI once.
  await expect(s.destinations()).toHaveText(['m***@docomo.ne.jp']);
  const mail = await s.otp.mailFor(stack.mailboxUrl, 'mail-user@docomo.ne.jp');
  await checkBoth(page, 'settings-token-identity');
  const answer = page.waitForResponse((r) => r.url().endsWith('/ipc/operations.authorize'));
  await authorizeByKeyboard(s, { code: mail.code, confirm: 'demo-confirm-1' });
  const body = (await (await answer).json()) as { ok: boolean; value: { provisioningUri?: string } };
  const uri = body.value.provisioningUri;
  expect(uri).toMatch(/^otpauth:\/\/totp\//);
  const fromUri = OTPAuth.URI.parse(uri!) as OTPAuth.TOTP;

  // Step 2: the QR code is an SVG drawn in the page; the key shown equals the URI's secret.
  const qr = page.getByTestId('qr-code');
  await expect(qr).toBeVisible();
  await expect(qr).toHaveAttribute('role', 'img');
  expect((await s.qrPath().getAttribute('d'))!.length).toBeGreaterThan(1000);
  const shown = (await page.getByTestId('token-secret').innerText()).replace(/\s+/g, '');
  expect(shown).toBe(fromUri.secret.base32);
  await checkBoth(page, 'settings-token-enroll');
  // Nothing was fetched from anywhere else to draw it.
  const origin = new URL(stack.appUrl).origin;
  expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);

  // A wrong first code is refused; the right one (from the key on screen) activates the app.
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(shown), digits: 6, period: 30, algorithm: 'SHA1' });
  const code = totp.generate();
  await authorizeByKeyboard(s, { code: String((Number(code) + 1) % 1_000_000).padStart(6, '0') });
  await expect(s.otp.error()).toBeVisible();
  expect((await bankMe(stack.apiUrl, 'mail-user')).tokenState).toBe('not-used');
  await authorizeByKeyboard(s, { code: totp.generate() });
  await expect(s.receiptNumber()).not.toBeEmpty();
  await expect(s.stepHeading()).toBeFocused();
  await checkBoth(page, 'settings-token-done');
  await expect(page.getByTestId('token-secret')).toHaveCount(0);
  const me = await bankMe(stack.apiUrl, 'mail-user');
  expect(me.tokenState).toBe('active');
  expect(me.secondFactor).toBe('token');
});

test('keyboard only, token release: confirmation password only; mail-notified passwords apply again', async ({ page }) => {
  await openInJapanese(page, stack.appUrl);
  await loginByKeyboard(page, 'mail-user');
  const s = new SettingsPage(page);
  await tabTo(page, s.navLink());
  await page.keyboard.press('Enter');
  await expect(s.item('token-release')).toBeVisible();
  await expect(s.item('token-start')).toHaveCount(0);
  await tabTo(page, s.item('token-release'));
  await page.keyboard.press('Enter');
  await expect(s.screen('release')).toBeVisible();
  await expect(s.alert('warning')).toContainText('m***@docomo.ne.jp');
  await checkBoth(page, 'settings-release-about');
  await tabTo(page, s.primary());
  await page.keyboard.press('Enter');
  await expect(s.otp.root).toHaveCount(0);
  await checkBoth(page, 'settings-release-confirm');
  await authorizeByKeyboard(s, { confirm: 'demo-confirm-1' });
  await expect(s.receiptNumber()).not.toBeEmpty();
  await checkBoth(page, 'settings-release-done');
  const me = await bankMe(stack.apiUrl, 'mail-user');
  expect(me.tokenState).toBe('suspended');
  expect(me.secondFactor).toBe('mail-otp');

  // The menu offers registering again, and says mail applies meanwhile.
  await tabTo(page, s.pagePrimary());
  await page.keyboard.press('Enter');
  await expect(s.item('token-release')).toHaveCount(0);
  await tabTo(page, s.item('token-start'));
  await page.keyboard.press('Enter');
  await expect(s.note()).toBeVisible();
});
