// Bad input end to end through the IPC contract (the core, as both hosts call it) and through the
// bank's own API: full-width digits, zero-width spaces, homoglyph domains, negative, fractional and
// overflowing amounts, wrong types and oversized values. Each gets a clear typed error, never a
// 5xx, and nothing is stored: no operation, password, pending start-of-use, posting or mail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src-main/core/config.js';
import { createCore, type CoreWithServices } from '../../../src-main/core/create-core.js';
import { MemoryPreferenceStore } from '../../../src-main/core/preferences/store.js';
import { silentLogger } from '../../../src-main/core/logger.js';
import { Api } from '../bank/helpers.js';
import { RAISED_OTP_LIMITS, startBankProcess, type BankProcess } from '../../support/bank-process.js';
import { listMessages } from '../../support/mailbox.js';
import { Tally } from '../../support/reliability-summary.js';
import Database from 'better-sqlite3';

const PAYEE = { bankCode: '0005', branchCode: '101', accountType: 'ordinary', accountNumber: '7654321', name: 'ﾔﾏﾀﾞ ｻﾁｺ' };
const transfer = (over: Record<string, unknown> = {}, payee: Record<string, unknown> = {}) => ({
  type: 'transfer', fromAccountId: 'acc_1234567', amount: 1000, payee: { ...PAYEE, ...payee }, ...over,
});

/** The typed error each bad request must get from the core, and the bank's answer to the same body. */
type Code = 'INVALID_REQUEST' | 'ACCOUNT_NOT_FOUND' | 'INSUFFICIENT_FUNDS' | 'PASSWORD_POLICY';
const BANK_ANSWER: Record<Code, [number, string]> = {
  INVALID_REQUEST: [400, 'VALIDATION_FAILED'],
  ACCOUNT_NOT_FOUND: [404, 'ACCOUNT_NOT_FOUND'],
  INSUFFICIENT_FUNDS: [422, 'INSUFFICIENT_FUNDS'],
  PASSWORD_POLICY: [422, 'PASSWORD_POLICY'],
};

/** Transfer bodies that must be refused, each with a name for the report and the code it must get. */
const BAD_TRANSFERS: [string, unknown, Code][] = [
  ['negative amount', transfer({ amount: -1000 }), 'INVALID_REQUEST'],
  ['zero amount', transfer({ amount: 0 }), 'INVALID_REQUEST'],
  ['fractional amount', transfer({ amount: 1000.5 }), 'INVALID_REQUEST'],
  ['amount over the per-transfer maximum', transfer({ amount: 10_000_001 }), 'INVALID_REQUEST'],
  ['amount beyond safe integers', transfer({ amount: 2 ** 53 + 2 }), 'INVALID_REQUEST'],
  ['amount 1e21', transfer({ amount: 1e21 }), 'INVALID_REQUEST'],
  ['amount as a string', transfer({ amount: '1000' }), 'INVALID_REQUEST'],
  ['amount in full-width digits', transfer({ amount: '１０００' }), 'INVALID_REQUEST'],
  ['amount with a thousands separator', transfer({ amount: '1,000' }), 'INVALID_REQUEST'],
  ['bank code in full-width digits', transfer({}, { bankCode: '０００５' }), 'INVALID_REQUEST'],
  ['branch code with a zero-width space', transfer({}, { branchCode: '1\u200b01' }), 'INVALID_REQUEST'],
  ['account number with a trailing zero-width space', transfer({}, { accountNumber: '7654321\u200b' }), 'INVALID_REQUEST'],
  ['account number in full-width digits', transfer({}, { accountNumber: '７６５４３２１' }), 'INVALID_REQUEST'],
  ['account number too long', transfer({}, { accountNumber: '76543210' }), 'INVALID_REQUEST'],
  ['payee name in full-width katakana (not normalized)', transfer({}, { name: 'ヤマダ サチコ' }), 'INVALID_REQUEST'],
  ['payee name with a zero-width joiner', transfer({}, { name: 'ﾔﾏﾀﾞ\u200dｻﾁｺ' }), 'INVALID_REQUEST'],
  ['payee name with markup', transfer({}, { name: '<script>' }), 'INVALID_REQUEST'],
  ['payee name oversized', transfer({}, { name: 'ｱ'.repeat(5000) }), 'INVALID_REQUEST'],
  ['unknown account type', transfer({}, { accountType: 'checking' }), 'INVALID_REQUEST'],
  ['extra field', { ...transfer(), admin: true }, 'INVALID_REQUEST'],
  ['account of another customer', transfer({ fromAccountId: 'acc_2345678' }), 'ACCOUNT_NOT_FOUND'],
  ['amount over the balance', transfer({ amount: 9_999_999 }), 'INSUFFICIENT_FUNDS'],
];

