import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as z from 'zod';
import * as api from '../../../src-shared/bank-api/index.js';
import {
  AccountsResponse, AuthorizeRequest, AuthorizeResponse, BANK_PATHS, CreateOperationRequest, CreateOperationResponse,
  ErrorBody, Health, IDEMPOTENCY_KEY_PATTERN, LoginRequest, LoginResponse, MailboxMessages, Me, OperationState,
  PayeesResponse, ResendOtpResponse, StartOfUseRequest, StartOfUseResponse, StartOfUseVerifyRequest, TransactionsQuery,
  TransactionsResponse, TransferFeeQuery, BanksQuery, BanksResponse, BranchesQuery, BranchesResponse,
} from '../../../src-shared/bank-api/index.js';

function accepts(schema: z.ZodType, value: unknown): void {
  const r = schema.safeParse(value);
  expect(r.success, r.success ? '' : JSON.stringify(r.error.issues)).toBe(true);
}
function refuses(schema: z.ZodType, value: unknown): void {
  expect(schema.safeParse(value).success, JSON.stringify(value)).toBe(false);
}

const otp = { reference: '0427', sentAt: '2025-04-01T10:00:00+09:00', expiresAt: '2025-04-01T10:10:00+09:00', destinations: ['m***@docomo.ne.jp'] };
const payee = { bankCode: '0005', branchCode: '123', accountType: 'ordinary', accountNumber: '0012345', name: 'ﾔﾏﾀﾞ ﾀﾛｳ' };
const transfer = { type: 'transfer', fromAccountId: 'acc_1', amount: 10000 };

describe('sessions', () => {
  it('login request', () => {
    accepts(LoginRequest, { loginId: 'mail-user', password: 'demo-login-1', channel: 'pc' });
    accepts(LoginRequest, { loginId: 'mail-user', password: 'x', channel: 'smartphone' });
    refuses(LoginRequest, { loginId: 'mail-user', password: 'demo-login-1' });
    refuses(LoginRequest, { loginId: 'mail-user', password: 'demo-login-1', channel: 'tablet' });
    refuses(LoginRequest, { loginId: '', password: 'demo-login-1', channel: 'pc' });
    refuses(LoginRequest, { loginId: 'a'.repeat(65), password: 'demo-login-1', channel: 'pc' });
    refuses(LoginRequest, { loginId: 'mail-user', password: '', channel: 'pc' });
    refuses(LoginRequest, { loginId: 'mail-user', password: 'x'.repeat(129), channel: 'pc' });
    refuses(LoginRequest, { loginId: 'mail-user', password: 'demo-login-1', channel: 'pc', admin: true });
    refuses(LoginRequest, { loginId: 42, password: 'demo-login-1', channel: 'pc' });
  });

  it('login response', () => {
    accepts(LoginResponse, { token: 't'.repeat(32), expiresAt: '2025-04-01T10:00:00Z', startOfUseRequired: false });
    refuses(LoginResponse, { token: 'short', expiresAt: '2025-04-01T10:00:00Z', startOfUseRequired: false });
    refuses(LoginResponse, { token: 't'.repeat(32), expiresAt: 'tomorrow', startOfUseRequired: false });
    refuses(LoginResponse, { token: 't'.repeat(32), expiresAt: '2025-04-01T10:00:00', startOfUseRequired: false });
  });
});

