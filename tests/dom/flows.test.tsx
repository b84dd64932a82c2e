/**
 * The payment flows' own error branches, on the screens as the app shows them: what the customer
 * sees when the bank cannot be read as a flow opens (the bank answers 503 to every request, armed
 * with its tester faults), and that reading again once it answers brings the form back; and the
 * bank refusing a transfer it was asked to prepare (more than the balance), with the way back to
 * the amount.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import BillPayment from '../../src-renderer/screens/BillPayment.js';
import Transfer from '../../src-renderer/screens/Transfer.js';
import { user } from './support/screen.js';
import { domStack, text } from './support/stack.js';

const stack = domStack();
afterEach(() => stack.bank.fail503('any', 0));

/** Logs in, then makes the bank refuse everything while `screen` opens; the refusal it shows. */
async function openWhileBankFails(ui: React.ReactElement): Promise<HTMLElement> {
  await stack.login();
  await stack.bank.fail503('any', 100);
  render(ui);
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain(text('home.loadError'));
  await stack.bank.fail503('any', 0);
  return alert;
}

describe('flows when the bank cannot be read', () => {
  it('bill payment says the accounts could not be read, and reading again shows the account to pay from', async () => {
    const alert = await openWhileBankFails(<BillPayment />);
    expect(screen.queryByText(text('tr.from'))).toBeNull();
    await user().click(screen.getByRole('button', { name: text('common.retry') }));
    expect(await screen.findByText(text('tr.from'))).toBeTruthy();
    expect(alert.isConnected).toBe(false);
  });

  it('transfer says the registered payees could not be read, and reading again lists them', async () => {
    await openWhileBankFails(<Transfer />);
    const payees = await stack.bridge.payees.list({});
    if (!payees.ok) throw new Error(payees.error.code);
    expect(screen.queryByText(payees.value.payees[0]!.name, { exact: false })).toBeNull();
    await user().click(screen.getByRole('button', { name: text('common.retry') }));
    expect(await screen.findByText(payees.value.payees[0]!.name, { exact: false })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('transfer refused by the bank', () => {
  it('more than the balance: the review says why and offers to change the amount, which keeps what was typed', async () => {
    await stack.login();
    const accounts = await stack.bridge.accounts.list({});
    if (!accounts.ok) throw new Error(accounts.error.code);
    const amount = String(accounts.value.accounts[0]!.balance + 1_000);
    render(<Transfer />);
    const u = user();
    const payees = await screen.findByRole('group', { name: text('tr.payee.pick') });
    await u.click(within(payees).getAllByRole('radio')[0]!);
    await u.click(screen.getByRole('button', { name: text('common.next') }));
    await u.type(await screen.findByLabelText(text('tr.amount'), { exact: false }), amount);
    await u.click(screen.getByRole('button', { name: text('common.next') }));
    const carryOn = await screen.findByRole('button', { name: text('tr.toAuthorize') });
    await waitFor(() => expect((carryOn as HTMLButtonElement).disabled).toBe(false));
    await u.click(carryOn);
    const refusal = await screen.findByRole('alert');
    expect(refusal.textContent).toContain(text('error.INSUFFICIENT_FUNDS'));
    await u.click(within(refusal).getByRole('button', { name: text('tr.changeAmount') }));
    expect((await screen.findByLabelText(text('tr.amount'), { exact: false }) as HTMLInputElement).value).toBe(amount);
  });
});
