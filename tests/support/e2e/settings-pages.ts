/** Page objects for the settings screens (各種利用設定), plus reading the bank's view of the customer. */
import { expect, type Locator, type Page } from '@playwright/test';
import { Me as MeSchema, type Me } from '../../../src-shared/bank-api/customer.js';
import type { MailboxMessage } from '../../../src-shared/bank-api/mailbox.js';
import { listMessages, waitForMessage } from '../mailbox.js';
import { checkScreen } from './checks.js';
import { tabTo } from './keyboard.js';
import { OtpPromptPart, Shell, type Lang } from './pages.js';

export type SettingsItem = 'email' | 'select' | 'destinations' | 'token-start' | 'token-release' | 'language' | 'remembered' | 'about';

export class SettingsPage {
  readonly otp: OtpPromptPart;
  constructor(readonly page: Page) {
    this.otp = new OtpPromptPart(page);
  }
  menu(): Locator {
    return this.page.getByTestId('settings-menu');
  }
  navLink(): Locator {
    return this.page.locator('.main-nav .nav-link').filter({ hasText: /^(各種利用設定|Settings)$/ });
  }
  async openMenu(): Promise<void> {
    await this.navLink().click();
    await expect(this.menu()).toBeVisible();
    // The menu shows the customer's state once /me has answered.
    await expect(this.menu().locator('.settings-state').first()).not.toHaveText(/読み込んで|Loading/);
  }
  item(name: SettingsItem): Locator {
    return this.page.locator(`.settings-item[data-page="${name}"]`);
  }
  async open(name: SettingsItem): Promise<void> {
    await this.openMenu();
    await this.item(name).click();
    await expect(this.page.locator('.settings-page')).toBeVisible();
  }
  screen(id: string): Locator {
    return this.page.getByTestId(`settings-${id}`);
  }
  stepHeading(): Locator {
    return this.page.locator('.settings-page .step-heading');
  }
  /** The main button of the step on screen (the form's submit, or the page's primary button). */
  primary(): Locator {
    return this.page.locator('.settings-page .btn-primary').last();
  }
  authorizeForm(): Locator {
    return this.page.locator('form.authorize');
  }
  confirmField(): Locator {
    return this.authorizeForm().locator('input[type=password]');
  }
  submitAuthorize(): Locator {
    return this.authorizeForm().locator('button[type=submit]');
  }
  async authorize(values: { code?: string; confirm?: string }): Promise<void> {
    await expect(this.authorizeForm()).toBeVisible();
    if (values.code !== undefined) await this.otp.input().fill(values.code);
    if (values.confirm !== undefined) await this.confirmField().fill(values.confirm);
    await this.submitAuthorize().click();
  }
  receiptNumber(): Locator {
    return this.page.getByTestId('receipt-number');
  }
  destinations(): Locator {
    return this.otp.root.getByTestId('otp-destinations').locator('li');
  }
}

/**
 * Opens the app in Japanese. The language is a saved preference: where hosts share one OS keychain
 * (a run under scripts/with-keyring.sh) another spec may have left English behind.
 */
export async function openInJapanese(page: Page, appUrl: string): Promise<void> {
  const shell = new Shell(page);
  await shell.open(appUrl);
  if ((await page.evaluate(() => document.documentElement.lang)) !== 'ja') await shell.setLanguage('ja');
}

/** The customer as the bank sees them now, through the app's own customer.me call. */
/**
 * The customer as the bank itself records it (GET /me over the bank's API, with a session of its
 * own), not as the app shows it: a mistake in main's mapping cannot hide a wrong bank state.
 */
export async function bankMe(apiUrl: string, loginId: string, password = 'demo-login-1'): Promise<Me> {
  const login = await fetch(`${apiUrl}/api/v1/sessions`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ loginId, password, channel: 'pc' }),
  });
  if (login.status !== 201) throw new Error(`bank login of ${loginId} failed: ${login.status} ${await login.text()}`);
  const { token } = (await login.json()) as { token: string };
  const auth = { authorization: `Bearer ${token}` };
  try {
    const me = await fetch(`${apiUrl}/api/v1/me`, { headers: auth });
    if (me.status !== 200) throw new Error(`GET /me for ${loginId} failed: ${me.status} ${await me.text()}`);
    return MeSchema.parse(await me.json());
  } finally {
    await fetch(`${apiUrl}/api/v1/sessions/current`, { method: 'DELETE', headers: auth });
  }
}

/** axe and a screenshot in both languages, returning to the language the screen was in. */
export async function checkBoth(page: Page, name: string): Promise<void> {
  const shell = new Shell(page);
  const first = (await page.evaluate(() => document.documentElement.lang)) as Lang;
  const other: Lang = first === 'ja' ? 'en' : 'ja';
  await checkScreen(page, name);
  await shell.setLanguage(other);
  await checkScreen(page, name);
  await shell.setLanguage(first);
}

/** The acceptance notice of one receipt, as delivered to `address`. */
export function waitForAcceptance(mailboxUrl: string, address: string, receiptNumber: string): Promise<MailboxMessage> {
  return waitForMessage(mailboxUrl, address, (m) => m.text.includes(receiptNumber), 10_000);
}

/** Whether any mail to `address` mentions the receipt (the notice is one mail to all recipients). */
export async function receivedAcceptance(mailboxUrl: string, address: string, receiptNumber: string): Promise<boolean> {
  return (await listMessages(mailboxUrl, address)).some((m) => m.text.includes(receiptNumber));
}

/** From anywhere after login: the settings link in the main menu, then one item, with Tab and Enter. */
export async function openByKeyboard(s: SettingsPage, name: SettingsItem): Promise<void> {
  await tabTo(s.page, s.navLink());
  await s.page.keyboard.press('Enter');
  await expect(s.menu()).toBeVisible();
  await expect(s.menu().locator('.settings-state').first()).not.toHaveText(/読み込んで|Loading/);
  await tabTo(s.page, s.item(name));
  await s.page.keyboard.press('Enter');
  await expect(s.page.locator('.settings-page')).toBeVisible();
}
