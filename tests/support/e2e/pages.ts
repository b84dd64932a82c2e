/** Page objects for the renderer's screens: the tests speak of steps, not selectors. */
import { expect, type Locator, type Page } from '@playwright/test';
import { waitForOtp, type OtpMail } from '../mailbox.js';

export type Lang = 'ja' | 'en';

export class Shell {
  constructor(readonly page: Page) {}
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.locator('main#main')).toBeVisible();
  }
  async setLanguage(lang: Lang): Promise<void> {
    await this.page.locator(`.lang-switch button[lang="${lang}"]`).click();
    await expect(this.page.locator('html')).toHaveAttribute('lang', lang);
  }
  async logout(): Promise<void> {
    await this.page.locator('.header-tools .btn-secondary').click();
    await expect(this.page.getByTestId('logged-out')).toBeVisible();
  }
  nav(route: 'home' | 'transfer' | 'bill' | 'guidance' | 'statements' | 'receipts'): Locator {
    return this.page.locator(`.main-nav .nav-link[data-route="${route}"]`);
  }
  /** The heading that has focus: each step moves focus to its heading. */
  focusedHeading(): Locator {
    return this.page.locator('h1:focus, h2:focus');
  }
}

export class LoginPage {
  constructor(readonly page: Page) {}
  readonly id = () => this.page.locator('#login-id');
  readonly password = () => this.page.locator('#login-password');
  readonly failure = () => this.page.locator('#login-failure');
  async login(loginId: string, password: string): Promise<void> {
    await expect(this.page.locator('#login-title')).toBeVisible();
    await this.id().fill(loginId);
    await this.password().fill(password);
    await this.page.locator('.login button[type=submit]').click();
  }
  async loginToHome(loginId: string, password = 'demo-login-1'): Promise<void> {
    await this.login(loginId, password);
    await expect(this.page.getByTestId('balance').first()).toBeVisible();
  }
}

