// Idempotency under faults: randomized transfers (fast-check, printed seed) through the core, with a
// fault-injecting TCP proxy between the core and the demo bank process. Each create and authorize
// may have its connection reset before it reaches the bank, its answer dropped after the bank
// committed, a 502 from the proxy, or its answer held past the client's timeout; the status
// question may fail too. Afterwards the customer "asks again" with the same intention. Judged
// against the bank's SQLite ledger: no transfer doubled, none lost, every outcome the client was
// told matches the ledger, and money is conserved. (tests/integration/host/lost-response.test.ts
// shows each single fault once, through the browser host.)
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TIMEOUTS, defaultConfig } from '../../../src-main/core/config.js';
import { createCore, type CoreWithServices } from '../../../src-main/core/create-core.js';
import { MemoryPreferenceStore } from '../../../src-main/core/preferences/store.js';
import { silentLogger } from '../../../src-main/core/logger.js';
import { RAISED_OTP_LIMITS, startBankProcess, type BankProcess } from '../../support/bank-process.js';
import { startFaultProxy, type FaultAction, type FaultProxy } from '../../support/fault-proxy.js';
import { waitForOtp } from '../../support/mailbox.js';
import { ledgerProblems, readLedger, type LedgerSnapshot } from '../../support/reliability-ledger.js';
import { Tally, caseCount, withSeed } from '../../support/reliability-summary.js';

const TRANSFERS = caseCount('FAULT_TRANSFERS', 30, 1000);
const BATCH = 10;
const REQUEST_MS = 2000;
const FROM = 'acc_1234567';
const TO_OWN = 'acc_2345678';
const MAIL = 'mail-user@docomo.ne.jp';
/** Codes after which the bank may or may not have done it: the client must not claim either. */
const UNSURE = new Set(['OPERATION_OUTCOME_UNKNOWN', 'BANK_TIMEOUT', 'BANK_UNREACHABLE', 'IDEMPOTENCY_IN_PROGRESS']);
/** How often the customer presses again when the answer is still unsure (a busy machine can slow the bank). */
const PRESSES = 5;

type Fault = 'none' | FaultAction;
/** Every fault the proxy can inject; the first transfers get each one on authorize, then on create, whatever is drawn. */
const FAULT_KINDS: FaultAction[] = ['drop-response', 'reset', 'bad-gateway', 'delay'];
/** The transfer as drawn, except that the first ones are made to meet every fault kind at least once. */
function withForcedFault(t: Transfer, index: number): Transfer {
  if (index < FAULT_KINDS.length) return { ...t, authorizeFault: FAULT_KINDS[index]! };
  if (index < 2 * FAULT_KINDS.length) return { ...t, createFault: FAULT_KINDS[index - FAULT_KINDS.length]! };
  return t;
}
type Payee = 'registered' | 'own-bank' | 'other-bank';
interface Transfer { payee: Payee; amount: number; createFault: Fault; authorizeFault: Fault; statusFails: boolean }

const fault = (noneWeight: number) =>
  fc.oneof(
    { arbitrary: fc.constant<Fault>('none'), weight: noneWeight },
    { arbitrary: fc.constant<Fault>('drop-response'), weight: 3 },
    { arbitrary: fc.constant<Fault>('reset'), weight: 2 },
    { arbitrary: fc.constant<Fault>('bad-gateway'), weight: 2 },
    { arbitrary: fc.constant<Fault>('delay'), weight: 1 },
  );
const transferArb: fc.Arbitrary<Transfer> = fc.record({
  payee: fc.constantFrom<Payee>('registered', 'registered', 'own-bank', 'other-bank'),
  amount: fc.integer({ min: 1, max: 900 }),
  createFault: fault(10),
  authorizeFault: fault(4),
  statusFails: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
});

let bank: BankProcess;
let proxy: FaultProxy;
let core: CoreWithServices;
let registeredPayeeId: string;
const tally = new Tally('fault-transfers', { movesMoney: true });
let seedUsed: number | undefined;