describe('start of use', () => {
  const body = { newLoginPassword: 'newLogin123', confirmationPassword: 'confirm123', email: 'a@docomo.ne.jp' };
  it('request', () => {
    accepts(StartOfUseRequest, body);
    accepts(StartOfUseRequest, { ...body, email: 'a@gmail.com', acknowledgeFreeMail: true });
    refuses(StartOfUseRequest, { ...body, email: 'a@DOCOMO.ne.jp' }); // not normalized
    refuses(StartOfUseRequest, { ...body, email: ' a@docomo.ne.jp' });
    refuses(StartOfUseRequest, { ...body, email: 'a@xn--80ak6aa92e.com' });
    refuses(StartOfUseRequest, { ...body, email: 'a@ex\u0430mple.com' });
    refuses(StartOfUseRequest, { ...body, email: 'a..b@docomo.ne.jp' });
    refuses(StartOfUseRequest, { ...body, acknowledgeFreeMail: 'yes' });
    refuses(StartOfUseRequest, { newLoginPassword: 'newLogin123', email: 'a@docomo.ne.jp' });
  });

  it('verify and responses', () => {
    accepts(StartOfUseVerifyRequest, { mailOtp: '012345' });
    refuses(StartOfUseVerifyRequest, { mailOtp: '12345' });
    refuses(StartOfUseVerifyRequest, { mailOtp: '１２３４５６' });
    refuses(StartOfUseVerifyRequest, { mailOtp: 123456 });
    refuses(StartOfUseVerifyRequest, {});
    accepts(StartOfUseResponse, { otp });
    refuses(StartOfUseResponse, { otp: { ...otp, reference: '427' } });
    refuses(StartOfUseResponse, { otp: { ...otp, destinations: [] } });
  });
});

