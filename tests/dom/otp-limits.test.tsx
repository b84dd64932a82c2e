/**
 * The bank's per-customer limits on one-time passwords, reached for real with low limits: wrong
 * codes until the bank locks protected operations (the screen's gate shows the locked panel in
 * place of the form), and passwords sent until the hourly issue limit (the window's notice counts
 * down on the fake clock, the resend button waits for it, and both free up when it is over).
 */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AuthorizeStep } from '../../src-renderer/components/AuthorizeStep.js';
import { IssueWaitNotice } from '../../src-renderer/components/IssueWait.js';
import { OtpLockGate } from '../../src-renderer/components/OtpLock.js';
import { LoginNotice } from '../../src-renderer/screens/settings/LoginNotice.js';
import { carryOut, codeField, resendButton, resendWaits, user, wrongCode } from './support/screen.js';
import { advance, CONFIRMATION_PASSWORD, domStack, MAIL_USER, text } from './support/stack.js';

const stack = domStack({ BANK_OTP_FAILURES_BEFORE_LOCK: '2', BANK_OTP_ISSUE_PER_HOUR: '2' }, { resetEach: true });

async function transferStep() {
  await stack.login();
  const op = await stack.createTransfer();
  render(
    <>
      <OtpLockGate onMenu={() => undefined} menuLabel={text('nav.home')}>
        <AuthorizeStep operation={{ id: op.id, factors: op.factors, otp: op.otp }} onCompleted={() => undefined} />
      </OtpLockGate>
      <IssueWaitNotice />
    </>,
  );
  await screen.findByLabelText(text('otp.code'));
  return op;
}

describe('one-time password limits', () => {
  it('wrong codes up to the bank budget: the form gives way to the locked panel with a way back', async () => {
    const op = await transferStep();
    const { code } = await stack.bank.otpMail(MAIL_USER.address, op.otp!.reference);
    await carryOut({ code: wrongCode(code), confirm: CONFIRMATION_PASSWORD });
    expect(screen.getByText(text('otp.err.invalid', { n: 4 }))).toBeTruthy();
    await user().type(codeField(), wrongCode(code));
    await user().type(screen.getByLabelText(text('auth.confirmPassword'), { exact: false }), CONFIRMATION_PASSWORD);
    await user().click(screen.getByRole('button', { name: text('auth.submit') }));
    expect(await screen.findByRole('heading', { name: text('lock.title') })).toBeTruthy();
    expect(screen.getByText(text('lock.stillOk'))).toBeTruthy();
    expect(screen.getByRole('button', { name: text('nav.home') })).toBeTruthy();
    expect(screen.queryByLabelText(text('otp.code'))).toBeNull();
  });

  it('the hourly issue limit: the notice counts down, resend waits for it, and both free up when it is over', async () => {
    const op = await transferStep();
    const cooldownMs = Date.parse(op.otp!.resendAvailableAt!) - Date.parse(op.otp!.sentAt);
    // The second password of the hour is sent; the third is refused.
    for (const expected of ['sent', 'refused'] as const) {
      await stack.bank.advanceMinutes(1);
      await advance(cooldownMs);
      expect(resendWaits()).toBe(false);
      await user().click(resendButton());
      if (expected === 'sent') await screen.findByText((_, node) => node?.getAttribute('data-kind') === 'ok');
    }
    const notice = await screen.findByText(text('lock.issue.title'), { selector: '.alert-title' });
    expect(notice).toBeTruthy();
    expect(resendWaits()).toBe(true);
    expect(screen.getByText(text('lock.issue.why'))).toBeTruthy();
    // The first password of the hour ages out an hour after it was sent, by the bank's clock: the
    // bank's clock had moved two minutes on, so 58 minutes from the refusal.
    await advance(57 * 60_000);
    expect(resendWaits()).toBe(true);
    expect(screen.queryByText(text('lock.issue.over'))).toBeNull();
    await advance(60_000);
    expect(await screen.findByText(text('lock.issue.over'))).toBeTruthy();
    expect(resendWaits()).toBe(false);
    expect(screen.getByRole('button', { name: text('common.close') })).toBeTruthy();
  });

  it('the login notice page: stopping the notices gives way to the locked panel, learned from GET /me', async () => {
    await stack.login();
    const before = render(<LoginNotice onMenu={() => undefined} />);
    expect(await screen.findByRole('button', { name: text('lgn.notice.toOff') })).toBeTruthy();
    before.unmount();
    // The budget (2) spent elsewhere, straight through the core: the renderer's store sees none of it.
    const op = await stack.createTransfer();
    const { code } = await stack.bank.otpMail(MAIL_USER.address, op.otp!.reference);
    const answers: string[] = [];
    for (let i = 0; i < 2; i++) {
      const r = await stack.bridge.operations.authorize({ operationId: op.id, intentId: crypto.randomUUID(), mailOtp: wrongCode(code), confirmationPassword: CONFIRMATION_PASSWORD });
      answers.push(r.ok ? 'ok' : r.error.code);
    }
    expect(answers).toEqual(['OTP_INVALID', 'OTP_LOCKED']);
    render(<LoginNotice onMenu={() => undefined} />);
    expect(await screen.findByRole('heading', { name: text('lock.title') })).toBeTruthy();
    expect(screen.getByTestId('otp-lock-phone').textContent).toMatch(/\d{2,4}-\d{2,4}-\d{3,4}/);
    expect(screen.queryByRole('button', { name: text('lgn.notice.toOff') })).toBeNull();
    expect(screen.getByRole('button', { name: text('set.backToMenu') })).toBeTruthy();
  });
});
