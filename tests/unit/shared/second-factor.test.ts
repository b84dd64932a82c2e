import { describe, expect, it } from 'vitest';
import {
  CHANNELS, GUIDE_TRANSFER_POLICY, TOKEN_STATES, requiredFactors, secondFactorFor, type Channel, type Factor, type TokenState,
  type TransferPolicy,
} from '../../../src-shared/domain/second-factor.js';
import { OPERATION_TYPES, TWO_STEP_TYPES, type OperationType } from '../../../src-shared/domain/operations.js';

// The table of DOMAIN.md ("Which second factor an operation needs" and "Which operations are
// sensitive"), written out by hand for every channel, token state, operation and payee kind, under
// both transfer policies: the guide's (every transfer needs the one-time factor) and the peer rule
// (a registered payee needs the confirmation password only); the last two columns.
// token-release is not in DOMAIN.md's list: the phone that holds the token may be gone, so it takes the
// confirmation password only, and the mail-notified password applies until the token is active again.
// login-notice-change (switching login notice mails off) is a change of registered details: the
// channel's one-time factor plus the confirmation password (switching them on is no operation).
// limit-change as listed here is a raise (what holds when the bank gives no direction); a lowering
// takes the confirmation password only (tests/unit/shared/limits.test.ts).
const MAIL: Factor[] = ['mail-otp', 'confirmation-password'];
const TOKEN: Factor[] = ['token-otp', 'confirmation-password'];
const CP: Factor[] = ['confirmation-password'];