describe('operations: create', () => {
  it('transfer to a registered payee', () => {
    accepts(CreateOperationRequest, { ...transfer, payeeId: 'payee_1' });
    accepts(CreateOperationRequest, { ...transfer, amount: 1, payeeId: 'p' });
    accepts(CreateOperationRequest, { ...transfer, amount: 10_000_000, payeeId: 'p' });
  });

  it('transfer to an ad-hoc payee (都度振込)', () => {
    accepts(CreateOperationRequest, { ...transfer, payee });
    accepts(CreateOperationRequest, { ...transfer, payee: { ...payee, accountType: 'savings', name: 'ABC(ｶ' } });
  });

  it.each([
    ['both payeeId and payee', { ...transfer, payeeId: 'p', payee }],
    ['neither payeeId nor payee', transfer],
    ['amount 0', { ...transfer, amount: 0, payeeId: 'p' }],
    ['amount over the limit', { ...transfer, amount: 10_000_001, payeeId: 'p' }],
    ['a fractional amount', { ...transfer, amount: 100.5, payeeId: 'p' }],
    ['an amount as a string', { ...transfer, amount: '10000', payeeId: 'p' }],
    ['a negative amount', { ...transfer, amount: -1, payeeId: 'p' }],
    ['a payee name not normalized', { ...transfer, payee: { ...payee, name: 'ヤマダ タロウ' } }],
    ['a payee name in kanji', { ...transfer, payee: { ...payee, name: '山田太郎' } }],
    ['a payee name over 30 characters', { ...transfer, payee: { ...payee, name: 'ｱ'.repeat(31) } }],
    ['a 6-digit account number', { ...transfer, payee: { ...payee, accountNumber: '12345' } }],
    ['a Japanese account type', { ...transfer, payee: { ...payee, accountType: '普通' } }],
    ['a 3-digit bank code', { ...transfer, payee: { ...payee, bankCode: '005' } }],
    ['a payee with an extra field', { ...transfer, payee: { ...payee, note: 'x' } }],
    ['an id with a slash', { ...transfer, fromAccountId: '../1', payeeId: 'p' }],
    ['an unknown field', { ...transfer, payeeId: 'p', memo: 'rent' }],
  ])('refuses a transfer with %s', (_what, body) => {
    refuses(CreateOperationRequest, body);
  });

  it('bill payment', () => {
    const bill = { type: 'bill-payment', fromAccountId: 'acc_1', amount: 5400, collectorNumber: '58021', customerNumber: '12345678901234567890', confirmationNumber: '123456' };
    accepts(CreateOperationRequest, bill);
    refuses(CreateOperationRequest, { ...bill, collectorNumber: '5802' });
    refuses(CreateOperationRequest, { ...bill, customerNumber: '1'.repeat(21) });
    refuses(CreateOperationRequest, { ...bill, customerNumber: '' });
    refuses(CreateOperationRequest, { ...bill, confirmationNumber: '1234567' });
    refuses(CreateOperationRequest, { ...bill, amount: 0 });
    const { collectorNumber: _omit, ...withoutCollector } = bill;
    refuses(CreateOperationRequest, withoutCollector);
  });

  it('registered e-mail change', () => {
    accepts(CreateOperationRequest, { type: 'email-change', newEmail: 'new@au.com' });
    accepts(CreateOperationRequest, { type: 'email-change', newEmail: 'new@gmail.com', acknowledgeFreeMail: true });
    refuses(CreateOperationRequest, { type: 'email-change', newEmail: 'new@例え.jp' });
    refuses(CreateOperationRequest, { type: 'email-change', newEmail: '' });
    refuses(CreateOperationRequest, { type: 'email-change' });
  });

  it('Select E-mail slots', () => {
    const ok = { type: 'select-email-change', slots: [{ slot: 1, use: true, address: 'a@docomo.ne.jp' }, { slot: 2, use: false }] };
    accepts(CreateOperationRequest, ok);
    accepts(CreateOperationRequest, { ...ok, slots: [{ slot: 1, use: false }, { slot: 2, use: true, address: 'b@gmail.com', acknowledgeFreeMail: true }] });
    refuses(CreateOperationRequest, { ...ok, slots: [{ slot: 1, use: true }, { slot: 2, use: false }] }); // in use without address
    refuses(CreateOperationRequest, { ...ok, slots: [{ slot: 2, use: false }, { slot: 1, use: false }] });
    refuses(CreateOperationRequest, { ...ok, slots: [{ slot: 1, use: false }] });
    refuses(CreateOperationRequest, { ...ok, slots: [{ slot: 1, use: false }, { slot: 2, use: false }, { slot: 2, use: false }] });
    refuses(CreateOperationRequest, { ...ok, slots: [{ slot: 1, use: false }, { slot: 3, use: false }] });
    refuses(CreateOperationRequest, { ...ok, slots: [{ slot: 1, use: true, address: 'not-an-address' }, { slot: 2, use: false }] });
  });

  it('mail-notified password destinations', () => {
    const ok = { type: 'otp-destination-change', destinations: [{ slot: 1, use: true }, { slot: 2, use: false }] };
    accepts(CreateOperationRequest, ok);
    refuses(CreateOperationRequest, { ...ok, destinations: [{ slot: 2, use: true }, { slot: 1, use: false }] });
    refuses(CreateOperationRequest, { ...ok, destinations: [{ slot: 1, use: true }] });
    refuses(CreateOperationRequest, { ...ok, destinations: [{ slot: 1, use: 'yes' }, { slot: 2, use: false }] });
    refuses(CreateOperationRequest, { ...ok, destinations: [{ slot: 1, use: true, address: 'a@docomo.ne.jp' }, { slot: 2, use: false }] });
    // Created first, the choice coming with step 1's authorize (checked by the same schema there).
    accepts(CreateOperationRequest, { type: 'otp-destination-change' });
    accepts(AuthorizeRequest, { mailOtp: '123456', destinations: ok.destinations });
    refuses(AuthorizeRequest, { mailOtp: '123456', destinations: [{ slot: 2, use: true }, { slot: 1, use: false }] });
    refuses(AuthorizeRequest, { mailOtp: '123456', destinations: [{ slot: 1, use: true }] });
  });

  it('token start and release', () => {
    accepts(CreateOperationRequest, { type: 'token-start' });
    accepts(CreateOperationRequest, { type: 'token-release' });
    refuses(CreateOperationRequest, { type: 'token-start', secret: 'ABC' });
    refuses(CreateOperationRequest, { type: 'token-reset' });
    refuses(CreateOperationRequest, {});
    refuses(CreateOperationRequest, null);
  });

  it('never throws, whatever the body', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ type: fc.constantFrom('transfer', 'email-change', 'select-email-change'), slots: fc.anything(), payee: fc.anything(), newEmail: fc.string() })), (body) => {
        CreateOperationRequest.safeParse(body);
      }),
      { numRuns: 500 },
    );
  });

  it('response', () => {
    const created = { id: 'op_1', type: 'transfer', status: 'awaiting-authorization', step: 1, factors: ['mail-otp', 'confirmation-password'], otp, summary: { amount: 10000, payeeName: 'ﾔﾏﾀﾞ ﾀﾛｳ' } };
    accepts(CreateOperationResponse, created);
    const { otp: _none, ...registered } = created;
    accepts(CreateOperationResponse, { ...registered, factors: ['confirmation-password'] });
    refuses(CreateOperationResponse, { ...created, status: 'completed' });
    refuses(CreateOperationResponse, { ...created, factors: ['sms'] });
    refuses(CreateOperationResponse, { ...created, step: 0 });
  });
});

