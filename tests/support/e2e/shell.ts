/** The app's frame (header, menu, language, logout, the logged-out page) and the login screen. */
import { expect, type Locator, type Page } from '@playwright/test';
import { either, fieldLabel, translate, type MessageKey } from './text.js';

export type Lang = 'ja' | 'en';
export type Route = 'home' | 'transfer' | 'bill' | 'guidance' | 'statements' | 'receipts';

export class Shell {
  constructor(readonly page: Page) {}
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.untilLive();
  }
  /** The page's main part: `aria-busy` while only the prerendered HTML is there. */
  main(): Locator {
    return this.page.locator('main#main');
  }
  /**
   * The login screen is in the page's HTML before the script runs (a customer build's
   * index.html); the app has taken it over once its main part is no longer busy.
   */
  async untilLive(): Promise<void> {
    await expect(this.page.locator('main#main:not([aria-busy])')).toBeVisible();
  }
  /** The document's root: its `lang` is the language on screen. */
  html(): Locator {
    return this.page.locator('html');
  }
  /** Each language is offered under its own name (日本語, English). */
  languageButton(lang: Lang): Locator {
    return this.page.getByRole('group', { name: either('app.language') }).getByRole('button', { name: translate(lang, `app.language.${lang}`), exact: true });
  }
  async setLanguage(lang: Lang): Promise<void> {
    await this.languageButton(lang).click();
    await expect(this.html()).toHaveAttribute('lang', lang);
  }
  logoutButton(): Locator {
    return this.page.getByRole('banner').getByRole('button', { name: either('nav.logout') });
  }
  async logout(): Promise<void> {
    await this.logoutButton().click();
    await expect(this.loggedOut()).toBeVisible();
  }
  mainNav(): Locator {
    return this.page.getByRole('navigation', { name: either('nav.label') });
  }
  nav(route: Route): Locator {
    return this.navNamed(either(`nav.${route}` satisfies MessageKey));
  }
  /** A main menu link by its name (the menu's order changes as screens are added). */
  navNamed(name: string | RegExp): Locator {
    return this.mainNav().getByRole('button', { name });
  }
  /** The heading that has focus: each step moves focus to its heading. */
  focusedHeading(): Locator {
    return this.page.locator('h1:focus, h2:focus');
  }
  /** Fields that take a password or a one-time password anywhere on the page's main part. */
  passwordFields(): Locator {
    return this.page.locator('main input[type=password], main input.otp-input');
  }
  /** Field messages that say something (an empty one is only the place kept for it). */
  shownFieldErrors(): Locator {
    return this.page.locator('.field-error:not(:empty)');
  }
  loggedOut(): Locator {
    return this.page.getByTestId('logged-out');
  }
  loggedOutTitle(): Locator {
    return this.loggedOut().getByRole('heading', { name: either('out.title') });
  }
  /** The logged-out page's way back to the login. */
  loginAgain(): Locator {
    return this.loggedOut().getByRole('button', { name: either('out.again') });
  }
  balance(): Locator {
    return this.page.getByTestId('balance').first();
  }
  homeTitle(): Locator {
    return this.page.getByRole('heading', { name: either('home.title'), level: 1 });
  }
  historyRows(): Locator {
    return this.page.getByTestId('history').locator('tbody tr');
  }
  /** The bank's sender domains, as any screen that lists them shows them. */
  senderDomains(): Locator {
    return this.page.locator('.senders code');
  }
  idleDialog(): Locator {
    return this.page.getByRole('dialog');
  }
  idleTitle(): Locator {
    return this.idleDialog().getByRole('heading', { name: either('idle.title') });
  }
  idleBody(): Locator {
    return this.idleDialog().locator('#idle-body');
  }
}

export class LoginPage {
  constructor(readonly page: Page) {}
  readonly title = () => this.page.getByRole('heading', { name: either('login.title'), level: 1 });
  readonly id = () => this.page.getByLabel(fieldLabel('login.loginId'));
  readonly idError = () => this.page.locator('#login-id-error');
  readonly password = () => this.page.getByLabel(fieldLabel('login.password'));
  readonly remember = () => this.page.getByRole('checkbox', { name: either('login.remember') });
  readonly failure = () => this.page.locator('#login-failure');
  readonly submit = () => this.page.getByRole('button', { name: either('login.submit') });
  /** The login screen's link to the guidance page. */
  readonly guidanceLink = () => this.page.getByRole('button', { name: either('login.guidanceLink') });
  async login(loginId: string, password: string): Promise<void> {
    await expect(this.title()).toBeVisible();
    await this.id().fill(loginId);
    await this.password().fill(password);
    await this.submit().click();
  }
  async loginToHome(loginId: string, password = 'demo-login-1'): Promise<void> {
    await this.login(loginId, password);
    await expect(this.page.getByTestId('balance').first()).toBeVisible();
  }
}