export class OtpPromptPart {
  readonly root: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByTestId('otp-prompt');
  }
  input(): Locator {
    return this.root.locator('input.otp-input');
  }
  async reference(): Promise<string> {
    return (await this.root.getByTestId('otp-reference').innerText()).trim();
  }
  phase(): Promise<string | null> {
    return this.root.getAttribute('data-phase');
  }
  referenceCell(): Locator {
    return this.root.getByTestId('otp-reference');
  }
  /** Waiting (aria-disabled) counts as disabled for toBeDisabled and for click's wait. */
  resendButton(): Locator {
    return this.root.getByTestId('otp-resend');
  }
  /** The visible countdown while the resend button waits for the bank's cooldown. */
  resendWait(): Locator {
    return this.root.getByTestId('otp-resend-wait');
  }
  /** The announced result of the last resend (sent / too soon / failed). */
  resendStatus(): Locator {
    return this.root.locator('.resend-status');
  }
  error(): Locator {
    return this.root.locator('.otp-field .field-error');
  }
  /** "Type it again": the code was cleared after a submit that failed for another reason. */
  retypeNote(): Locator {
    return this.root.locator('.otp-field .retype-note');
  }
  /**
   * Gets a new password as a customer would: waits until the button may be pressed, presses it, and
   * when the bank answers "too soon" anyway, waits out the shown countdown and presses again. (A new
   * password brings its own countdown at once: that alone is no reason to press again.)
   */
  async resendUntilSent(waitMs: number): Promise<void> {
    const before = await this.reference();
    const sent = this.referenceCell().filter({ hasNotText: before });
    const tooSoon = this.resendStatus().and(this.page.locator('[data-kind="wait"]'));
    await expect(this.resendButton()).toBeEnabled({ timeout: waitMs });
    await this.resendButton().click();
    // Either the new reference is on screen, or the bank's "too soon" answer is.
    await expect(sent.or(tooSoon).first()).toBeVisible({ timeout: waitMs });
    if (await tooSoon.isVisible()) {
      await expect(this.resendButton()).toBeEnabled({ timeout: waitMs });
      await this.resendButton().click();
    }
    await expect(sent).toBeVisible({ timeout: waitMs });
  }
  /**
   * Reads the mail whose reference is the one on screen, and proves the send time on screen is the
   * one the mail prints, so the customer can tell the newest mail by either.
   */
  async mailFor(mailboxUrl: string, address: string): Promise<OtpMail> {
    const mail = await waitForOtp(mailboxUrl, address, { reference: await this.reference() });
    const shown = (await this.root.getByTestId('otp-sent-at').innerText()).replace(/[（(].*$/, '').trim();
    expect(shown).toMatch(/^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(mail.message.text).toContain(shown);
    return mail;
  }
}

export class Wizard {
  constructor(readonly page: Page) {}
  next(): Locator {
    return this.page.locator('form .actions button[type=submit]');
  }
  async stepHeadingFocused(): Promise<void> {
    await expect(this.page.locator('.step-heading:focus')).toHaveCount(1);
  }
}

export class TransferPage extends Wizard {
  readonly otp = new OtpPromptPart(this.page);
  async start(): Promise<void> {
    await new Shell(this.page).nav('transfer').click();
    await expect(this.page.locator('#tr-title')).toBeVisible();
  }
  async chooseRegistered(index = 0): Promise<void> {
    await this.page.locator('#tr-mode-registered').check();
    await this.page.locator(`#tr-payee-${index}`).check();
    await this.next().click();
  }
  async fillNewPayee(p: { bankCode: string; branchCode: string; accountNumber: string; name: string; accountType?: string }): Promise<void> {
    await this.page.locator('#tr-mode-new').check();
    await this.page.locator('#tr-bankCode').fill(p.bankCode);
    await this.page.locator('#tr-branchCode').fill(p.branchCode);
    if (p.accountType) await this.page.locator('#tr-accountType').selectOption(p.accountType);
    await this.page.locator('#tr-accountNumber').fill(p.accountNumber);
    await this.page.locator('#tr-name').fill(p.name);
  }
  async amount(text: string): Promise<void> {
    await expect(this.page.locator('#tr-amount')).toBeVisible();
    await this.page.locator('#tr-amount').fill(text);
    await this.next().click();
    await expect(this.page.getByTestId('review')).toBeVisible();
  }
  toAuthorizeButton(): Locator {
    return this.page.locator('.wizard .actions button.btn-primary');
  }
  async toAuthorize(): Promise<void> {
    await expect(this.toAuthorizeButton()).toBeEnabled();
    await this.toAuthorizeButton().click();
    await expect(this.page.locator('form.authorize')).toBeVisible();
  }
  confirmField(): Locator {
    return this.page.locator('form.authorize input[type=password]');
  }
  /** Under the confirmation password: it was cleared after a failed submit, type it again. */
  confirmRetypeNote(): Locator {
    return this.page.locator('form.authorize > .field .retype-note');
  }
  async authorize(confirmationPassword: string, code?: string): Promise<void> {
    if (code !== undefined) await this.otp.input().fill(code);
    await this.confirmField().fill(confirmationPassword);
    await this.page.locator('form.authorize button[type=submit]').click();
  }
  /** Keyboard only, from the focused code field: type the code, Tab to the confirmation password, Enter. */
  async authorizeByKeyboard(confirmationPassword: string, code: string): Promise<void> {
    await expect(this.otp.input()).toBeFocused();
    await this.page.keyboard.type(code);
    const confirmFocused = () => this.confirmField().evaluate((el) => el === document.activeElement);
    for (let i = 0; i < 8 && !(await confirmFocused()); i++) await this.page.keyboard.press('Tab');
    await expect(this.confirmField()).toBeFocused();
    await this.page.keyboard.type(confirmationPassword);
    await this.page.keyboard.press('Enter');
  }
  receiptNumber(): Locator {
    return this.page.getByTestId('receipt-number');
  }
}

export class BillPage extends TransferPage {
  async startBill(): Promise<void> {
    await new Shell(this.page).nav('bill').click();
    await expect(this.page.locator('#bill-title')).toBeVisible();
  }
  async fill(b: { collector: string; customer: string; confirmation: string; amount: string }): Promise<void> {
    await this.page.locator('#bill-collectorNumber').fill(b.collector);
    await this.page.locator('#bill-customerNumber').fill(b.customer);
    await this.page.locator('#bill-confirmationNumber').fill(b.confirmation);
    await this.page.locator('#bill-amount').fill(b.amount);
  }
}

export class StartOfUsePage extends Wizard {
  readonly otp = new OtpPromptPart(this.page);
  async passwords(p: { login: string; loginAgain?: string; confirm: string; confirmAgain?: string }): Promise<void> {
    await this.page.locator('#sou-new-login').fill(p.login);
    await this.page.locator('#sou-new-login-again').fill(p.loginAgain ?? p.login);
    await this.page.locator('#sou-confirm').fill(p.confirm);
    await this.page.locator('#sou-confirm-again').fill(p.confirmAgain ?? p.confirm);
    await this.next().click();
  }
  async email(address: string, again = address): Promise<void> {
    await this.page.locator('#sou-email').fill(address);
    await this.page.locator('#sou-email-again').fill(again);
  }
  advice(): Locator {
    return this.page.locator('#sou-email-advice li');
  }
  ack(): Locator {
    return this.page.locator('#sou-email-ack');
  }
  /** The guide's address advice shown above the address field before anything is typed. */
  addressAdvice(): Locator {
    return this.page.getByTestId('address-advice');
  }
  /** Opens the guidance in place of the form (what was typed stays). */
  async openGuide(): Promise<GuidancePart> {
    await this.page.locator('#sou-advice-guide').click();
    const guide = new GuidancePart(this.page);
    await expect(guide.root).toBeVisible();
    return guide;
  }
}

/** The guidance page (or the same body shown inside start-of-use). */
export class GuidancePart {
  readonly root: Locator;
  constructor(readonly page: Page) {
    this.root = page.locator('article.guidance');
  }
  rule(name: 'newest' | 'mail' | 'token'): Locator {
    return this.page.getByTestId('guide-rules').locator(`[data-rule="${name}"]`);
  }
  section(name: 'select' | 'change'): Locator {
    return this.page.getByTestId(`guide-${name}`);
  }
  /** The page's way out: back to home, to the login, or to the start-of-use form. */
  back(): Locator {
    return this.root.locator(':scope > .actions button');
  }
}
