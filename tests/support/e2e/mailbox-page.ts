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
  minutes: '進める分数 / Minutes',
  delay: '遅延秒数 / Delay (s)',
} as const;

/** The tester panel's forms (by their headings) and their buttons. */
const CONTROLS = {
  clock: { form: '銀行の時計 / Bank clock', advance: '進める / Advance', 'next-day': '翌日へ / Next day', reset: '現在時刻に戻す / Real time' },
  mail: { form: 'メール送信 / Outgoing mail', delay: '遅延を設定 / Set delay', hold: '保留 / Hold', release: '保留分を送る / Release' },
  lock: { form: 'ロック / Lock', lock: 'ロック / Lock', unlock: '解除 / Unlock' },
  reset: { form: '初期化 / Reset', reset: 'シードデータに戻す / Reset to seed data' },
} as const;

export const MAILBOX_WORDS = {
  expired: (n: number) => `失効 / Expired: ${n}`,
  done: '完了 / Done',
  locked: (loginId: string) => `ロックしました / Locked: ${loginId}`,
  unlocked: (loginId: string) => `解除しました / Unlocked: ${loginId}`,
  clockMoved: (minutes: number) => `時計 / Clock +${minutes} 分/min`,
  realTime: '時計 / Clock: 実時間 / real time',
  mailDelay: (seconds: number) => `メール遅延 / Mail delay ${seconds} s`,
  mailHeld: 'メール保留中 / Mail held',
  active: '有効 / Active',
  nothingArmed: 'なし / None',
  voided: '無効 / void',
  copied: 'コピーしました / Copied',
  bankTime: 'Bank time',
  operationCompleted: '完了 / Completed',
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
  private control<C extends keyof typeof CONTROLS>(control: C): Locator {
    return this.page.getByRole('form', { name: CONTROLS[control].form, exact: true });
  }
  private async press<C extends keyof typeof CONTROLS>(control: C, button: Exclude<keyof (typeof CONTROLS)[C], 'form'>): Promise<void> {
    await this.control(control).getByRole('button', { name: CONTROLS[control][button] as string, exact: true }).click();
  }
  async clock(action: 'advance' | 'next-day' | 'reset', minutes?: number): Promise<void> {
    if (minutes !== undefined) await this.control('clock').getByLabel(LABELS.minutes).fill(String(minutes));
    await this.press('clock', action);
  }
  async mail(action: 'delay' | 'hold' | 'release', seconds?: number): Promise<void> {
    if (seconds !== undefined) await this.control('mail').getByLabel(LABELS.delay).fill(String(seconds));
    await this.press('mail', action);
  }
  async lock(loginId: string, locked: boolean): Promise<void> {
    await this.control('lock').getByLabel(LABELS.customer).selectOption(loginId);
    await this.press('lock', locked ? 'lock' : 'unlock');
  }
  async resetToSeed(): Promise<void> {
    await this.press('reset', 'reset');
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
  /** Follows a mail's link to its operation's page (this tab) and gives the page's status and receipt. */
  async openOperation(mail: Locator): Promise<{ status: Locator; receipt: Locator }> {
    await mail.getByTestId('operation-link').click();
    await this.page.waitForURL(/\/operations\/[^/]+$/);
    return { status: this.page.getByTestId('operation-status'), receipt: this.page.getByTestId('operation-receipt') };
  }
}
