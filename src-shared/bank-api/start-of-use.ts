import * as z from 'zod';
import { EmailAddress, OtpCode, OtpInfo, PasswordInput } from './common.js';

export const StartOfUseRequest = z.strictObject({
  newLoginPassword: PasswordInput,
  confirmationPassword: PasswordInput,
  email: EmailAddress,
  acknowledgeFreeMail: z.boolean().optional(),
});
export type StartOfUseRequest = z.infer<typeof StartOfUseRequest>;

export const StartOfUseResponse = z.object({ otp: OtpInfo });
export type StartOfUseResponse = z.infer<typeof StartOfUseResponse>;

export const StartOfUseVerifyRequest = z.strictObject({ mailOtp: OtpCode });
export type StartOfUseVerifyRequest = z.infer<typeof StartOfUseVerifyRequest>;

export const StartOfUseVerifyResponse = z.object({ startOfUseRequired: z.literal(false) });
export type StartOfUseVerifyResponse = z.infer<typeof StartOfUseVerifyResponse>;