const BAD_EMAIL_CHANGES: [string, unknown, Code][] = [
  ['homoglyph domain (Cyrillic о)', { type: 'email-change', newEmail: 'moved@docоmo.ne.jp' }, 'INVALID_REQUEST'],
  ['full-width domain', { type: 'email-change', newEmail: 'moved@ｄｏｃｏｍｏ.ne.jp' }, 'INVALID_REQUEST'],
  ['zero-width space in the local part', { type: 'email-change', newEmail: 'mo\u200bved@docomo.ne.jp' }, 'INVALID_REQUEST'],
  ['full-width at sign', { type: 'email-change', newEmail: 'moved＠docomo.ne.jp' }, 'INVALID_REQUEST'],
  ['oversized address', { type: 'email-change', newEmail: `${'a'.repeat(300)}@docomo.ne.jp` }, 'INVALID_REQUEST'],
  ['no domain', { type: 'email-change', newEmail: 'moved@' }, 'INVALID_REQUEST'],
];

const GOOD_PASSWORDS = { newLoginPassword: 'fresh-login-7', confirmationPassword: 'fresh-confirm-8', acknowledgeFreeMail: false };
const BAD_START_OF_USE: [string, unknown, Code][] = [
  ['homoglyph domain', { ...GOOD_PASSWORDS, email: 'new-user@ezwеb.ne.jp' }, 'INVALID_REQUEST'],
  ['zero-width space in the address', { ...GOOD_PASSWORDS, email: 'new-user@ezweb\u200b.ne.jp' }, 'INVALID_REQUEST'],
  ['full-width digits in the address', { ...GOOD_PASSWORDS, email: 'user１@ezweb.ne.jp' }, 'INVALID_REQUEST'],
  ['password with full-width digits only', { ...GOOD_PASSWORDS, newLoginPassword: 'abcdefgh１２３', email: 'new-user@ezweb.ne.jp' }, 'PASSWORD_POLICY'],
  ['password too short', { ...GOOD_PASSWORDS, newLoginPassword: 'ab1', email: 'new-user@ezweb.ne.jp' }, 'PASSWORD_POLICY'],
  ['password oversized', { ...GOOD_PASSWORDS, newLoginPassword: `a1${'x'.repeat(200)}`, email: 'new-user@ezweb.ne.jp' }, 'INVALID_REQUEST'],
  ['password with zero-width spaces only as padding', { ...GOOD_PASSWORDS, confirmationPassword: '\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b', email: 'new-user@ezweb.ne.jp' }, 'PASSWORD_POLICY'],
  ['acknowledgement as a string', { ...GOOD_PASSWORDS, acknowledgeFreeMail: 'yes', email: 'new-user@ezweb.ne.jp' }, 'INVALID_REQUEST'],
];

let bank: BankProcess;
let core: CoreWithServices;
let newUser: CoreWithServices;
let api: Api;
let token: string;
const tally = new Tally('bad-input');

beforeAll(async () => {
  bank = await startBankProcess({ env: { BANK_RESET: '1', ...RAISED_OTP_LIMITS } });
  api = new Api(bank.apiUrl);
  token = await api.login('mail-user');
  const make = () => createCore(defaultConfig({ bankUrl: bank.apiUrl, kiosk: true }), { store: new MemoryPreferenceStore(), log: silentLogger() });
  core = await make();
  newUser = await make();
  expect((await core.dispatch('session.login', { loginId: 'mail-user', password: 'demo-login-1', rememberId: false })).ok).toBe(true);
  expect((await newUser.dispatch('session.login', { loginId: 'new-user', password: 'demo-first-1', rememberId: false })).ok).toBe(true);
});
afterAll(async () => {
  tally.record();
  await core?.close();
  await newUser?.close();
  await bank?.stop();
});

