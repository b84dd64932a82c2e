// Statements by period (Japan-time dates within the last 13 months, by the bank's own clock, which
// the tester controls move), cursor paging inside a period, bad periods refused with their issues,
// and the receipts of completed operations, newest first, without secrets.
import { afterEach, describe, expect, it } from 'vitest';
import { addMonths, jstDate } from '../../../src-shared/domain/index.js';
import { startTestBank, type TestBank } from './helpers.js';
import { control, TESTER_PATHS } from './tester-helpers.js';

let t: TestBank;
afterEach(async () => t?.close());

const DAY = 86_400_000;
const ACC = 'acc_1234567';
const tx = (token: string, q: string) => t.api.get(`/api/v1/accounts/${ACC}/transactions${q}`, token);
const kinds = (body: { transactions: { kind: string }[] }) => body.transactions.map((r) => r.kind);

describe('statements by period', () => {
  it('filters by Japan-time dates (both included), newest first, and pages with the cursor inside the period', async () => {
    t = await startTestBank();
    const token = await t.api.login('mail-user');
    const now = t.clock.now();
    const all = await tx(token, '');
    expect(kinds(all.body)).toEqual(['atm-withdrawal', 'salary', 'account-opened']);

    const mid = await tx(token, `?from=${jstDate(now - 25 * DAY)}&to=${jstDate(now - 15 * DAY)}`);
    expect(mid.status).toBe(200);
    expect(kinds(mid.body)).toEqual(['salary']);
    // A period of one day: the salary's own date, from its first to its last moment.
    expect(kinds((await tx(token, `?from=${jstDate(now - 20 * DAY)}&to=${jstDate(now - 20 * DAY)}`)).body)).toEqual(['salary']);
    expect(kinds((await tx(token, `?from=${jstDate(now - 5 * DAY)}&to=${jstDate(now)}`)).body)).toEqual([]);

    const period = `from=${jstDate(now - 31 * DAY)}&to=${jstDate(now)}`;
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 5; page++) {
      const r = await tx(token, `?${period}&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(r.status).toBe(200);
      expect(r.body.transactions).toHaveLength(1);
      seen.push(...kinds(r.body));
      cursor = r.body.nextCursor;
      if (cursor === null) break;
    }
    expect(seen).toEqual(['atm-withdrawal', 'salary', 'account-opened']);
    // Only the start or only the end: the other side is the bank's limit.
    expect(kinds((await tx(token, `?from=${jstDate(now - 15 * DAY)}`)).body)).toEqual(['atm-withdrawal']);
    expect(kinds((await tx(token, `?to=${jstDate(now - 25 * DAY)}`)).body)).toEqual(['account-opened']);
  });

  it('refuses bad periods with 400 VALIDATION_FAILED naming each problem, by the bank clock the tester moves', async () => {
    t = await startTestBank({ testerControls: true });
    let token = await t.api.login('mail-user');
    const today = jstDate(t.clock.now());
    const earliest = addMonths(today, -13);
    const issues = async (q: string) => {
      const r = await tx(token, q);
      expect(r.status, q).toBe(400);
      expect(r.body.error.code).toBe('VALIDATION_FAILED');
      return (r.body.error.issues as { path: string[]; message: string }[]).map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(await issues(`?from=${today}&to=${addMonths(today, -1)}`)).toEqual(['to: period: to is before from']);
    expect(await issues('?from=2025-02-30')).toEqual(['from: date: not a calendar date']);
    expect(await issues('?from=20250101')).toEqual(['from: date: YYYY-MM-DD']);
    expect((await issues(`?from=${addMonths(earliest, -1)}&to=${today}`))[0]).toMatch(/^from: from: more than 13 months ago \(earliest \d{4}-\d{2}-\d{2}\)$/);
    const tomorrow = jstDate(t.clock.now() + DAY);
    expect(await issues(`?from=${today}&to=${tomorrow}`)).toEqual([`to: to: after today (${today}, Japan time)`]);
    expect(await issues(`?from=x&cursor=1&page=2`)).toHaveLength(2);

    // The earliest day is allowed today; after the bank's clock moves two days on, it is too old.
    expect((await tx(token, `?from=${earliest}&to=${today}`)).status).toBe(200);
    expect((await control(t.api, TESTER_PATHS.clock, { advanceMinutes: 2 * 24 * 60 })).status).toBe(200);
    token = await t.api.login('mail-user'); // the session did not outlive two days
    expect((await issues(`?from=${earliest}&to=${today}`))[0]).toMatch(/^from: from: more than 13 months ago \(earliest \d{4}-\d{2}-\d{2}\)$/);
    // And the day after tomorrow (of the old clock) is no longer in the future.
    expect((await tx(token, `?from=${today}&to=${tomorrow}`)).status).toBe(200);
  });
});

describe('receipts', () => {
  it('lists completed operations newest first with account and summary, only the customer\'s own, and no secret', async () => {
    t = await startTestBank({ registeredPayeeNeedsOtp: false });
    const token = await t.api.login('mail-user');
    const payee = (await t.api.get('/api/v1/payees', token)).body.payees[0];
    const numbers: string[] = [];
    for (const amount of [1_000, 2_000]) {
      const op = await t.api.post('/api/v1/operations', { type: 'transfer', fromAccountId: ACC, amount, payeeId: payee.id }, token);
      const done = await t.api.post(`/api/v1/operations/${op.body.id}/authorize`, { confirmationPassword: 'demo-confirm-1' }, token);
      expect(done.body.status).toBe('completed');
      numbers.push(done.body.receiptNumber);
      t.clock.advance(1000);
    }
    // One left waiting: not a receipt.
    await t.api.post('/api/v1/operations', { type: 'transfer', fromAccountId: ACC, amount: 3_000, payeeId: payee.id }, token);

    const r = await t.api.get('/api/v1/receipts', token);
    expect(r.status).toBe(200);
    expect(r.body.receipts.map((x: { receiptNumber: string }) => x.receiptNumber)).toEqual([...numbers].reverse());
    expect(r.body.receipts[0]).toMatchObject({
      type: 'transfer', fromAccount: { branchName: expect.any(String), type: 'ordinary', number: '1234567' },
      summary: { amount: 2_000, fee: 0, payeeName: payee.name, payeeAccountType: payee.accountType, payeeAccountNumberMasked: expect.stringMatching(/^\*+\d{3}$/) },
    });
    expect(JSON.stringify(r.body)).not.toMatch(/demo-confirm|password|otp/i);
    expect((await t.api.get('/api/v1/receipts?limit=1', token)).body.receipts).toHaveLength(1);
    for (const bad of ['?limit=0', '?limit=51', '?limit=x', '?status=completed']) {
      const b = await t.api.get(`/api/v1/receipts${bad}`, token);
      expect(b.status, bad).toBe(400);
      expect(b.body.error.code).toBe('VALIDATION_FAILED');
    }
    const other = await t.api.login('token-user');
    expect((await t.api.get('/api/v1/receipts', other)).body.receipts).toEqual([]);
    expect((await t.api.get('/api/v1/receipts')).status).toBe(401);
  });
});
