/** Page objects for the money flows: the wizard they share, the transfer and the bill payment. */
import { expect, type Locator } from '@playwright/test';
import type { Page } from '@playwright/test';
import { OtpPromptPart } from './otp-prompt.js';
import { Shell } from './shell.js';
import { either } from './text.js';

export class Wizard {
  constructor(readonly page: Page) {}
  next(): Locator {
    return this.page.locator('form .actions button[type=submit]');
  }
  /** The step's way back (the secondary button beside the main one). */
  back(): Locator {
    return this.page.locator('form .actions .btn-secondary');
  }
  /** The review step's way back to the input. */
  reviewBack(): Locator {
    return this.page.locator('.wizard .actions button.btn-secondary');
  }
  wizard(): Locator {
    return this.page.locator('.wizard');
  }
  stepHeading(): Locator {
    return this.page.locator('.step-heading');
  }
  async stepHeadingFocused(): Promise<void> {
    await expect(this.page.locator('.step-heading:focus')).toHaveCount(1);
  }
  /** The done page's main button (back to home, or on to the login). */
  donePrimary(): Locator {
    return this.page.locator('.actions .btn-primary');
  }
}

type TransferField = 'bankCode' | 'branchCode' | 'accountType' | 'accountNumber' | 'name' | 'amount';

export class TransferPage extends Wizard {
  readonly otp = new OtpPromptPart(this.page);
  title(): Locator {
    return this.page.getByRole('heading', { name: either('tr.title'), level: 1 });
  }
  field(name: TransferField): Locator {
    return this.page.locator(`#tr-${name}`);
  }
  fieldError(name: TransferField): Locator {
    return this.page.locator(`#tr-${name}-error`);
  }
  amountField(): Locator {
    return this.field('amount');
  }
  amountError(): Locator {
    return this.fieldError('amount');
  }
  modeNew(): Locator {
    return this.page.locator('#tr-mode-new');
  }
  /** The radio group "registered payee / new payee". */
  modeGroup(): Locator {
    return this.page.locator('fieldset.choice').first();
  }
  /** The bank and branch search dialog's query field. */
  directoryQuery(): Locator {
    return this.page.locator('#dir-q');
  }
  async start(): Promise<void> {
    await new Shell(this.page).nav('transfer').click();
    await expect(this.title()).toBeVisible();
  }
  /** A registered payee's choice, by its place in the list (its label: name, bank, branch, account). */
  payeeChoice(index: number): Locator {
    return this.page.locator(`label[for="tr-payee-${index}"]`);
  }
  /** The line under the bank code that names the bank the code belongs to. */
  bankCodeName(): Locator {
    return this.page.getByTestId('bank-name');
  }
  /** Switches the payee step to the registered payees (their list shows). */
  async showRegistered(): Promise<void> {
    await this.page.locator('#tr-mode-registered').check();
  }
  async chooseRegistered(index = 0): Promise<void> {
    await this.showRegistered();
    await this.page.locator(`#tr-payee-${index}`).check();
    await this.next().click();
  }
  async fillNewPayee(p: { bankCode: string; branchCode: string; accountNumber: string; name: string; accountType?: string }): Promise<void> {
    await this.modeNew().check();
    await this.field('bankCode').fill(p.bankCode);
    await this.field('branchCode').fill(p.branchCode);
    if (p.accountType) await this.field('accountType').selectOption(p.accountType);
    await this.field('accountNumber').fill(p.accountNumber);
    await this.field('name').fill(p.name);
  }
  async amount(text: string): Promise<void> {
    await expect(this.amountField()).toBeVisible();
    await this.amountField().fill(text);
    await this.next().click();
    await expect(this.page.getByTestId('review')).toBeVisible();
  }
  toAuthorizeButton(): Locator {
    return this.page.locator('.wizard .actions button.btn-primary');
  }
  async toAuthorize(): Promise<void> {
    await expect(this.toAuthorizeButton()).toBeEnabled();
    await this.toAuthorizeButton().click();
    await expect(this.authorizeForm()).toBeVisible();
  }
  authorizeForm(): Locator {
    return this.page.locator('form.authorize');
  }
  confirmField(): Locator {
    return this.page.locator('form.authorize input[type=password]');
  }
  /** The confirmation password's own message. */
  confirmError(): Locator {
    return this.page.locator('form.authorize [id^="auth-confirm-"].field-error');
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
  receiptTitle(): Locator {
    return this.page.locator('#receipt-title');
  }
}

type BillField = 'collectorNumber' | 'customerNumber' | 'confirmationNumber' | 'amount';

export class BillPage extends TransferPage {
  billTitle(): Locator {
    return this.page.getByRole('heading', { name: either('bill.title'), level: 1 });
  }
  billField(name: BillField): Locator {
    return this.page.locator(`#bill-${name}`);
  }
  billFieldError(name: BillField): Locator {
    return this.page.locator(`#bill-${name}-error`);
  }
  async startBill(): Promise<void> {
    await new Shell(this.page).nav('bill').click();
    await expect(this.billTitle()).toBeVisible();
  }
  async fill(b: { collector: string; customer: string; confirmation: string; amount: string }): Promise<void> {
    await this.billField('collectorNumber').fill(b.collector);
    await this.billField('customerNumber').fill(b.customer);
    await this.billField('confirmationNumber').fill(b.confirmation);
    await this.billField('amount').fill(b.amount);
  }
}
