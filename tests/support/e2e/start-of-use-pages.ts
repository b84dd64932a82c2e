/** Page objects for start of use (new-user's first login) and the guidance page shown inside it. */
import { expect, type Locator } from '@playwright/test';
import type { Page } from '@playwright/test';
import { OtpPromptPart } from './otp-prompt.js';
import { either } from './text.js';
import { Wizard } from './transfer-pages.js';

type SouField = 'new-login' | 'new-login-again' | 'confirm' | 'confirm-again' | 'email' | 'email-again' | 'email-ack';

export class StartOfUsePage extends Wizard {
  readonly otp = new OtpPromptPart(this.page);
  title(): Locator {
    return this.page.getByRole('heading', { name: either('sou.title'), level: 1 });
  }
  field(name: SouField): Locator {
    return this.page.locator(`#sou-${name}`);
  }
  fieldError(name: SouField): Locator {
    return this.page.locator(`#sou-${name}-error`);
  }
  /** The login password's rules, each marked when met. */
  metRules(): Locator {
    return this.page.locator('#sou-new-login-rules li.met');
  }
  async passwords(p: { login: string; loginAgain?: string; confirm: string; confirmAgain?: string }): Promise<void> {
    await this.field('new-login').fill(p.login);
    await this.field('new-login-again').fill(p.loginAgain ?? p.login);
    await this.field('confirm').fill(p.confirm);
    await this.field('confirm-again').fill(p.confirmAgain ?? p.confirm);
    await this.next().click();
  }
  async email(address: string, again = address): Promise<void> {
    await this.field('email').fill(address);
    await this.field('email-again').fill(again);
  }
  advice(): Locator {
    return this.page.locator('#sou-email-advice li');
  }
  ack(): Locator {
    return this.field('email-ack');
  }
  /** The guide's address advice shown above the address field before anything is typed. */
  addressAdvice(): Locator {
    return this.page.getByTestId('address-advice');
  }
  guideLink(): Locator {
    return this.page.locator('#sou-advice-guide');
  }
  /** Opens the guidance in place of the form (what was typed stays). */
  async openGuide(): Promise<GuidancePart> {
    await this.guideLink().click();
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
  title(): Locator {
    return this.root.getByRole('heading', { name: either('guide.title'), level: 1 });
  }
  /** The page's sections in order. */
  sections(): Locator {
    return this.root.locator('section');
  }
  rule(name: 'newest' | 'mail' | 'token'): Locator {
    return this.page.getByTestId('guide-rules').locator(`[data-rule="${name}"]`);
  }
  section(name: 'select' | 'change'): Locator {
    return this.page.getByTestId(`guide-${name}`);
  }
  /** Buttons inside one section (the way to the settings exists only after login). */
  sectionButtons(name: 'select' | 'change'): Locator {
    return this.section(name).locator('button');
  }
  senderDomains(): Locator {
    return this.root.locator('.senders code');
  }
  /** The sentence above the sender domains that names the bank. */
  sendersIntro(): Locator {
    return this.root.locator('.senders p').first();
  }
  /** The page's way out: back to home, to the login, or to the start-of-use form. */
  back(): Locator {
    return this.root.locator(':scope > .actions button');
  }
}
