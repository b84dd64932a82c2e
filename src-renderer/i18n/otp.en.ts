/** English messages of the one-time password prompt's waits and of re-typing after a failed submit. */
import type { otpJa } from './otp.ja.js';

export const otpEn: Record<keyof typeof otpJa, string> = {
  'otp.tooSoon': 'Another password can only be sent a little while after the last one. Please wait until the button can be used.',
  'otp.tooSoon.stillValid': 'Another password can only be sent a little while after the last one. The password with reference {reference} shown here still works, so please check your mail first.',
  'otp.retype': 'For your safety the password you typed was cleared. Please type the password from the mail again.',
  'otp.retypeToken': 'For your safety the code you typed was cleared. Please type the digits your one-time password app shows now.',
  'auth.confirmRetype': 'For your safety the confirmation password you typed was cleared. Please type it again.',
};
