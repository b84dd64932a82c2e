/**
 * The one-time password prompt, clicked and typed at on a fake clock: the countdown, the resend
 * cooldown (waiting with its seconds, usable after the bank's wait), a resend and a "too soon"
 * refusal. The passwords come from a real core and demo bank (support/stack.ts); the prompt is
 * rendered with a small caller that keeps what it types, as AuthorizeStep does.
 */
import { act, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { CreateOperationResponse } from '../../src-shared/bank-api/operations.js';
import { clock, translate } from '../../src-renderer/i18n/i18n.js';
import { OtpPrompt } from '../../src-renderer/components/OtpPrompt.js';
import { netbank } from '../../src-renderer/lib/bridge.js';
import { useApp } from '../../src-renderer/state/app-store.js';
import { advance, domStack, text } from './support/stack.js';

const stack = domStack();
const user = () => userEvent.setup({ delay: null });

function Caller({ op }: { op: CreateOperationResponse }) {
  const [value, setValue] = useState('');
  const [otp, setOtp] = useState(op.otp);
  return (
    <OtpPrompt
      id="otp" mode="mail" otp={otp} operationId={op.id} value={value} onValue={setValue} problem={null}
      resend={() => netbank().operations.resendOtp({ operationId: op.id })} onResent={setOtp}
    />
  );
}

async function shown() {
  await stack.login();
  const op = await stack.createTransfer();
  render(<Caller op={op} />);
  return op;
}

const timer = () => screen.getByRole('progressbar', { name: text('otp.timerLabel') });
const resendButton = () => screen.getByRole('button', { name: text('otp.resend') });
const codeField = () => screen.getByLabelText(text('otp.code'));

describe('OTP prompt countdown', () => {
  it('counts down from the bank-given lifetime and blocks the field once it runs out', async () => {
    const op = await shown();
    const lifetime = (Date.parse(op.otp!.expiresAt) - Date.parse(op.otp!.sentAt)) / 1000;
    expect(timer().getAttribute('aria-valuetext')).toBe(text('otp.timeLeft', { time: clock(lifetime) }));
    expect(screen.getByText(op.otp!.reference)).toBeTruthy();
    await advance(61_000);
    expect(timer().getAttribute('aria-valuetext')).toBe(text('otp.timeLeft', { time: clock(lifetime - 61) }));
    expect(Number(timer().getAttribute('aria-valuenow'))).toBeLessThan(100);
    expect(screen.queryByText(text('otp.expired.title'))).toBeNull();
    expect((codeField() as HTMLInputElement).disabled).toBe(false);

    await advance((lifetime - 61) * 1000);
    expect(timer().getAttribute('aria-valuetext')).toBe(text('otp.timeLeft', { time: clock(0) }));
    const alert = screen.getByText(text('otp.expired.title')).closest('[role="status"]') as HTMLElement;
    expect(within(alert).getByText(text('otp.expired.body'))).toBeTruthy();
    expect((codeField() as HTMLInputElement).disabled).toBe(true);
  });
});

describe('OTP prompt resend', () => {
  it('waits out the bank cooldown with its seconds, then sends a new password', async () => {
    const op = await shown();
    const cooldown = (Date.parse(op.otp!.resendAvailableAt!) - Date.parse(op.otp!.sentAt)) / 1000;
    expect(resendButton().getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText(text('otp.cooldown', { n: cooldown }))).toBeTruthy();
    await user().click(resendButton());
    expect(screen.queryByText(text('otp.resent', { reference: op.otp!.reference }))).toBeNull();

    await advance((cooldown - 1) * 1000);
    expect(screen.getByText(text('otp.cooldown', { n: 1 }))).toBeTruthy();
    expect(resendButton().getAttribute('aria-disabled')).toBe('true');
    await advance(1000);
    expect(resendButton().getAttribute('aria-disabled')).toBeNull();
    expect(screen.queryByText(text('otp.cooldown', { n: 1 }))).toBeNull();

    // The bank's own clock moves past its wait too (it runs on real time, not this test's).
    await stack.bank.advanceMinutes(1);
    await user().type(codeField(), '123');
    await user().click(resendButton());
    const fresh = await stack.bank.otpMail('mail-user@docomo.ne.jp', await newReference(op.otp!.reference));
    expect(await screen.findByText(text('otp.resent', { reference: fresh.reference }))).toBeTruthy();
    expect(screen.getByText(fresh.reference)).toBeTruthy();
    expect((codeField() as HTMLInputElement).value).toBe('');
    expect(resendButton().getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText(text('otp.cooldown', { n: cooldown }))).toBeTruthy();
  });

  it('says the password on screen still works when the bank refuses a resend as too soon', async () => {
    const op = await shown();
    const cooldown = (Date.parse(op.otp!.resendAvailableAt!) - Date.parse(op.otp!.sentAt)) / 1000;
    // This computer's clock runs ahead of the bank's: the button is free, the bank still waits.
    await advance(cooldown * 1000);
    await user().click(resendButton());
    expect(await screen.findByText(text('otp.tooSoon.stillValid', { reference: op.otp!.reference }))).toBeTruthy();
    expect(resendButton().getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText(op.otp!.reference)).toBeTruthy();
    // The note is kept as a message, so it follows a change of language.
    act(() => useApp.setState({ language: 'en' }));
    expect(screen.getByText(translate('en', 'otp.tooSoon.stillValid', { reference: op.otp!.reference }))).toBeTruthy();
    // The bank's retryAfter is at most its whole cooldown: once it has run, the note goes and the button is free.
    await advance(cooldown * 1000);
    expect(resendButton().getAttribute('aria-disabled')).toBeNull();
    expect(screen.queryByText(translate('en', 'otp.tooSoon.stillValid', { reference: op.otp!.reference }))).toBeNull();
  });
});

/** The reference the prompt shows once it differs from `old`. */
async function newReference(old: string): Promise<string> {
  const el = await screen.findByText((content, node) => node?.classList.contains('reference') === true && content !== old);
  return el.textContent ?? '';
}
