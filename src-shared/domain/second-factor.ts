/** Which second factor an operation needs: the table of DOMAIN.md as one pure function. */
import type { OperationType } from './operations.js';

export const CHANNELS = ['pc', 'smartphone'] as const;
export type Channel = (typeof CHANNELS)[number];

export const TOKEN_STATES = ['not-used', 'active', 'suspended'] as const;
export type TokenState = (typeof TOKEN_STATES)[number];

export const FACTORS = ['confirmation-password', 'mail-otp', 'token-otp'] as const;
export type Factor = (typeof FACTORS)[number];

/** The customer's one-time factor for this channel: what /me calls `secondFactor`. */
export type SecondFactor = 'mail-otp' | 'token' | 'none';

/**
 * pc + not-used → mail; pc + suspended → mail until the token is active again; pc + active → token;
 * smartphone → none (the phone app has its own factor).
 */
export function secondFactorFor(channel: Channel, tokenState: TokenState): SecondFactor {
  if (channel === 'smartphone') return 'none';
  return tokenState === 'active' ? 'token' : 'mail-otp';
}

/**
 * The bank's rule for transfers to a pre-registered payee. The bank's guide asks for the one-time
 * factor on every transfer (`registeredPayeeNeedsOtp: true`); some peer banks let a registered
 * payee go with the confirmation password only. The bank reports which one it follows (GET /me).
 */
export interface TransferPolicy {
  registeredPayeeNeedsOtp: boolean;
}

/** What the bank's guide says: every transfer needs the second factor. */
export const GUIDE_TRANSFER_POLICY: TransferPolicy = Object.freeze({ registeredPayeeNeedsOtp: true });

/**
 * The factors authorization needs, in the order the screen asks for them.
 * - a transfer to a pre-registered payee: confirmation password only when the policy allows it,
 *   otherwise like any other transfer;
 * - token release (the phone is being changed, so its codes may be out of reach): confirmation
 *   password only; the mail-notified password then applies until the token is enrolled again;
 * - every other sensitive operation (switching login notice mails off included): the one-time
 *   factor of the channel plus the confirmation password.
 */
export function requiredFactors(
  channel: Channel,
  tokenState: TokenState,
  operationType: OperationType,
  payeeRegistered: boolean,
  policy: TransferPolicy,
  change: { limitRaise: boolean } = { limitRaise: true },
): Factor[] {
  if (operationType === 'limit-change' && !change.limitRaise) return ['confirmation-password'];
  if (operationType === 'transfer' && payeeRegistered && !policy.registeredPayeeNeedsOtp) return ['confirmation-password'];
  if (operationType === 'token-release') return ['confirmation-password'];
  const second = secondFactorFor(channel, tokenState);
  if (second === 'mail-otp') return ['mail-otp', 'confirmation-password'];
  if (second === 'token') return ['token-otp', 'confirmation-password'];
  return ['confirmation-password'];
}
