// OTP races and guessing against the demo bank process: many concurrent authorizations of one
// operation complete it once; a resend racing an authorization leaves only the newest password
// working; parallel wrong guesses get no more than the allowed tries; a superseded, expired or
// foreign password never authorizes anything. The ledger in the bank's SQLite file is the judge.
// (tests/integration/bank/otp.test.ts covers the same rules one request at a time.)
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, type ApiResponse } from '../bank/helpers.js';
import { RAISED_OTP_LIMITS, startBankProcess, type BankProcess } from '../../support/bank-process.js';
import { waitForOtp } from '../../support/mailbox.js';
import { ledgerProblems, readLedger } from '../../support/reliability-ledger.js';
import { Tally, caseCount, runSeed, withSeed } from '../../support/reliability-summary.js';

const CONCURRENT = caseCount('OTP_CONCURRENT', 100, 300);
const RACES = caseCount('OTP_RACES', 6, 40);
const GUESS_ROUNDS = caseCount('OTP_GUESS_ROUNDS', 3, 20);
const MAIL = 'mail-user@docomo.ne.jp';
const OTHER_MAIL = 'suspended-user@softbank.ne.jp';
const AD_HOC = { bankCode: '0005', branchCode: '101', accountType: 'ordinary', accountNumber: '7654321', name: 'ﾔﾏﾀﾞ ｻﾁｺ' };
/** Rejections an authorization may meet in a race; anything else (or a 5xx) is a failure. */
const TYPED = new Set(['OPERATION_ALREADY_COMPLETED', 'OTP_SUPERSEDED', 'OTP_EXPIRED', 'OTP_INVALID', 'OTP_ATTEMPTS_EXCEEDED']);

let bank: BankProcess;
let api: Api;
let token: string;
const tally = new Tally('otp-races', { movesMoney: true });

beforeAll(async () => {
  bank = await startBankProcess({ env: { BANK_RESET: '1', BANK_OTP_RESEND_COOLDOWN_S: '0', BANK_DAILY_LIMIT: '1000000000', BANK_LOCK_AFTER: '100', ...RAISED_OTP_LIMITS } });
  api = new Api(bank.apiUrl);
  token = await api.login('mail-user');
});
afterAll(async () => {
  tally.record(runSeed());
  await bank?.stop();
});

async function createTransfer(amount: number, as = token, from = 'acc_1234567', address = MAIL) {
  const op = await api.post('/api/v1/operations', { type: 'transfer', fromAccountId: from, amount, payee: AD_HOC }, as);
  expect(op.status, JSON.stringify(op.body)).toBe(201);
  const mail = await waitForOtp(bank.mailboxUrl, address, { reference: op.body.otp.reference, timeoutMs: 15_000 });
  return { id: op.body.id as string, code: mail.code };
}

const authorize = (id: string, mailOtp: string, as = token): Promise<ApiResponse> =>
  api.post(`/api/v1/operations/${id}/authorize`, { mailOtp, confirmationPassword: 'demo-confirm-1' }, as, randomUUID());

function postingsOf(opId: string): number {
  const s = readLedger(bank.dbPath);
  const op = s.operations.get(opId);
  if (!op?.receipt) return 0;
  return s.lines.filter((l) => l.receipt === op.receipt && l.kind === 'transfer').length;
}

