/** The one-time password prompt shared by every flow, and the panel shown when passwords are locked. */
import { expect, type Locator, type Page } from '@playwright/test';
import { waitForOtp, type OtpMail } from '../mailbox.js';
import { either } from './text.js';

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
  destinationsCell(): Locator {
    return this.root.getByTestId('otp-destinations');
  }
  timeLeft(): Locator {
    return this.root.getByTestId('otp-time-left');
  }
  /** The prompt's own notice (expired, superseded, too many attempts, replaced). */
  alert(): Locator {
    return this.root.locator('.alert');
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
  /** The "mail did not arrive?" help, folded until opened. */
  mailHelpToggle(): Locator {
    return this.page.locator('.mail-help summary');
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

/** The panel that replaces any password step once the bank has locked one-time passwords. */
export class OtpLockPanel {
  readonly root: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByTestId('otp-lock');
  }
  title(): Locator {
    return this.root.getByRole('heading', { name: either('lock.title'), level: 1 });
  }
  phone(): Locator {
    return this.root.getByTestId('otp-lock-phone');
  }
  back(): Locator {
    return this.page.getByTestId('otp-lock-back');
  }
}
