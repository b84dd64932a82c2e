/** Page objects for the settings screens (各種利用設定), plus reading the bank's view of the customer. */
import { expect, type Locator, type Page } from '@playwright/test';
import { checkScreen } from './checks.js';
import { tabTo } from './keyboard.js';
import { OtpPromptPart } from './otp-prompt.js';
import { Shell, type Lang } from './shell.js';
import { either } from './text.js';

export { bankMe, receivedAcceptance, waitForAcceptance } from './bank-view.js';

export type SettingsItem = 'email' | 'select' | 'destinations' | 'token-start' | 'token-release' | 'language' | 'remembered' | 'about' | 'login-notice' | 'limit';

export class SettingsPage {
  readonly otp: OtpPromptPart;
  constructor(readonly page: Page) {
    this.otp = new OtpPromptPart(page);
  }
  menu(): Locator {
    return this.page.getByTestId('settings-menu');
  }
  navLink(): Locator {
    return new Shell(this.page).navNamed(either('nav.settings'));
  }
  async openMenu(): Promise<void> {
    await this.navLink().click();
    await expect(this.menu()).toBeVisible();
    // The menu shows the customer's state once /me has answered.
    await expect(this.menuStates().first()).not.toHaveText(either('common.loading'));
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
  /** The open settings page (whichever item it is). */
  pageRoot(): Locator {
    return this.page.locator('.settings-page');
  }
  alert(kind: 'info' | 'success' | 'error' | 'warning'): Locator {
    return this.page.locator(`.settings-page .alert-${kind}`);
  }
  note(): Locator {
    return this.page.locator('.settings-page .note');
  }
  /** The page's main button (back to the menu on a done or info page); see `primary` for the last one. */
  pagePrimary(): Locator {
    return this.page.locator('.settings-page .btn-primary');
  }
  pageFieldset(): Locator {
    return this.page.locator('.settings-page fieldset');
  }
  pagePasswordFields(): Locator {
    return this.page.locator('.settings-page input[type=password]');
  }
  /** The message of the whole step (not of one field). */
  pageError(): Locator {
    return this.page.locator('#auth-page-error');
  }
  /** A settings form field by its id without the `set-` prefix: `email`, `slot1-use`, `lang-en`. */
  field(id: string): Locator {
    return this.page.locator(`#set-${id}`);
  }
  fieldError(id: string): Locator {
    return this.page.locator(`#set-${id}-error`);
  }
  /** The first piece of live advice under an address field. */
  advice(id: string): Locator {
    return this.page.locator(`#set-${id}-advice li`).first();
  }
  /** One Select address (or destination) group of radio buttons. */
  slotGroup(n: 1 | 2): Locator {
    return this.page.locator(`fieldset[data-slot="${n}"]`);
  }
  slotLegend(n: 1 | 2): Locator {
    return this.slotGroup(n).locator('legend');
  }
  selectNowRows(): Locator {
    return this.page.getByTestId('select-now').locator('tbody tr');
  }
  selectNowFirstCell(n: 1 | 2): Locator {
    return this.page.getByTestId('select-now').locator(`tr[data-slot="${n}"] td`).first();
  }
  selectNowHeader(n: 1 | 2): Locator {
    return this.page.getByTestId('select-now').locator(`tr[data-slot="${n}"] th`);
  }
  menuHeading(): Locator {
    return this.menu().locator('.step-heading');
  }
  /** What the menu says of each item's current state ("loading" until the bank has answered). */
  menuStates(): Locator {
    return this.menu().locator('.settings-state');
  }
  /** What the menu says of an item's current state, beside the item. */
  menuState(name: SettingsItem): Locator {
    return this.menu().locator(`.settings-item[data-page="${name}"] + .settings-state`);
  }
  /** The way back to the menu from inside an item. */
  back(): Locator {
    return this.page.locator('.settings-back button');
  }
  languageTitle(): Locator {
    return this.page.locator('#language-title');
  }
  limitField(): Locator {
    return this.page.locator('#lim-new');
  }
  limitError(): Locator {
    return this.page.locator('#lim-new-error');
  }
  loginHistoryRows(): Locator {
    return this.page.getByTestId('login-history').locator('tbody tr');
  }
  cells(row: Locator): Locator {
    return row.locator('td');
  }
  qrPath(): Locator {
    return this.page.getByTestId('qr-code').locator('path');
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

/** From anywhere after login: the settings link in the main menu, then one item, with Tab and Enter. */
export async function openByKeyboard(s: SettingsPage, name: SettingsItem): Promise<void> {
  await tabTo(s.page, s.navLink());
  await s.page.keyboard.press('Enter');
  await expect(s.menu()).toBeVisible();
  await expect(s.menuStates().first()).not.toHaveText(either('common.loading'));
  await tabTo(s.page, s.item(name));
  await s.page.keyboard.press('Enter');
  await expect(s.page.locator('.settings-page')).toBeVisible();
}