beforeAll(async () => {
  bank = await startBankProcess({ env: { BANK_RESET: '1', BANK_OTP_RESEND_COOLDOWN_S: '0', BANK_DAILY_LIMIT: '1000000000', ...RAISED_OTP_LIMITS } });
  proxy = await startFaultProxy(bank.apiUrl);
  core = await createCore(
    defaultConfig({ bankUrl: proxy.url, kiosk: true, timeouts: { ...DEFAULT_TIMEOUTS, requestMs: REQUEST_MS }, retry: { attempts: 3, baseDelayMs: 20, maxDelayMs: 200 } }),
    { store: new MemoryPreferenceStore(), log: silentLogger() },
  );
  expect((await core.dispatch('session.login', { loginId: 'mail-user', password: 'demo-login-1', rememberId: false })).ok).toBe(true);
  const payees = await core.dispatch('payees.list', {});
  registeredPayeeId = (payees.ok ? (payees.value as { payees: { id: string }[] }).payees[0]!.id : '');
});
afterAll(async () => {
  tally.record(seedUsed);
  await core?.close();
  await proxy?.close();
  await bank?.stop();
});

function rule(path: string, method: 'POST' | 'GET', action: Fault, times = 1): void {
  if (action === 'none') return;
  proxy.addRule({ method, path, action, times, ...(action === 'delay' ? { delayMs: REQUEST_MS + 600 } : {}) });
}

function body(t: Transfer) {
  if (t.payee === 'registered') return { type: 'transfer', fromAccountId: FROM, amount: t.amount, payeeId: registeredPayeeId };
  const payee = t.payee === 'own-bank'
    ? { bankCode: '0999', branchCode: '001', accountType: 'ordinary', accountNumber: '2345678', name: 'ﾄｸﾅｶﾞ ﾊﾅｺ' }
    : { bankCode: '0005', branchCode: '101', accountType: 'ordinary', accountNumber: '7654321', name: 'ﾔﾏﾀﾞ ｻﾁｺ' };
  return { type: 'transfer', fromAccountId: FROM, amount: t.amount, payee };
}

const fee = (t: Transfer) => (t.payee === 'other-bank' ? 165 : 0);

/** One transfer as the customer experiences it; returns the problem found, if any. */
async function runOne(t: Transfer): Promise<string | undefined> {
  const opsBefore = readLedger(bank.dbPath).operations.size;
  proxy.clearRules();
  rule('/api/v1/operations', 'POST', t.createFault);
  const createIntent = crypto.randomUUID();
  let created = await core.dispatch('operations.create', { intentId: createIntent, operation: body(t) });
  proxy.clearRules();
  for (let press = 1; !created.ok && press < PRESSES; press++) {
    if (!UNSURE.has(created.error.code)) return `create answered ${created.error.code}`;
    created = await core.dispatch('operations.create', { intentId: createIntent, operation: body(t) });
  }
  if (!created.ok) return `create still failing after ${PRESSES} presses: ${created.error.code}`;
  const op = created.value as { id: string; otp?: { reference: string } };
  const opsAfter = readLedger(bank.dbPath).operations.size;
  if (opsAfter !== opsBefore + 1) {
    tally.duplicates += Math.max(0, opsAfter - opsBefore - 1);
    return `one create intention made ${opsAfter - opsBefore} operations`;
  }
  const mailOtp = op.otp ? (await waitForOtp(bank.mailboxUrl, MAIL, { reference: op.otp.reference, timeoutMs: 15_000 })).code : undefined;

  proxy.clearRules();
  rule(`/api/v1/operations/${op.id}/authorize`, 'POST', t.authorizeFault);
  if (t.statusFails) rule(`/api/v1/operations/${op.id}`, 'GET', 'reset', 10);
  const authIntent = crypto.randomUUID();
  const request = { operationId: op.id, intentId: authIntent, confirmationPassword: 'demo-confirm-1', ...(mailOtp ? { mailOtp } : {}) };
  const first = await core.dispatch('operations.authorize', request);
  const atBank = readLedger(bank.dbPath).operations.get(op.id);
  // What the client was told must match the ledger.
  if (first.ok) {
    const v = first.value as { status: string; receiptNumber?: string };
    if (v.status !== 'completed') return `authorize answered ${v.status}`;
    if (atBank?.status !== 'completed' || atBank.receipt !== v.receiptNumber) {
      tally.lost++;
      return `client told completed (${v.receiptNumber}) but the bank has ${atBank?.status}/${atBank?.receipt}`;
    }
  } else if (!UNSURE.has(first.error.code)) {
    if (atBank?.status === 'completed') return `client told ${first.error.code} but the bank completed it`;
    return `authorize answered ${first.error.code}`;
  }
  // The customer checks and, when it is not done, confirms again (same intention).
  proxy.clearRules();
  let receipt = atBank?.status === 'completed' ? atBank.receipt : null;
  if (!first.ok) {
    const status = await core.dispatch('operations.status', { operationId: op.id });
    if (!status.ok) return `status answered ${status.error.code} with no faults`;
    let again = await core.dispatch('operations.authorize', request);
    for (let press = 2; !again.ok && UNSURE.has(again.error.code) && press <= PRESSES; press++) again = await core.dispatch('operations.authorize', request);
    if (!again.ok) return `the repeat answered ${again.error.code}`;
    const v = again.value as { status: string; receiptNumber?: string };
    if (receipt !== null && v.receiptNumber !== receipt) return `the repeat got receipt ${v.receiptNumber}, the bank has ${receipt}`;
    receipt = v.receiptNumber ?? null;
  }
  const final = readLedger(bank.dbPath);
  const done = final.operations.get(op.id);
  if (done?.status !== 'completed' || done.receipt !== receipt) {
    tally.lost++;
    return `after the repeat the bank has ${done?.status}, the client ${receipt}`;
  }
  const postings = final.lines.filter((l) => l.receipt === receipt);
  const out = postings.filter((l) => l.kind === 'transfer');
  if (out.length !== 1) {
    if (out.length > 1) tally.duplicates += out.length - 1;
    else tally.lost++;
    return `receipt ${receipt} has ${out.length} transfer postings`;
  }
  const deposits = postings.filter((l) => l.kind === 'incoming-transfer'); // the payee's side, in the demo bank
  if (t.payee !== 'other-bank' && (deposits.length !== 1 || deposits[0]!.amount !== t.amount || deposits[0]!.accountId !== TO_OWN)) {
    return `receipt ${receipt}: the payee's deposit is ${JSON.stringify(deposits)}`;
  }
  return undefined;
}