describe('operations: authorize, resend, status', () => {
  it('authorize request', () => {
    accepts(AuthorizeRequest, {});
    accepts(AuthorizeRequest, { confirmationPassword: 'demo-confirm-1', mailOtp: '123456' });
    accepts(AuthorizeRequest, { confirmationPassword: 'demo-confirm-1', tokenOtp: '000000' });
    refuses(AuthorizeRequest, { mailOtp: '12345' });
    refuses(AuthorizeRequest, { tokenOtp: '12 34 56' });
    refuses(AuthorizeRequest, { confirmationPassword: '' });
    refuses(AuthorizeRequest, { otp: '123456' });
  });

  it('authorize response: completed or the next step', () => {
    accepts(AuthorizeResponse, { status: 'completed', receiptNumber: 'R-0001', completedAt: '2025-04-01T10:00:00Z' });
    accepts(AuthorizeResponse, { status: 'awaiting-authorization', step: 2, factors: ['mail-otp', 'confirmation-password'], otp });
    accepts(AuthorizeResponse, { status: 'awaiting-authorization', step: 2, factors: ['token-otp'], provisioningUri: 'otpauth://totp/Demo:token-user?secret=ABC' });
    refuses(AuthorizeResponse, { status: 'awaiting-authorization', step: 1, factors: [] });
    refuses(AuthorizeResponse, { status: 'awaiting-authorization', step: 2, factors: [], provisioningUri: 'https://evil.example/' });
    refuses(AuthorizeResponse, { status: 'completed', completedAt: '2025-04-01T10:00:00Z' });
    refuses(AuthorizeResponse, { status: 'voided' });
  });

  it('resend and status', () => {
    accepts(ResendOtpResponse, { otp });
    refuses(ResendOtpResponse, {});
    const state = { id: 'op_1', type: 'email-change', status: 'completed', step: 2, factors: [], summary: {}, createdAt: '2025-04-01T10:00:00Z', receiptNumber: 'R-1', completedAt: '2025-04-01T10:01:00Z' };
    accepts(OperationState, state);
    accepts(OperationState, { ...state, status: 'voided', receiptNumber: null, completedAt: null });
    refuses(OperationState, { ...state, status: 'lost' });
  });
});

