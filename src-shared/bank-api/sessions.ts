import * as z from 'zod';
import { Channel, IsoDateTime, PasswordInput } from './common.js';

export const LoginRequest = z.strictObject({
  loginId: z.string().min(1).max(64),
  password: PasswordInput,
  channel: Channel,
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const LoginResponse = z.object({
  token: z.string().min(16).max(256),
  expiresAt: IsoDateTime,
  startOfUseRequired: z.boolean(),
});
export type LoginResponse = z.infer<typeof LoginResponse>;