const TABLE: [Channel, TokenState, OperationType, boolean, Factor[], Factor[]][] = [
    ['pc', 'not-used', 'transfer', false, MAIL, MAIL],
    ['pc', 'not-used', 'transfer', true, MAIL, CP],
    ['pc', 'not-used', 'bill-payment', false, MAIL, MAIL],
    ['pc', 'not-used', 'bill-payment', true, MAIL, MAIL],
    ['pc', 'not-used', 'email-change', false, MAIL, MAIL],
    ['pc', 'not-used', 'email-change', true, MAIL, MAIL],
    ['pc', 'not-used', 'select-email-change', false, MAIL, MAIL],
    ['pc', 'not-used', 'select-email-change', true, MAIL, MAIL],
    ['pc', 'not-used', 'otp-destination-change', false, MAIL, MAIL],
    ['pc', 'not-used', 'otp-destination-change', true, MAIL, MAIL],
    ['pc', 'not-used', 'token-start', false, MAIL, MAIL],
    ['pc', 'not-used', 'token-start', true, MAIL, MAIL],
    ['pc', 'not-used', 'token-release', false, CP, CP],
    ['pc', 'not-used', 'token-release', true, CP, CP],
    ['pc', 'not-used', 'login-notice-change', false, MAIL, MAIL],
    ['pc', 'not-used', 'login-notice-change', true, MAIL, MAIL],
    ['pc', 'not-used', 'limit-change', false, MAIL, MAIL],
    ['pc', 'not-used', 'limit-change', true, MAIL, MAIL],
    ['pc', 'suspended', 'transfer', false, MAIL, MAIL],
    ['pc', 'suspended', 'transfer', true, MAIL, CP],
    ['pc', 'suspended', 'bill-payment', false, MAIL, MAIL],
    ['pc', 'suspended', 'bill-payment', true, MAIL, MAIL],
    ['pc', 'suspended', 'email-change', false, MAIL, MAIL],
    ['pc', 'suspended', 'email-change', true, MAIL, MAIL],
    ['pc', 'suspended', 'select-email-change', false, MAIL, MAIL],
    ['pc', 'suspended', 'select-email-change', true, MAIL, MAIL],
    ['pc', 'suspended', 'otp-destination-change', false, MAIL, MAIL],
    ['pc', 'suspended', 'otp-destination-change', true, MAIL, MAIL],
    ['pc', 'suspended', 'token-start', false, MAIL, MAIL],
    ['pc', 'suspended', 'token-start', true, MAIL, MAIL],
    ['pc', 'suspended', 'token-release', false, CP, CP],
    ['pc', 'suspended', 'token-release', true, CP, CP],
    ['pc', 'suspended', 'login-notice-change', false, MAIL, MAIL],
    ['pc', 'suspended', 'login-notice-change', true, MAIL, MAIL],
    ['pc', 'suspended', 'limit-change', false, MAIL, MAIL],
    ['pc', 'suspended', 'limit-change', true, MAIL, MAIL],
    ['pc', 'active', 'transfer', false, TOKEN, TOKEN],
    ['pc', 'active', 'transfer', true, TOKEN, CP],
    ['pc', 'active', 'bill-payment', false, TOKEN, TOKEN],
    ['pc', 'active', 'bill-payment', true, TOKEN, TOKEN],
    ['pc', 'active', 'email-change', false, TOKEN, TOKEN],
    ['pc', 'active', 'email-change', true, TOKEN, TOKEN],
    ['pc', 'active', 'select-email-change', false, TOKEN, TOKEN],
    ['pc', 'active', 'select-email-change', true, TOKEN, TOKEN],
    ['pc', 'active', 'otp-destination-change', false, TOKEN, TOKEN],
    ['pc', 'active', 'otp-destination-change', true, TOKEN, TOKEN],
    ['pc', 'active', 'token-start', false, TOKEN, TOKEN],
    ['pc', 'active', 'token-start', true, TOKEN, TOKEN],
    ['pc', 'active', 'token-release', false, CP, CP],
    ['pc', 'active', 'token-release', true, CP, CP],
    ['pc', 'active', 'login-notice-change', false, TOKEN, TOKEN],
    ['pc', 'active', 'login-notice-change', true, TOKEN, TOKEN],
    ['pc', 'active', 'limit-change', false, TOKEN, TOKEN],
    ['pc', 'active', 'limit-change', true, TOKEN, TOKEN],
    ['smartphone', 'not-used', 'transfer', false, CP, CP],
    ['smartphone', 'not-used', 'transfer', true, CP, CP],
    ['smartphone', 'not-used', 'bill-payment', false, CP, CP],
    ['smartphone', 'not-used', 'bill-payment', true, CP, CP],
    ['smartphone', 'not-used', 'email-change', false, CP, CP],
    ['smartphone', 'not-used', 'email-change', true, CP, CP],
    ['smartphone', 'not-used', 'select-email-change', false, CP, CP],
    ['smartphone', 'not-used', 'select-email-change', true, CP, CP],
    ['smartphone', 'not-used', 'otp-destination-change', false, CP, CP],
    ['smartphone', 'not-used', 'otp-destination-change', true, CP, CP],
    ['smartphone', 'not-used', 'token-start', false, CP, CP],
    ['smartphone', 'not-used', 'token-start', true, CP, CP],
    ['smartphone', 'not-used', 'token-release', false, CP, CP],
    ['smartphone', 'not-used', 'token-release', true, CP, CP],
    ['smartphone', 'not-used', 'login-notice-change', false, CP, CP],
    ['smartphone', 'not-used', 'login-notice-change', true, CP, CP],
    ['smartphone', 'not-used', 'limit-change', false, CP, CP],
    ['smartphone', 'not-used', 'limit-change', true, CP, CP],
    ['smartphone', 'suspended', 'transfer', false, CP, CP],
    ['smartphone', 'suspended', 'transfer', true, CP, CP],
    ['smartphone', 'suspended', 'bill-payment', false, CP, CP],
    ['smartphone', 'suspended', 'bill-payment', true, CP, CP],
    ['smartphone', 'suspended', 'email-change', false, CP, CP],
    ['smartphone', 'suspended', 'email-change', true, CP, CP],
    ['smartphone', 'suspended', 'select-email-change', false, CP, CP],
    ['smartphone', 'suspended', 'select-email-change', true, CP, CP],
    ['smartphone', 'suspended', 'otp-destination-change', false, CP, CP],
    ['smartphone', 'suspended', 'otp-destination-change', true, CP, CP],
    ['smartphone', 'suspended', 'token-start', false, CP, CP],
    ['smartphone', 'suspended', 'token-start', true, CP, CP],
    ['smartphone', 'suspended', 'token-release', false, CP, CP],
    ['smartphone', 'suspended', 'token-release', true, CP, CP],
    ['smartphone', 'suspended', 'login-notice-change', false, CP, CP],
    ['smartphone', 'suspended', 'login-notice-change', true, CP, CP],
    ['smartphone', 'suspended', 'limit-change', false, CP, CP],
    ['smartphone', 'suspended', 'limit-change', true, CP, CP],
    ['smartphone', 'active', 'transfer', false, CP, CP],
    ['smartphone', 'active', 'transfer', true, CP, CP],
    ['smartphone', 'active', 'bill-payment', false, CP, CP],
    ['smartphone', 'active', 'bill-payment', true, CP, CP],
    ['smartphone', 'active', 'email-change', false, CP, CP],
    ['smartphone', 'active', 'email-change', true, CP, CP],
    ['smartphone', 'active', 'select-email-change', false, CP, CP],
    ['smartphone', 'active', 'select-email-change', true, CP, CP],
    ['smartphone', 'active', 'otp-destination-change', false, CP, CP],
    ['smartphone', 'active', 'otp-destination-change', true, CP, CP],
    ['smartphone', 'active', 'token-start', false, CP, CP],
    ['smartphone', 'active', 'token-start', true, CP, CP],
    ['smartphone', 'active', 'token-release', false, CP, CP],
    ['smartphone', 'active', 'token-release', true, CP, CP],
    ['smartphone', 'active', 'login-notice-change', false, CP, CP],
    ['smartphone', 'active', 'login-notice-change', true, CP, CP],
    ['smartphone', 'active', 'limit-change', false, CP, CP],
    ['smartphone', 'active', 'limit-change', true, CP, CP],
];