describe('customer, accounts, payees', () => {
  it('me', () => {
    const me = {
      loginId: 'mail-user', name: '山田 太郎', email: 'mail-user@docomo.ne.jp', tokenState: 'not-used',
      selectEmail: [{ slot: 1, use: true, address: 'a@au.com', otpDestination: true }, { slot: 2, use: false, address: null, otpDestination: false }],
      secondFactor: 'mail-otp', startOfUseRequired: false, policy: { registeredPayeeNeedsOtp: true },
    };
    accepts(Me, me);
    accepts(Me, { ...me, email: null, startOfUseRequired: true });
    refuses(Me, { ...me, selectEmail: me.selectEmail.slice(0, 1) });
    refuses(Me, { ...me, secondFactor: 'sms' });
    refuses(Me, { ...me, tokenState: 'lost' });
    accepts(Me, { ...me, policy: { registeredPayeeNeedsOtp: false } });
    const { policy: _policy, ...withoutPolicy } = me;
    refuses(Me, withoutPolicy);
  });

  it('bank and branch directory', () => {
    const bank = { code: '0005', name: 'サンプル銀行', kana: 'サンプルギンコウ' };
    accepts(BanksResponse, { banks: [bank] });
    accepts(BanksResponse, { banks: [] });
    refuses(BanksResponse, { banks: [{ ...bank, code: '5' }] });
    accepts(BranchesResponse, { bank, branches: [{ code: '101', name: '青山支店', kana: 'アオヤマシテン' }] });
    refuses(BranchesResponse, { bank, branches: [{ code: '1010', name: '青山支店', kana: 'アオヤマシテン' }] });
    accepts(BanksQuery, { code: '0005' });
    accepts(BanksQuery, { q: 'さんぷる' });
    refuses(BanksQuery, {});
    refuses(BanksQuery, { code: '0005', q: 'x' });
    refuses(BanksQuery, { q: '   ' });
    refuses(BanksQuery, { q: 'a\u200bb' });
    refuses(BranchesQuery, { code: '12' });
    accepts(BranchesQuery, { q: 'アオヤマ' });
  });

  it('accounts, history and payees', () => {
    accepts(AccountsResponse, { accounts: [{ id: 'acc_1', branchName: '本店', type: 'ordinary', number: '1234567', balance: 1_000_000 }] });
    refuses(AccountsResponse, { accounts: [{ id: 'acc_1', branchName: '本店', type: 'ordinary', number: '1234567', balance: -1 }] });
    refuses(AccountsResponse, { accounts: [{ id: 'acc_1', branchName: '本店', type: 'ordinary', number: '1234567', balance: 1.5 }] });
    accepts(TransactionsResponse, { transactions: [{ id: 't1', postedAt: '2025-04-01T10:00:00+09:00', kind: 'transfer', detail: 'ﾔﾏﾀﾞ ｻﾁｺ', amount: -10000, balanceAfter: 990000, receiptNumber: null }], nextCursor: '20' });
    accepts(TransactionsResponse, { transactions: [], nextCursor: null });
    accepts(PayeesResponse, { payees: [{ id: 'p1', name: 'ﾔﾏﾀﾞ ﾀﾛｳ', bankCode: '0005', branchCode: '123', accountType: 'ordinary', accountNumber: '0012345', bankName: 'デモ', branchName: '本店' }] });
    refuses(PayeesResponse, { payees: [{ id: 'p1', name: 'x', bankCode: '5', branchCode: '123', accountType: 'ordinary', accountNumber: '0012345', bankName: 'デモ', branchName: '本店' }] });
  });

  it('queries coerce the strings of a URL', () => {
    expect(TransactionsQuery.parse({ cursor: '20', limit: '50' })).toEqual({ cursor: '20', limit: 50 });
    refuses(TransactionsQuery, { limit: '0' });
    refuses(TransactionsQuery, { limit: '101' });
    refuses(TransactionsQuery, { cursor: 'abc' });
    refuses(TransactionsQuery, { offset: '1' });
    expect(TransferFeeQuery.parse({ bankCode: '0005', amount: '10000' })).toEqual({ bankCode: '0005', amount: 10000 });
    refuses(TransferFeeQuery, { bankCode: '0005', amount: '0' });
    refuses(TransferFeeQuery, { bankCode: '0005', amount: 'many' });
  });
});

