/**
 * Form checks, pure: each returns the cleaned value or, per field, the message key to show.
 * The bank checks everything again; these only save the customer a round trip.
 */
import {
  parseAccountNumber, parseAccountType, parseBankCode, parseBranchCode, normalizePayeeName,
} from '../../src-shared/domain/account.js';
import { classifyEmail, type EmailClassification } from '../../src-shared/domain/email-policy.js';
import { MAX_TRANSFER_YEN, MIN_TRANSFER_YEN, parseYen } from '../../src-shared/domain/money.js';
import { passwordProblems } from '../../src-shared/domain/passwords.js';
import { toHalfWidthDigits, withoutSpaces } from '../../src-shared/domain/text.js';
import type { AdHocPayee } from '../../src-shared/bank-api/operations.js';
import type { Vars } from '../i18n/i18n.js';
import { done, type Checked, type FieldError, type FieldErrors } from './login-form.js';

// ---- login (lib/login-form.ts, kept apart for the first screen's chunk) ----
export { checkLogin, type Checked, type FieldError, type FieldErrors, type LoginField } from './login-form.js';

// ---- start of use: passwords ----
export type PasswordsField = 'newLogin' | 'newLoginAgain' | 'confirm' | 'confirmAgain';
export interface PasswordsInput { newLogin: string; newLoginAgain: string; confirm: string; confirmAgain: string }
export function checkPasswords(p: PasswordsInput): Checked<{ newLoginPassword: string; confirmationPassword: string }, PasswordsField> {
  const errors: FieldErrors<PasswordsField> = {};
  if (passwordProblems(p.newLogin).length > 0) errors.newLogin = { key: 'sou.err.newLoginRules' };
  else if (p.newLoginAgain !== p.newLogin) errors.newLoginAgain = { key: 'sou.err.newLoginMismatch' };
  if (passwordProblems(p.confirm).length > 0) errors.confirm = { key: 'sou.err.confirmRules' };
  else if (p.confirm === p.newLogin) errors.confirm = { key: 'sou.err.confirmSameAsLogin' };
  else if (p.confirmAgain !== p.confirm) errors.confirmAgain = { key: 'sou.err.confirmMismatch' };
  return done(errors, () => ({ newLoginPassword: p.newLogin, confirmationPassword: p.confirm }));
}

// ---- e-mail address with advice ----
export type EmailField = 'email' | 'emailAgain' | 'ack';
export function checkEmail(input: { email: string; emailAgain?: string; ack: boolean }): Checked<{ email: string; acknowledgeFreeMail: boolean }, EmailField> & { classification: EmailClassification } {
  const c = classifyEmail(input.email);
  const errors: FieldErrors<EmailField> = {};
  if (!c.valid) errors.email = { key: `email.err.${c.error}` };
  else {
    if (input.emailAgain !== undefined && classifyEmail(input.emailAgain).normalized !== c.normalized) errors.emailAgain = { key: 'sou.err.emailMismatch' };
    if (c.requiresAcknowledgement && !input.ack) errors.ack = { key: 'email.err.ackRequired' };
  }
  const result = done(errors, () => ({ email: c.normalized, acknowledgeFreeMail: c.valid && c.requiresAcknowledgement && input.ack }));
  return { ...result, classification: c };
}

// ---- amounts ----
export function checkAmount(text: string, format: (yen: number) => string): { ok: true; value: number } | { ok: false; error: FieldError } {
  const r = parseYen(text);
  if (r.ok) return r;
  const vars: Vars = { min: format(MIN_TRANSFER_YEN), max: format(MAX_TRANSFER_YEN) };
  return { ok: false, error: { key: `amount.err.${r.error.code}`, vars } };
}

// ---- new payee (都度振込) ----
export type PayeeField = 'bankCode' | 'branchCode' | 'accountType' | 'accountNumber' | 'name';
export interface PayeeInput { bankCode: string; branchCode: string; accountType: string; accountNumber: string; name: string }
export function checkPayee(p: PayeeInput): Checked<AdHocPayee, PayeeField> {
  const errors: FieldErrors<PayeeField> = {};
  const bank = parseBankCode(p.bankCode);
  const branch = parseBranchCode(p.branchCode);
  const type = parseAccountType(p.accountType);
  const number = parseAccountNumber(p.accountNumber);
  const name = normalizePayeeName(p.name);
  if (!bank.ok) errors.bankCode = { key: 'tr.err.bankCode' };
  if (!branch.ok) errors.branchCode = { key: 'tr.err.branchCode' };
  if (!type.ok) errors.accountType = { key: 'tr.err.accountType' };
  if (!number.ok) errors.accountNumber = { key: 'tr.err.accountNumber' };
  if (!name.ok) {
    const e = name.error;
    errors.name =
      e.code === 'PAYEE_NAME_EMPTY' ? { key: 'tr.err.nameEmpty' }
      : e.code === 'PAYEE_NAME_TOO_LONG' ? { key: 'tr.err.nameTooLong', vars: { max: e.max } }
      : { key: 'tr.err.nameChars', vars: { chars: e.chars.join(' ') } };
  }
  return done(errors, () => ({
    bankCode: bank.ok ? bank.value : '',
    branchCode: branch.ok ? branch.value : '',
    accountType: type.ok ? type.value : 'ordinary',
    accountNumber: number.ok ? number.value : '',
    name: name.ok ? name.value : '',
  }));
}

/** The name as the transfer will carry it, for a live preview; null while it cannot be sent. */
export function payeeNamePreview(text: string): string | null {
  const r = normalizePayeeName(text);
  return r.ok ? r.value : null;
}

// ---- bill payment (Pay-easy) ----
export type BillField = 'collectorNumber' | 'customerNumber' | 'confirmationNumber' | 'amount';
export interface BillInput { collectorNumber: string; customerNumber: string; confirmationNumber: string; amount: string }
export interface BillValue { collectorNumber: string; customerNumber: string; confirmationNumber: string; amount: number }

function digits(text: string): string {
  return toHalfWidthDigits(withoutSpaces(text)).replace(/[-‐－]/g, '');
}

export function checkBill(b: BillInput, format: (yen: number) => string): Checked<BillValue, BillField> {
  const errors: FieldErrors<BillField> = {};
  const collector = digits(b.collectorNumber);
  const customer = digits(b.customerNumber);
  const confirmation = digits(b.confirmationNumber);
  if (!/^\d{5}$/.test(collector)) errors.collectorNumber = { key: 'bill.err.collector' };
  if (!/^\d{1,20}$/.test(customer)) errors.customerNumber = { key: 'bill.err.customerNumber' };
  if (!/^\d{1,6}$/.test(confirmation)) errors.confirmationNumber = { key: 'bill.err.confirmationNumber' };
  const amount = checkAmount(b.amount, format);
  if (!amount.ok) errors.amount = amount.error;
  return done(errors, () => ({ collectorNumber: collector, customerNumber: customer, confirmationNumber: confirmation, amount: amount.ok ? amount.value : 0 }));
}