const GUIDE: TransferPolicy = { registeredPayeeNeedsOtp: true };
const PEER: TransferPolicy = { registeredPayeeNeedsOtp: false };

describe('requiredFactors', () => {
  it.each(TABLE)('%s, token %s, %s, registered payee %s', (channel, tokenState, type, registered, guide, peer) => {
    expect(requiredFactors(channel, tokenState, type, registered, GUIDE)).toEqual(guide);
    expect(requiredFactors(channel, tokenState, type, registered, PEER)).toEqual(peer);
  });

  it('the table covers every channel × token state × operation × payee kind exactly once', () => {
    const keys = TABLE.map(([c, t, o, r]) => `${c}/${t}/${o}/${r}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(CHANNELS.length * TOKEN_STATES.length * OPERATION_TYPES.length * 2);
  });

  it('the policies differ only for transfers to a registered payee from a channel with a one-time factor', () => {
    const differing = TABLE.filter(([, , , , g, p]) => JSON.stringify(g) !== JSON.stringify(p)).map(([c, t, o, r]) => `${c}/${t}/${o}/${r}`);
    expect(differing).toEqual(['pc/not-used/transfer/true', 'pc/suspended/transfer/true', 'pc/active/transfer/true']);
  });

  it("the guide's policy is the one the bank's guide states, and cannot be changed by a caller", () => {
    expect(GUIDE_TRANSFER_POLICY).toEqual(GUIDE);
    expect(Object.isFrozen(GUIDE_TRANSFER_POLICY)).toBe(true);
  });

  it('always asks for the confirmation password, last, and never both one-time factors', () => {
    for (const [c, t, o, r] of TABLE) {
      for (const policy of [GUIDE, PEER]) {
        const f = requiredFactors(c, t, o, r, policy);
        expect(f.at(-1)).toBe('confirmation-password');
        expect(f.includes('mail-otp') && f.includes('token-otp')).toBe(false);
      }
    }
  });

  it('returns a fresh array each time, so a caller cannot change the next answer', () => {
    const first = requiredFactors('pc', 'not-used', 'transfer', false, GUIDE);
    first.pop();
    expect(requiredFactors('pc', 'not-used', 'transfer', false, GUIDE)).toEqual(MAIL);
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
      'transfer', 'bill-payment', 'email-change', 'select-email-change', 'otp-destination-change', 'token-start', 'token-release', 'limit-change', 'login-notice-change',
    ]);
    expect([...TWO_STEP_TYPES].sort()).toEqual(['email-change', 'otp-destination-change', 'token-start']);
  });
});
