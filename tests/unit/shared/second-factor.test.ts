import { describe, expect, it } from 'vitest';
import {
  CHANNELS, TOKEN_STATES, requiredFactors, secondFactorFor, type Channel, type Factor, type TokenState,
} from '../../../src-shared/domain/second-factor.js';
import { OPERATION_TYPES, TWO_STEP_TYPES, type OperationType } from '../../../src-shared/domain/operations.js';

// The table of DOMAIN.md ("Which second factor an operation needs" and "Which operations are
// sensitive"), written out by hand for every channel, token state, operation and payee kind.
// token-release is not in DOMAIN.md's list: the phone that holds the token may be gone, so it takes the
// confirmation password only, and the mail-notified password applies until the token is active again.
const MAIL: Factor[] = ['mail-otp', 'confirmation-password'];
const TOKEN: Factor[] = ['token-otp', 'confirmation-password'];
const CP: Factor[] = ['confirmation-password'];

const TABLE: [Channel, TokenState, OperationType, boolean, Factor[]][] = [
    ['pc', 'not-used', 'transfer', false, MAIL],
    ['pc', 'not-used', 'transfer', true, CP],
    ['pc', 'not-used', 'bill-payment', false, MAIL],
    ['pc', 'not-used', 'bill-payment', true, MAIL],
    ['pc', 'not-used', 'email-change', false, MAIL],
    ['pc', 'not-used', 'email-change', true, MAIL],
    ['pc', 'not-used', 'select-email-change', false, MAIL],
    ['pc', 'not-used', 'select-email-change', true, MAIL],
    ['pc', 'not-used', 'otp-destination-change', false, MAIL],
    ['pc', 'not-used', 'otp-destination-change', true, MAIL],
    ['pc', 'not-used', 'token-start', false, MAIL],
    ['pc', 'not-used', 'token-start', true, MAIL],
    ['pc', 'not-used', 'token-release', false, CP],
    ['pc', 'not-used', 'token-release', true, CP],
    ['pc', 'suspended', 'transfer', false, MAIL],
    ['pc', 'suspended', 'transfer', true, CP],
    ['pc', 'suspended', 'bill-payment', false, MAIL],
    ['pc', 'suspended', 'bill-payment', true, MAIL],
    ['pc', 'suspended', 'email-change', false, MAIL],
    ['pc', 'suspended', 'email-change', true, MAIL],
    ['pc', 'suspended', 'select-email-change', false, MAIL],
    ['pc', 'suspended', 'select-email-change', true, MAIL],
    ['pc', 'suspended', 'otp-destination-change', false, MAIL],
    ['pc', 'suspended', 'otp-destination-change', true, MAIL],
    ['pc', 'suspended', 'token-start', false, MAIL],
    ['pc', 'suspended', 'token-start', true, MAIL],
    ['pc', 'suspended', 'token-release', false, CP],
    ['pc', 'suspended', 'token-release', true, CP],
    ['pc', 'active', 'transfer', false, TOKEN],
    ['pc', 'active', 'transfer', true, CP],
    ['pc', 'active', 'bill-payment', false, TOKEN],
    ['pc', 'active', 'bill-payment', true, TOKEN],
    ['pc', 'active', 'email-change', false, TOKEN],
    ['pc', 'active', 'email-change', true, TOKEN],
    ['pc', 'active', 'select-email-change', false, TOKEN],
    ['pc', 'active', 'select-email-change', true, TOKEN],
    ['pc', 'active', 'otp-destination-change', false, TOKEN],
    ['pc', 'active', 'otp-destination-change', true, TOKEN],
    ['pc', 'active', 'token-start', false, TOKEN],
    ['pc', 'active', 'token-start', true, TOKEN],
    ['pc', 'active', 'token-release', false, CP],
    ['pc', 'active', 'token-release', true, CP],
    ['smartphone', 'not-used', 'transfer', false, CP],
    ['smartphone', 'not-used', 'transfer', true, CP],
    ['smartphone', 'not-used', 'bill-payment', false, CP],
    ['smartphone', 'not-used', 'bill-payment', true, CP],
    ['smartphone', 'not-used', 'email-change', false, CP],
    ['smartphone', 'not-used', 'email-change', true, CP],
    ['smartphone', 'not-used', 'select-email-change', false, CP],
    ['smartphone', 'not-used', 'select-email-change', true, CP],
    ['smartphone', 'not-used', 'otp-destination-change', false, CP],
    ['smartphone', 'not-used', 'otp-destination-change', true, CP],
    ['smartphone', 'not-used', 'token-start', false, CP],
    ['smartphone', 'not-used', 'token-start', true, CP],
    ['smartphone', 'not-used', 'token-release', false, CP],
    ['smartphone', 'not-used', 'token-release', true, CP],
    ['smartphone', 'suspended', 'transfer', false, CP],
    ['smartphone', 'suspended', 'transfer', true, CP],
    ['smartphone', 'suspended', 'bill-payment', false, CP],
    ['smartphone', 'suspended', 'bill-payment', true, CP],
    ['smartphone', 'suspended', 'email-change', false, CP],
    ['smartphone', 'suspended', 'email-change', true, CP],
    ['smartphone', 'suspended', 'select-email-change', false, CP],
    ['smartphone', 'suspended', 'select-email-change', true, CP],
    ['smartphone', 'suspended', 'otp-destination-change', false, CP],
    ['smartphone', 'suspended', 'otp-destination-change', true, CP],
    ['smartphone', 'suspended', 'token-start', false, CP],
    ['smartphone', 'suspended', 'token-start', true, CP],
    ['smartphone', 'suspended', 'token-release', false, CP],
    ['smartphone', 'suspended', 'token-release', true, CP],
    ['smartphone', 'active', 'transfer', false, CP],
    ['smartphone', 'active', 'transfer', true, CP],
    ['smartphone', 'active', 'bill-payment', false, CP],
    ['smartphone', 'active', 'bill-payment', true, CP],
    ['smartphone', 'active', 'email-change', false, CP],
    ['smartphone', 'active', 'email-change', true, CP],
    ['smartphone', 'active', 'select-email-change', false, CP],
    ['smartphone', 'active', 'select-email-change', true, CP],
    ['smartphone', 'active', 'otp-destination-change', false, CP],
    ['smartphone', 'active', 'otp-destination-change', true, CP],
    ['smartphone', 'active', 'token-start', false, CP],
    ['smartphone', 'active', 'token-start', true, CP],
    ['smartphone', 'active', 'token-release', false, CP],
    ['smartphone', 'active', 'token-release', true, CP],
];