describe('errors, health, mailbox, paths, idempotency', () => {
  it('error body', () => {
    accepts(ErrorBody, { error: { code: 'OTP_INVALID', message: 'wrong', attemptsLeft: 2 } });
    accepts(ErrorBody, { error: { code: 'OTP_RESEND_TOO_SOON', message: 'wait', retryAfter: 12 } });
    accepts(ErrorBody, { error: { code: 'VALIDATION_FAILED', message: 'bad', issues: [{ path: ['payee', 'name'], message: 'kana', code: 'custom' }, { path: ['slots', 0], message: 'x' }] } });
    refuses(ErrorBody, { error: { code: 'TEAPOT', message: 'x' } });
    refuses(ErrorBody, { error: { code: 'OTP_INVALID' } });
    refuses(ErrorBody, { error: { code: 'OTP_INVALID', message: 'x', attemptsLeft: -1 } });
    refuses(ErrorBody, { code: 'OTP_INVALID', message: 'x' });
  });

  it('health and mailbox', () => {
    accepts(Health, { status: 'ok' });
    refuses(Health, { status: 'down' });
    accepts(MailboxMessages, [{ id: '1', from: 'no-reply@otp-auth.net', to: ['a@docomo.ne.jp'], subject: 's', text: 't', receivedAt: '2025-04-01T10:00:00Z', reference: '0427' }]);
    refuses(MailboxMessages, [{ id: '1', from: 'x', to: 'a@docomo.ne.jp', subject: 's', text: 't', receivedAt: '2025-04-01T10:00:00Z' }]);
  });

  it('paths of BANK-API.md, with ids escaped', () => {
    expect(BANK_PATHS.sessions).toBe('/api/v1/sessions');
    expect(BANK_PATHS.currentSession).toBe('/api/v1/sessions/current');
    expect(BANK_PATHS.me).toBe('/api/v1/me');
    expect(BANK_PATHS.startOfUseVerify).toBe('/api/v1/start-of-use/verify');
    expect(BANK_PATHS.operationAuthorize('op_1')).toBe('/api/v1/operations/op_1/authorize');
    expect(BANK_PATHS.operationOtp('op_1')).toBe('/api/v1/operations/op_1/otp');
    expect(BANK_PATHS.transactions('../../admin')).toBe('/api/v1/accounts/..%2F..%2Fadmin/transactions');
    expect(BANK_PATHS.operation('a?b#c')).toBe('/api/v1/operations/a%3Fb%23c');
  });

  it('idempotency keys', () => {
    expect(IDEMPOTENCY_KEY_PATTERN.test('0f8fad5b-d9cb-469f-a165-70867728950e')).toBe(true);
    expect(IDEMPOTENCY_KEY_PATTERN.test('abcdefg')).toBe(false);
    expect(IDEMPOTENCY_KEY_PATTERN.test('abcd efgh')).toBe(false);
    expect(IDEMPOTENCY_KEY_PATTERN.test('x'.repeat(129))).toBe(false);
  });
});

describe('OpenAPI: every exported schema converts to JSON Schema', () => {
  const schemas: [string, z.ZodType][] = [];
  for (const [name, value] of Object.entries(api as Record<string, unknown>)) if (value instanceof z.ZodType) schemas.push([name, value]);

  it('finds the request and response schemas', () => {
    const names = schemas.map(([n]) => n);
    for (const n of ['LoginRequest', 'LoginResponse', 'StartOfUseRequest', 'StartOfUseVerifyRequest', 'CreateOperationRequest',
      'CreateOperationResponse', 'AuthorizeRequest', 'AuthorizeResponse', 'ResendOtpResponse', 'OperationState', 'Me',
      'AccountsResponse', 'TransactionsResponse', 'PayeesResponse', 'ErrorBody', 'MailboxMessages', 'Health']) {
      expect(names).toContain(n);
    }
  });

  it.each(schemas)('%s', (_name, schema) => {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
    expect(typeof json).toBe('object');
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('keeps what a client needs to know, e.g. the ad-hoc payee and the operation kinds', () => {
    const json = JSON.stringify(z.toJSONSchema(CreateOperationRequest, { io: 'input', unrepresentable: 'any' }));
    for (const word of ['payeeId', 'payee', 'bankCode', 'collectorNumber', 'select-email-change', 'otp-destination-change', 'token-release']) {
      expect(json).toContain(word);
    }
  });
});
