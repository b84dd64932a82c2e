import * as z from 'zod';
import { EmailAddress, TokenState } from './common.js';

export const SelectEmailSlot = z.object({
  slot: z.union([z.literal(1), z.literal(2)]),
  use: z.boolean(),
  address: EmailAddress.nullable(),
  otpDestination: z.boolean(),
});
export type SelectEmailSlot = z.infer<typeof SelectEmailSlot>;

export const Me = z.object({
  loginId: z.string(),
  name: z.string(),
  email: EmailAddress.nullable(),
  tokenState: TokenState,
  selectEmail: z.array(SelectEmailSlot).length(2),
  secondFactor: z.enum(['mail-otp', 'token', 'none']),
  startOfUseRequired: z.boolean(),
  /** Protected operations stopped after too many wrong one-time passwords (lifted by the bank only); optional for older banks. */
  otpLocked: z.boolean().optional(),
  /** Whether the bank mails a notice at each login (ログイン通知メール); optional for older banks. */
  loginNotice: z.boolean().optional(),
  /** The bank's transfer rule in force: whether a registered payee needs the one-time factor too. */
  policy: z.object({ registeredPayeeNeedsOtp: z.boolean() }),
});
export type Me = z.infer<typeof Me>;