describe('requiredFactors', () => {
  it.each(TABLE)('%s, token %s, %s, registered payee %s', (channel, tokenState, type, registered, factors) => {
    expect(requiredFactors(channel, tokenState, type, registered)).toEqual(factors);
  });

  it('the table covers every channel × token state × operation × payee kind exactly once', () => {
    const keys = TABLE.map(([c, t, o, r]) => `${c}/${t}/${o}/${r}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(CHANNELS.length * TOKEN_STATES.length * OPERATION_TYPES.length * 2);
  });

  it('always asks for the confirmation password, last, and never both one-time factors', () => {
    for (const [c, t, o, r] of TABLE) {
      const f = requiredFactors(c, t, o, r);
      expect(f.at(-1)).toBe('confirmation-password');
      expect(f.includes('mail-otp') && f.includes('token-otp')).toBe(false);
    }
  });

  it('returns a fresh array each time, so a caller cannot change the next answer', () => {
    const first = requiredFactors('pc', 'not-used', 'transfer', false);
    first.pop();
    expect(requiredFactors('pc', 'not-used', 'transfer', false)).toEqual(MAIL);
  });
});

describe('secondFactorFor', () => {
  it.each([
    ['pc', 'not-used', 'mail-otp'],
    ['pc', 'suspended', 'mail-otp'],
    ['pc', 'active', 'token'],
    ['smartphone', 'not-used', 'none'],
    ['smartphone', 'suspended', 'none'],
    ['smartphone', 'active', 'none'],
  ] as const)('%s with token %s → %s', (channel, tokenState, factor) => {
    expect(secondFactorFor(channel, tokenState)).toBe(factor);
  });
});

describe('operation kinds', () => {
  it('lists the operations of BANK-API.md and which take two steps', () => {
    expect(OPERATION_TYPES).toEqual([
      'transfer', 'bill-payment', 'email-change', 'select-email-change', 'otp-destination-change', 'token-start', 'token-release',
    ]);
    expect([...TWO_STEP_TYPES].sort()).toEqual(['email-change', 'otp-destination-change', 'token-start']);
  });
});
