/**
 * The authorize step's answers to the bank, each from the real bank through the real core: a
 * wrong confirmation password, a wrong mailed password with tries left, too many tries, a password
 * the bank expired, an older mail's password after a resend, and the session gone. Where focus
 * goes and what each field says come from the catalogs.
 */
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi, type Mock } from 'vitest';
import type { CreateOperationResponse } from '../../src-shared/bank-api/operations.js';
import { AuthorizeStep, type Completed } from '../../src-renderer/components/AuthorizeStep.js';
import { useApp } from '../../src-renderer/state/app-store.js';
import { carryOut, codeField, confirmField, resendButton, resendWaits, user, wrongCode } from './support/screen.js';
import { advance, CONFIRMATION_PASSWORD, domStack, MAIL_USER, text } from './support/stack.js';

const stack = domStack();

async function authorizeStep(): Promise<{ op: CreateOperationResponse; code: string; done: Mock<(c: Completed) => void> }> {
  await stack.login();
  const op = await stack.createTransfer();
  const done = vi.fn<(c: Completed) => void>();
  render(<AuthorizeStep operation={{ id: op.id, factors: op.factors, otp: op.otp }} onCompleted={done} />);
  const mail = await stack.bank.otpMail(MAIL_USER.address, op.otp!.reference);
  return { op, code: mail.code, done };
}

describe('authorize step', () => {
  it('a wrong confirmation password: its field says so with tries left and takes focus; the code is to be typed again', async () => {
    const { code, done } = await authorizeStep();
    await carryOut({ code, confirm: 'wrong-confirm-1' });
    expect(await screen.findByText(text('auth.err.confirmInvalid', { n: 4 }))).toBeTruthy();
    expect(document.activeElement).toBe(confirmField());
    expect(confirmField().value).toBe('');
    expect(codeField().value).toBe('');
    expect(screen.getByText(text('otp.retype'))).toBeTruthy();
    expect(done).not.toHaveBeenCalled();
  });

  it('a wrong mailed password: tries left beside the code, focus there, the confirmation password to be typed again; then the right one completes', async () => {
    const { code, done } = await authorizeStep();
    await carryOut({ code: wrongCode(code), confirm: CONFIRMATION_PASSWORD });
    expect(await screen.findByText(text('otp.err.invalid', { n: 4 }))).toBeTruthy();
    expect(document.activeElement).toBe(codeField());
    expect(codeField().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(text('auth.confirmRetype'))).toBeTruthy();

    await carryOut({ code, confirm: CONFIRMATION_PASSWORD });
    expect(done).toHaveBeenCalledTimes(1);
    expect(done.mock.calls[0]![0].status).toBe('completed');
  });

  it('too many wrong codes void the password: the field closes and focus goes to the resend button', async () => {
    const { code } = await authorizeStep();
    for (let i = 0; i < 4; i++) await carryOut({ code: wrongCode(code), confirm: CONFIRMATION_PASSWORD });
    expect(screen.getByText(text('otp.err.invalid', { n: 1 }))).toBeTruthy();
    await carryOut({ code: wrongCode(code), confirm: CONFIRMATION_PASSWORD });
    expect(await screen.findByText(text('otp.exceeded.title'))).toBeTruthy();
    expect(codeField().disabled).toBe(true);
    expect(document.activeElement).toBe(resendButton());
  });

  it('a password the bank expired: the field closes, resend takes focus, and a new password completes the transfer', async () => {
    const { op, done } = await authorizeStep();
    await stack.bank.expireOtps(MAIL_USER.loginId);
    await carryOut({ code: '123456', confirm: CONFIRMATION_PASSWORD });
    expect(await screen.findByText(text('otp.expired.title'))).toBeTruthy();
    expect(codeField().disabled).toBe(true);
    expect(document.activeElement).toBe(resendButton());

    // The renderer's cooldown is still running on its own clock; the bank's moves on a minute.
    await stack.bank.advanceMinutes(1);
    const fresh = await resendAfterCooldown(op);
    expect(codeField().disabled).toBe(false);
    expect(screen.queryByText(text('otp.expired.title'))).toBeNull();
    await carryOut({ code: fresh, confirm: CONFIRMATION_PASSWORD });
    expect(done).toHaveBeenCalledTimes(1);
  });

  it("an older mail's password after a resend: names the newest reference and keeps the field open", async () => {
    const { op, code } = await authorizeStep();
    await stack.bank.advanceMinutes(1);
    await resendAfterCooldown(op);
    const newest = useNewestReference();
    await carryOut({ code, confirm: CONFIRMATION_PASSWORD });
    expect(await screen.findByText(text('otp.superseded.body', { reference: newest }))).toBeTruthy();
    expect(screen.getByText(text('otp.superseded.title'))).toBeTruthy();
    expect(codeField().disabled).toBe(false);
    expect(document.activeElement).toBe(codeField());
  });

  it('the session gone at the bank (customer locked there): the app moves to the logged-out screen', async () => {
    const { code } = await authorizeStep();
    await stack.bank.lock(MAIL_USER.loginId, true);
    await carryOut({ code, confirm: CONFIRMATION_PASSWORD });
    expect(useApp.getState()).toMatchObject({ session: 'logged-out', route: 'logged-out', endReason: 'revoked' });
  });
});

/** Waits out the prompt's cooldown on the fake clock, presses resend and returns the new mail's code. */
async function resendAfterCooldown(op: CreateOperationResponse): Promise<string> {
  const cooldownMs = Date.parse(op.otp!.resendAvailableAt!) - Date.parse(op.otp!.sentAt);
  await advance(cooldownMs);
  expect(resendWaits()).toBe(false);
  await user().click(resendButton());
  const note = await screen.findByText((_, node) => node?.getAttribute('data-kind') === 'ok');
  const reference = /\d{4}/.exec(note.textContent ?? '')![0];
  expect(note.textContent).toBe(text('otp.resent', { reference }));
  return (await stack.bank.otpMail(MAIL_USER.address, reference)).code;
}

function useNewestReference(): string {
  return screen.getByText((_, node) => node?.classList.contains('reference') === true).textContent ?? '';
}
