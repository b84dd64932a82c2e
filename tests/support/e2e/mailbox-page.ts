/**
 * The demo bank's mailbox page with its tester controls (served by mock-bank, outside the app). Its
 * labels are the bank's own, bilingual and inline in its page (it has no catalog), so they live here
 * once rather than in the specs.
 */
import { expect, type Locator, type Page } from '@playwright/test';

const LABELS = {
  customer: '顧客 / Customer',
  requests: '対象 / Requests',
  mode: '種類 / Mode',
  count: '回数 / Count',
  arm: '設定 / Arm',
  copy: /^コピー \/ Copy ?: メール通知パスワード \/ Password$/,
} as const;

export const MAILBOX_WORDS = {
  expired: (n: number) => `失効 / Expired: ${n}`,
  nothingArmed: 'なし / None',
  voided: '無効 / void',
  copied: 'コピーしました / Copied',
  bankTime: 'Bank time',
} as const;

export class MailboxPage {
  constructor(readonly page: Page) {}
  static async open(from: Page, url: string): Promise<MailboxPage> {
    const page = await from.context().newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(url);
    const mailbox = new MailboxPage(page);
    await expect(mailbox.state()).toContainText(MAILBOX_WORDS.bankTime);
    return mailbox;
  }
  state(): Locator {
    return this.page.getByTestId('tester-state');
  }
  result(): Locator {
    return this.page.getByTestId('tester-result');
  }
  async expireOtpsOf(loginId: string): Promise<void> {
    await this.page.getByLabel(LABELS.customer).first().selectOption(loginId);
    await this.page.getByTestId('expire-otps').click();
  }
  async armFault(kind: string, mode: string, count: number): Promise<void> {
    await this.page.getByLabel(LABELS.requests).selectOption(kind);
    await this.page.getByLabel(LABELS.mode).selectOption(mode);
    await this.page.getByLabel(LABELS.count).fill(String(count));
    await this.page.getByRole('button', { name: LABELS.arm }).click();
  }
  mails(): Locator {
    return this.page.locator('article');
  }
  mailWith(text: string): Locator {
    return this.page.locator('article', { hasText: text });
  }
  voidedMails(): Locator {
    return this.page.locator('article.voided');
  }
  copyButton(mail: Locator): Locator {
    return mail.locator('button.copy').first();
  }
  copyText(button: Locator): Locator {
    return button.locator('.copy-text');
  }
  readonly copyName = LABELS.copy;
}
