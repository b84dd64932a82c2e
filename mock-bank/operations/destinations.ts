/**
 * A change of password destinations whose choice comes with step 1 (the bank's screen takes the
 * choice and the current password together). The choice is checked before any password is spent:
 * a Select address not in use, or no change at all, is refused and the current password stays good.
 * It then fixes what step 2 needs: the new destinations' password with the confirmation password,
 * or the confirmation password alone when a destination is only removed.
 */
import type { AuthorizeRequest, OtpDestinationChoice } from '../../src-shared/bank-api/index.js';
import type { Customer } from '../customers.js';
import { BankError } from '../errors.js';
import type { Operation } from './model.js';

/** The Select addresses a choice newly makes destinations; refuses a slot not in use and a choice that changes nothing. */
export function addedDestinations(c: Customer, choice: OtpDestinationChoice, at: (string | number)[]): string[] {
  const added: string[] = [];
  let changed = false;
  choice.forEach((d, i) => {
    const slot = c.select[d.slot - 1]!;
    if (d.use && !(slot.use && slot.address)) {
      throw new BankError('VALIDATION_FAILED', `Select address ${d.slot} is not in use.`, {
        issues: [{ path: [...at, i, 'use'], message: `select address ${d.slot} is not in use; set it up first` }],
      });
    }
    if (d.use !== slot.otpDestination) changed = true;
    if (d.use && !slot.otpDestination) added.push(slot.address!);
  });
  if (!changed) throw new BankError('NO_OTP_DESTINATION_ADDED', 'Nothing changes: the destinations are already so.');
  return added;
}

/** The operation with step 1's choice applied (plan and pending), or as it is when it takes none. */
export function withDestinationChoice(op: Operation, c: Customer, body: AuthorizeRequest): Operation {
  const takesChoice = op.type === 'otp-destination-change' && op.step === 1 && op.pending.chooseAtStep1 === true;
  if (!takesChoice) {
    if (body.destinations !== undefined) {
      throw new BankError('VALIDATION_FAILED', 'destinations are taken only at step 1 of a destination change created without them.', {
        issues: [{ path: ['destinations'], message: 'not expected for this operation or step' }],
      });
    }
    return op;
  }
  if (body.destinations === undefined) {
    throw new BankError('VALIDATION_FAILED', 'Step 1 of this destination change needs the chosen destinations.', {
      issues: [{ path: ['destinations'], message: 'choose use / do not use for Select addresses 1 and 2' }],
    });
  }
  const added = addedDestinations(c, body.destinations, ['destinations']);
  const second = added.length > 0 ? (['mail-otp', 'confirmation-password'] as const) : (['confirmation-password'] as const);
  return {
    ...op,
    plan: [op.plan[0]!, [...second]],
    pending: { ...op.pending, destinations: body.destinations, proofDestinations: added },
  };
}