describe('OTP races', () => {
  it(`${CONCURRENT} concurrent authorizations with the right password: exactly one completes`, async () => {
    const { id, code } = await createTransfer(1_000);
    const answers = await Promise.all(Array.from({ length: CONCURRENT }, () => authorize(id, code)));
    const done = answers.filter((a) => a.status === 200 && a.body.status === 'completed');
    const untyped = answers.filter((a) => !(a.status === 200 && a.body.status === 'completed') && !(a.status >= 400 && a.status < 500 && TYPED.has(a.body?.error?.code)));
    for (const a of answers) tally.count(untyped.includes(a) ? `untyped answer ${a.status}` : undefined);
    expect(untyped.map((a) => `${a.status} ${JSON.stringify(a.body)}`)).toEqual([]);
    expect(done).toHaveLength(1);
    const posted = postingsOf(id);
    if (posted > 1) tally.duplicates += posted - 1;
    if (posted === 0) tally.lost++;
    expect(posted).toBe(1);
    expect(ledgerProblems(readLedger(bank.dbPath)).problems).toEqual([]);
  });

  it('a resend racing an authorization with the old password: only the newest password ever works', async () => {
    for (let round = 0; round < RACES; round++) {
      const { id, code } = await createTransfer(1_000 + round);
      const [resent, old] = await Promise.all([api.post(`/api/v1/operations/${id}/otp`, undefined, token), authorize(id, code)]);
      const oldWon = old.status === 200 && old.body.status === 'completed';
      const problem =
        resent.status === 201 && oldWon ? 'both the resend and the old password succeeded'
        : !oldWon && !TYPED.has(old.body?.error?.code) ? `old password answered ${old.status}`
        : resent.status !== 201 && resent.body?.error?.code !== 'OPERATION_ALREADY_COMPLETED' ? `resend answered ${resent.status}`
        : undefined;
      tally.count(problem);
      expect(problem).toBeUndefined();
      if (resent.status === 201) {
        expect(old.body.error.code).toBe('OTP_SUPERSEDED');
        // The old one stays void; the newest one completes the operation, once.
        expect((await authorize(id, code)).body.error.code).toBe('OTP_SUPERSEDED');
        const fresh = await waitForOtp(bank.mailboxUrl, MAIL, { reference: resent.body.otp.reference, timeoutMs: 15_000 });
        expect((await authorize(id, fresh.code)).body.status).toBe('completed');
      }
      expect(postingsOf(id)).toBe(1);
    }
  });

  it('parallel wrong guesses get no more tries than allowed, then even the right password is void', async () => {
    await withSeed(import.meta.url, 'otp guessing', (seed) =>
      fc.assert(
        fc.asyncProperty(fc.uniqueArray(fc.stringMatching(/^\d{6}$/), { minLength: 8, maxLength: 16 }), async (guesses) => {
          const { id, code } = await createTransfer(500);
          const wrong = guesses.filter((g) => g !== code);
          const answers = await Promise.all(wrong.map((g) => authorize(id, g)));
          const invalid = answers.filter((a) => a.body?.error?.code === 'OTP_INVALID');
          const exceeded = answers.filter((a) => a.body?.error?.code === 'OTP_ATTEMPTS_EXCEEDED');
          const completed = answers.filter((a) => a.status === 200);
          const ok = completed.length === 0 && invalid.length === Math.min(4, wrong.length) && invalid.length + exceeded.length === wrong.length
            && new Set(invalid.map((a) => a.body.error.attemptsLeft)).size === invalid.length;
          tally.count(ok ? undefined : `guessing: ${answers.map((a) => a.body?.error?.code ?? a.status).join(',')}`);
          if (!ok) return false;
          const right = await authorize(id, code);
          tally.count(right.status === 200 ? 'right password after 5 wrong ones completed' : undefined);
          return right.body?.error?.code === 'OTP_ATTEMPTS_EXCEEDED' && postingsOf(id) === 0;
        }),
        { seed, numRuns: GUESS_ROUNDS, endOnFailure: true },
      ),
    );
  });

  it("a password for operation A never authorizes B, nor another customer's operation", async () => {
    const a = await createTransfer(700);
    const other = await api.login('suspended-user');
    const b = await createTransfer(800, other, 'acc_3456789', OTHER_MAIL);
    // A's code on B, by B's owner and by A's owner (who may not even see B).
    const cross = await authorize(b.id, a.code, other);
    const foreign = await authorize(b.id, a.code, token);
    const foreignRight = await authorize(b.id, b.code, token);
    for (const r of [cross, foreign, foreignRight]) {
      tally.count(r.status === 200 ? 'a foreign password or session authorized an operation' : undefined);
      expect(r.status).toBeGreaterThanOrEqual(400);
      expect(r.status).toBeLessThan(500);
    }
    expect(cross.body.error.code).toBe('OTP_INVALID');
    // B stays open for its owner, and A for its own: each with its own code.
    expect((await authorize(b.id, b.code, other)).body.status).toBe('completed');
    expect((await authorize(a.id, a.code)).body.status).toBe('completed');
    expect(postingsOf(a.id)).toBe(1);
    expect(postingsOf(b.id)).toBe(1);
  });

  it('a superseded password never works, whichever operation it is tried on', async () => {
    const a = await createTransfer(600);
    const b = await createTransfer(601); // a new operation voids A's password (one customer, one live password)
    for (const [id, code] of [[a.id, a.code], [b.id, a.code]] as const) {
      const r = await authorize(id, code);
      tally.count(r.status === 200 ? 'a superseded password worked' : undefined);
      expect(r.status).not.toBe(200);
    }
    expect((await authorize(a.id, a.code)).body.error.code).toBe('OTP_SUPERSEDED');
    expect((await authorize(b.id, b.code)).body.status).toBe('completed');
    expect(postingsOf(a.id)).toBe(0);
  });
});

describe('OTP expiry on a live clock', () => {
  let short: BankProcess;
  afterAll(async () => short?.stop());

  it('an expired password never works, even the right one', async () => {
    short = await startBankProcess({ env: { BANK_RESET: '1', BANK_OTP_TTL_S: '1' } });
    const api2 = new Api(short.apiUrl);
    const t = await api2.login('mail-user');
    const op = await api2.post('/api/v1/operations', { type: 'transfer', fromAccountId: 'acc_1234567', amount: 900, payee: AD_HOC }, t);
    const mail = await waitForOtp(short.mailboxUrl, MAIL, { reference: op.body.otp.reference, timeoutMs: 15_000 });
    // Wait until the bank's own expiry time has passed (its clock is this machine's clock).
    const expiresAt = Date.parse(op.body.otp.expiresAt as string);
    while (Date.now() <= expiresAt + 50) await new Promise((r) => setTimeout(r, expiresAt + 60 - Date.now()));
    const r = await api2.post(`/api/v1/operations/${op.body.id}/authorize`, { mailOtp: mail.code, confirmationPassword: 'demo-confirm-1' }, t);
    tally.count(r.status === 200 ? 'an expired password worked' : undefined);
    expect(r.status).toBe(410);
    expect(r.body.error.code).toBe('OTP_EXPIRED');
    expect(readLedger(short.dbPath).operations.get(op.body.id as string)?.status).toBe('awaiting-authorization');
  });
});
