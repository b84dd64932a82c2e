/** The OTP and authorize controls as the customer finds them: by role and label, texts from the catalogs. */
import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { text } from './stack.js';

/** Testing Library's user, without pauses between keys (the renderer's clock is fake). */
export const user = () => userEvent.setup({ delay: null });

export const codeField = () => screen.getByLabelText(text('otp.code')) as HTMLInputElement;
export const confirmField = () => screen.getByLabelText(text('auth.confirmPassword'), { exact: false }) as HTMLInputElement;
export const resendButton = () => screen.getByRole('button', { name: text('otp.resend') });
export const submitButton = () => screen.getByRole('button', { name: text('auth.submit') });
export const timer = () => screen.getByRole('progressbar', { name: text('otp.timerLabel') });

/** Whether the resend button waits (aria-disabled, so a keyboard user keeps focus on it). */
export const resendWaits = () => resendButton().getAttribute('aria-disabled') === 'true';

/** A six-digit code that is not `code`. */
export function wrongCode(code: string): string {
  return code.slice(0, 5) + String((Number(code[5]) + 1) % 10);
}

/** Types what is given and presses the submit button, then waits until the form is idle again. */
export async function carryOut(fields: { code?: string; confirm?: string }): Promise<void> {
  const u = user();
  if (fields.code !== undefined) await u.type(codeField(), fields.code);
  if (fields.confirm !== undefined) await u.type(confirmField(), fields.confirm);
  await u.click(submitButton());
  await screen.findByRole('button', { name: text('auth.submit') });
}
