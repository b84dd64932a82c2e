import { describe, expect, it } from 'vitest';
import {
  CreateOperationRequest, LOGIN_HISTORY_LIMIT, LoginHistoryResponse, LoginNoticeChangeRequest, LoginNoticeOnRequest, Me,
} from '../../../src-shared/bank-api/index.js';
import { contract } from '../../../src-shared/ipc/contract.js';

const entry = (i: number, current = false) => ({ at: new Date(Date.UTC(2025, 0, 2, 3, 0, 59 - i)).toISOString(), channel: i % 2 ? 'smartphone' : 'pc', current });

describe('login history schemas', () => {
  it('take up to ten logins with a previous one or null', () => {
    const ten = Array.from({ length: LOGIN_HISTORY_LIMIT }, (_, i) => entry(i, i === 0));
    expect(LoginHistoryResponse.parse({ logins: ten, previous: { at: ten[1]!.at, channel: 'smartphone' } }).logins).toHaveLength(10);
    expect(LoginHistoryResponse.safeParse({ logins: [entry(0, true)], previous: null }).success).toBe(true);
    expect(LoginHistoryResponse.safeParse({ logins: [...ten, entry(10)], previous: null }).success).toBe(false);
    expect(LoginHistoryResponse.safeParse({ logins: [{ ...entry(0), channel: 'atm' }], previous: null }).success).toBe(false);
    expect(LoginHistoryResponse.safeParse({ logins: [{ ...entry(0), at: '2025-01-02 03:00' }], previous: null }).success).toBe(false);
    expect(LoginHistoryResponse.safeParse({ logins: [] }).success).toBe(false); // previous must be stated
  });

  it('switch notices on with true only, and off only through the operation', () => {
    expect(LoginNoticeOnRequest.safeParse({ enabled: true }).success).toBe(true);
    const off = LoginNoticeOnRequest.safeParse({ enabled: false });
    expect(off.success).toBe(false);
    expect(off.error?.issues[0]?.message).toContain('login-notice-change');
    expect(LoginNoticeOnRequest.safeParse({ enabled: true, also: 1 }).success).toBe(false);
    expect(CreateOperationRequest.parse({ type: 'login-notice-change', enabled: false })).toEqual({ type: 'login-notice-change', enabled: false });
    expect(CreateOperationRequest.safeParse({ type: 'login-notice-change', enabled: true }).success).toBe(false);
    expect(LoginNoticeChangeRequest.safeParse({ type: 'login-notice-change' }).success).toBe(false);
  });

  it('/me reports the setting, and an older bank that does not is still read', () => {
    const me = {
      loginId: 'mail-user', name: '山田 太郎', email: 'mail-user@docomo.ne.jp', tokenState: 'not-used',
      selectEmail: [{ slot: 1, use: false, address: null, otpDestination: false }, { slot: 2, use: false, address: null, otpDestination: false }],
      secondFactor: 'mail-otp', startOfUseRequired: false, policy: { registeredPayeeNeedsOtp: true },
    };
    expect(Me.parse({ ...me, loginNotice: false }).loginNotice).toBe(false);
    expect(Me.parse(me).loginNotice).toBeUndefined();
    expect(Me.safeParse({ ...me, loginNotice: 'on' }).success).toBe(false);
  });
});

describe('the contract channels for logins', () => {
  it('take nothing (the history) or an optional intent id (notices on), and nothing else', () => {
    expect(contract['customer.logins'].request.safeParse({}).success).toBe(true);
    expect(contract['customer.logins'].request.safeParse({ limit: 50 }).success).toBe(false);
    expect(contract['customer.loginNoticeOn'].request.safeParse({}).success).toBe(true);
    expect(contract['customer.loginNoticeOn'].request.safeParse({ intentId: 'intent-0001' }).success).toBe(true);
    expect(contract['customer.loginNoticeOn'].request.safeParse({ enabled: false }).success).toBe(false);
    expect(contract['customer.loginNoticeOn'].request.safeParse({ intentId: 'x' }).success).toBe(false);
    expect(contract['customer.loginNoticeOn'].response.safeParse({ enabled: true }).success).toBe(true);
    expect(contract['customer.logins'].response.safeParse({ logins: [entry(0, true)], previous: null }).success).toBe(true);
  });
});