const sum = (s: LedgerSnapshot) => [...s.balances.values()].reduce((a, b) => a + b, 0);

describe('randomized transfers through a fault proxy', () => {
  it(`${TRANSFERS} transfers: none doubled, none lost, every outcome matches the ledger, money conserved`, async () => {
    const start = readLedger(bank.dbPath);
    const startTotal = sum(start);
    let moved = 0;
    let feesAndOutflow = 0;
    let ownBank = 0;
    const problems: string[] = [];
    await withSeed(import.meta.url, 'fault transfers', async (seed) => {
      seedUsed = seed;
      await fc.assert(
        fc.asyncProperty(fc.array(transferArb, { minLength: BATCH, maxLength: BATCH }), async (batch) => {
          for (const drawn of batch) {
            if (tally.tried >= TRANSFERS) return true;
            const t = withForcedFault(drawn, tally.tried);
            const problem = await runOne(t);
            tally.count(problem);
            if (problem) {
              problems.push(`${problem} — ${JSON.stringify(t)}`);
              return false;
            }
            moved += t.amount + fee(t);
            if (t.payee === 'other-bank') feesAndOutflow += t.amount + fee(t);
            else ownBank += t.amount;
          }
          return ledgerProblems(readLedger(bank.dbPath)).problems.length === 0;
        }),
        { seed, numRuns: Math.ceil(TRANSFERS / BATCH), endOnFailure: true },
      );
    });
    const end = readLedger(bank.dbPath);
    const check = ledgerProblems(end);
    tally.duplicates += check.duplicates;
    tally.lost += check.lost;
    const injected = Object.fromEntries(FAULT_KINDS.map((k) => [k, proxy.seen.filter((s) => s.action === k).length]));
    console.log(`fault proxy: ${proxy.seen.filter((s) => s.action !== 'pass').length} faults injected over ${proxy.seen.length} requests: ${JSON.stringify(injected)}`);
    // Each kind of fault really happened (on a request that matched its rule), or the run proved nothing about it.
    for (const kind of FAULT_KINDS) expect(injected[kind], `${kind} faults injected`).toBeGreaterThanOrEqual(1);
    expect(problems).toEqual([]);
    expect(check.problems).toEqual([]);
    // Client-side view: the customer's account went down by exactly what was confirmed, once each.
    expect(start.balances.get(FROM)! - end.balances.get(FROM)!).toBe(moved);
    expect(end.balances.get(TO_OWN)! - start.balances.get(TO_OWN)!).toBe(ownBank);
    expect(sum(end) + feesAndOutflow).toBe(startTotal);
    expect(tally.duplicates + tally.lost).toBe(0);
  }, 3_600_000);
});