/** Everything a bad request must not have changed. */
async function stored(): Promise<string> {
  const db = new Database(bank.dbPath, { readonly: true });
  try {
    const count = (t: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n;
    const customers = db.prepare('SELECT login_id, email, start_of_use_done, confirm_pw_hash IS NOT NULL AS has_confirm FROM customers ORDER BY id').all();
    const selects = db.prepare('SELECT * FROM select_emails ORDER BY customer_id, slot').all();
    const balances = db.prepare('SELECT id, balance FROM accounts ORDER BY id').all();
    const mails = (await listMessages(bank.mailboxUrl)).length;
    return JSON.stringify({ operations: count('operations'), otps: count('otps'), pending: count('pending_start_of_use'), postings: count('transactions'), customers, selects, balances, mails });
  } finally {
    db.close();
  }
}

function judge(name: string, ok: boolean, detail: string): void {
  tally.count(ok ? undefined : `${name}: ${detail}`);
  expect(ok, `${name}: ${detail}`).toBe(true);
}

describe('bad input through the IPC contract', () => {
  it('transfers: every bad body gets a typed error and nothing is stored', async () => {
    const before = await stored();
    for (const [name, operation, expected] of BAD_TRANSFERS) {
      const r = await core.dispatch('operations.create', { intentId: crypto.randomUUID(), operation });
      const code = r.ok ? 'accepted' : r.error.code;
      judge(name, !r.ok && code === expected && r.error.message.length > 0, `${code}, expected ${expected}`);
    }
    expect(await stored()).toBe(before);
  });

  it('e-mail changes: homoglyph, full-width and zero-width addresses are refused, nothing is stored', async () => {
    const before = await stored();
    for (const [name, operation, expected] of BAD_EMAIL_CHANGES) {
      const r = await core.dispatch('operations.create', { intentId: crypto.randomUUID(), operation });
      judge(`e-mail change, ${name}`, !r.ok && r.error.code === expected, r.ok ? 'accepted' : r.error.code);
    }
    expect(await stored()).toBe(before);
  });

  it('start of use: tricky addresses and passwords are refused, nothing is stored', async () => {
    const before = await stored();
    for (const [name, request, expected] of BAD_START_OF_USE) {
      const r = await newUser.dispatch('startOfUse.submit', request);
      judge(`start of use, ${name}`, !r.ok && r.error.code === expected, `${r.ok ? 'accepted' : r.error.code}, expected ${expected}`);
    }
    expect(await stored()).toBe(before);
    const state = await newUser.dispatch('session.state', {});
    expect(state.ok && (state.value as { state: string }).state).toBe('start-of-use-required');
  });

  it('other channels: full-width and zero-width codes, wrong types', async () => {
    const before = await stored();
    const cases: [string, string, unknown][] = [
      ['fee for a full-width bank code', 'transfers.fee', { bankCode: '０００５', amount: 1000 }],
      ['fee for a negative amount', 'transfers.fee', { bankCode: '0005', amount: -5 }],
      ['authorize with a full-width OTP', 'operations.authorize', { operationId: 'op_x', intentId: crypto.randomUUID(), mailOtp: '１２３４５６' }],
      ['authorize with a zero-width space in the OTP', 'operations.authorize', { operationId: 'op_x', intentId: crypto.randomUUID(), mailOtp: '123\u200b456' }],
      ['status of a path-like id', 'operations.status', { operationId: '../sessions' }],
      ['transactions with a negative cursor', 'accounts.transactions', { accountId: 'acc_1234567', cursor: '-1' }],
      ['login with a number for the password', 'session.login', { loginId: 'mail-user', password: 12345678, rememberId: false }],
    ];
    for (const [name, channel, request] of cases) {
      const r = await core.dispatch(channel, request);
      judge(name, !r.ok && r.error.code === 'INVALID_REQUEST', r.ok ? 'accepted' : r.error.code);
    }
    expect(await stored()).toBe(before);
  });
});

describe("bad input straight to the bank's API", () => {
  it('every bad body gets its 4xx with its typed error body, never a 5xx, and nothing is stored', async () => {
    const before = await stored();
    const all: [string, string, unknown, Code][] = [
      ...BAD_TRANSFERS.map(([n, b, c]) => [`api transfer, ${n}`, '/api/v1/operations', b, c] as [string, string, unknown, Code]),
      ...BAD_EMAIL_CHANGES.map(([n, b, c]) => [`api e-mail change, ${n}`, '/api/v1/operations', b, c] as [string, string, unknown, Code]),
      ['api transfer, not an object', '/api/v1/operations', [1, 2, 3], 'INVALID_REQUEST'],
      ['api transfer, null', '/api/v1/operations', null, 'INVALID_REQUEST'],
    ];
    for (const [name, path, body, expected] of all) {
      const r = await api.post(path, body, token);
      const [status, code] = BANK_ANSWER[expected];
      const ok = r.status === status && r.body?.error?.code === code && typeof r.body.error.message === 'string';
      judge(name, ok, `${r.status} ${JSON.stringify(r.body).slice(0, 160)}, expected ${status} ${code}`);
    }
    // The bank may refuse an oversized body before reading it all and close the connection: the
    // client then sees the 413 or a cut connection; either way the bank must still be up.
    const huge = await api.request('POST', '/api/v1/operations', { token, key: crypto.randomUUID(), raw: JSON.stringify(transfer({}, { name: 'ｱ'.repeat(3_000_000) })) })
      .then((r) => r.status, (e: unknown) => `cut (${e instanceof Error && e.cause instanceof Error ? e.cause.message : String(e)})`);
    const health = await api.get('/health');
    judge('api transfer, 3 MB body', (huge === 413 || String(huge).startsWith('cut')) && health.status === 200, `${huge}, health ${health.status}`);
    const notJson = await api.request('POST', '/api/v1/operations', { token, key: crypto.randomUUID(), raw: '{"type": "transfer", ' });
    judge('api transfer, broken JSON', notJson.status === 400 && notJson.body?.error?.code === 'VALIDATION_FAILED', `${notJson.status} ${notJson.body?.error?.code}`);
    const newToken = await api.login('new-user', 'demo-first-1');
    for (const [name, body, expected] of BAD_START_OF_USE) {
      const r = await api.post('/api/v1/start-of-use', body, newToken);
      const [status, code] = BANK_ANSWER[expected];
      judge(`api start of use, ${name}`, r.status === status && r.body?.error?.code === code, `${r.status} ${JSON.stringify(r.body).slice(0, 160)}, expected ${status} ${code}`);
    }
    expect(await stored()).toBe(before);
  });
});
