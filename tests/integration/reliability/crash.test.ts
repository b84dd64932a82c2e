// Crash consistency: the demo bank is killed with SIGKILL in the middle of a load of transfers
// (several customers, concurrent workers, each with its own idempotency keys), then started again
// on the same SQLite file. Afterwards: the ledger chains and sums are intact, every transfer the
// client was told is done is still done with the same receipt, every operation is completed with its
// receipt and postings or has none at all, and every idempotency key still answers as it should.
// The seed customers only pay each other, so the bank's total never changes whatever happens: the
// doubles are looked for per customer instead (each idempotency key made one operation, each
// operation moved money at most once, each account moved by what its completed transfers say).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, type ApiResponse } from '../bank/helpers.js';
import { RAISED_OTP_LIMITS, startBankProcess, type BankProcess } from '../../support/bank-process.js';
import { ledgerProblems, readLedger, type LedgerSnapshot } from '../../support/reliability-ledger.js';
import { movementProblems } from '../../support/reliability-movements.js';
import { Tally, caseCount, withSeed } from '../../support/reliability-summary.js';

const ROUNDS = caseCount('CRASH_ROUNDS', 2, 10);
const WORKERS = caseCount('CRASH_WORKERS', 3, 6);
const CUSTOMERS = [
  { loginId: 'mail-user', account: 'acc_1234567' },
  { loginId: 'token-user', account: 'acc_2345678' },
] as const;

interface Intent {
  customer: number;
  createKey: string;
  createBody: unknown;
  created?: ApiResponse;
  authKey?: string;
  authBody?: unknown;
  authorized?: ApiResponse;
  /** The request whose answer never came (the bank died under it). */
  inFlight?: 'create' | 'authorize';
}

let dir: string;
let bank: BankProcess;
const tally = new Tally('crash-restart', { movesMoney: true });
let seedUsed: number | undefined;
const tokens: string[] = [];
const payees: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'netbank-crash-'));
  // The peer rule (BANK_REGISTERED_PAYEE_OTP=0): the load is registered-payee transfers with the
  // confirmation password only, so no mailed password (and no issue limit) stands in its way.
  bank = await startBankProcess({ dbPath: path.join(dir, 'bank.sqlite'), env: { BANK_RESET: '1', BANK_DAILY_LIMIT: '1000000000', BANK_LOCK_AFTER: '100', BANK_REGISTERED_PAYEE_OTP: '0', ...RAISED_OTP_LIMITS } });
  const api = new Api(bank.apiUrl);
  for (const c of CUSTOMERS) {
    const token = await api.login(c.loginId);
    tokens.push(token);
    payees.push(((await api.get('/api/v1/payees', token)).body.payees[0].id) as string);
  }
});
afterAll(async () => {
  tally.record(seedUsed);
  await bank?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const total = () => [...readLedger(bank.dbPath).balances.values()].reduce((a, b) => a + b, 0);

/** One worker: transfers until the bank stops answering; every intention is kept for the checks. */
async function worker(api: Api, customer: number, amounts: number[], log: Intent[], completed: { n: number }): Promise<void> {
  for (let i = 0; ; i++) {
    const amount = amounts[i % amounts.length]!;
    const intent: Intent = {
      customer, createKey: crypto.randomUUID(),
      createBody: { type: 'transfer', fromAccountId: CUSTOMERS[customer]!.account, amount, payeeId: payees[customer] },
    };
    log.push(intent);
    try {
      intent.inFlight = 'create';
      intent.created = await api.post('/api/v1/operations', intent.createBody, tokens[customer], intent.createKey);
      if (intent.created.status !== 201) throw new Error(`create answered ${intent.created.status}: ${JSON.stringify(intent.created.body)}`);
      intent.authKey = crypto.randomUUID();
      intent.authBody = { confirmationPassword: 'demo-confirm-1' };
      intent.inFlight = 'authorize';
      intent.authorized = await api.post(`/api/v1/operations/${intent.created.body.id}/authorize`, intent.authBody, tokens[customer], intent.authKey);
      delete intent.inFlight;
      if (intent.authorized.body?.status === 'completed') completed.n++;
    } catch (e) {
      if (e instanceof TypeError) return; // fetch failed: the bank is gone
      throw e;
    }
  }
}

async function waitFor(check: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the load');
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Checks one crashed round; returns the problems found. */
async function checkAfterRestart(api: Api, log: Intent[], start: LedgerSnapshot): Promise<string[]> {
  const problems: string[] = [];
  const asked = new Set<string>(); // every operation id a create key gave the client
  const acknowledged = new Map<string, string>(); // operation id → receipt the client was told
  const s = readLedger(bank.dbPath);
  const ledger = ledgerProblems(s);
  problems.push(...ledger.problems);
  tally.duplicates += ledger.duplicates;
  tally.lost += ledger.lost;
  for (const it of log) {
    const id = it.created?.body?.id as string | undefined;
    // A completion the client heard of survived the crash, with the same receipt.
    if (id) asked.add(id);
    if (it.authorized?.body?.status === 'completed') {
      acknowledged.set(id!, it.authorized.body.receiptNumber as string);
      const op = s.operations.get(id!);
      if (op?.status !== 'completed' || op.receipt !== it.authorized.body.receiptNumber) {
        tally.lost++;
        problems.push(`acknowledged ${id} is ${op?.status}/${op?.receipt} after the restart`);
      }
    }
    // Every key still answers: a finished request replays exactly; an interrupted one runs once now.
    if (it.created && it.inFlight !== 'create') {
      const again = await api.post('/api/v1/operations', it.createBody, tokens[it.customer], it.createKey);
      if (again.status !== it.created.status || again.headers.get('idempotent-replayed') !== 'true' || again.body.id !== id) problems.push(`create key of ${id} answered ${again.status} ${again.body?.id}`);
    }
    if (it.inFlight === 'create') {
      const again = await api.post('/api/v1/operations', it.createBody, tokens[it.customer], it.createKey);
      if (again.status !== 201) problems.push(`interrupted create answered ${again.status} ${JSON.stringify(again.body)}`);
      else asked.add(again.body.id as string);
    }
    if (it.authorized) {
      const again = await api.post(`/api/v1/operations/${id}/authorize`, it.authBody, tokens[it.customer], it.authKey!);
      if (again.status !== it.authorized.status || JSON.stringify(again.body) !== JSON.stringify(it.authorized.body) || again.headers.get('idempotent-replayed') !== 'true') {
        problems.push(`authorize key of ${id} answered ${again.status} ${JSON.stringify(again.body)}, first ${it.authorized.status} ${JSON.stringify(it.authorized.body)}`);
      }
    }
    if (it.inFlight === 'authorize') {
      const before = s.operations.get(id!);
      const again = await api.post(`/api/v1/operations/${id}/authorize`, it.authBody, tokens[it.customer], it.authKey!);
      const ok = again.body?.status === 'completed' ? before?.status !== 'completed' || again.body.receiptNumber === before.receipt
        : again.body?.error?.code === 'OPERATION_ALREADY_COMPLETED' && before?.status === 'completed';
      if (again.body?.status === 'completed') acknowledged.set(id!, again.body.receiptNumber as string);
      if (!ok) problems.push(`interrupted authorize of ${id} (was ${before?.status}) answered ${again.status} ${JSON.stringify(again.body)}`);
      const status = await api.get(`/api/v1/operations/${id}`, tokens[it.customer]);
      if (status.body?.status !== 'completed') problems.push(`interrupted authorize of ${id}: status ${JSON.stringify(status.body)}`);
    }
  }
  const end = readLedger(bank.dbPath);
  problems.push(...ledgerProblems(end).problems.map((p) => `after the retries: ${p}`));
  const moved = movementProblems(start, end, asked, acknowledged);
  problems.push(...moved.problems.map((p) => `after the retries: ${p}`));
  tally.duplicates += moved.duplicates;
  tally.lost += moved.lost;
  if (asked.size === 0 || acknowledged.size === 0) problems.push(`the round made ${asked.size} operations and acknowledged ${acknowledged.size}: nothing to check`);
  return problems;
}

describe('kill -9 of the bank mid-load, restart on the same SQLite file', () => {
  it(`${ROUNDS} crash rounds: ledger intact, completions durable, keys still answer`, async () => {
    const seedTotal = total();
    const allProblems: string[] = [];
    await withSeed(import.meta.url, 'crash rounds', async (seed) => {
      seedUsed = seed;
      await fc.assert(
        fc.asyncProperty(
          fc.record({ killAfter: fc.integer({ min: 1, max: 12 }), amounts: fc.array(fc.integer({ min: 1, max: 3_000 }), { minLength: 1, maxLength: 8 }) }),
          async ({ killAfter, amounts }) => {
            const api = new Api(bank.apiUrl);
            const log: Intent[] = [];
            const completed = { n: 0 };
            const start = readLedger(bank.dbPath);
            const load = Array.from({ length: WORKERS * CUSTOMERS.length }, (_, w) => worker(api, w % CUSTOMERS.length, amounts, log, completed));
            await waitFor(() => completed.n >= killAfter);
            // Every intention marked in flight has its request out right now (the mark is set just before the await).
            const inFlightAtKill = log.filter((i) => i.inFlight).length;
            await bank.kill();
            await Promise.all(load);
            await bank.restart();
            const problems = await checkAfterRestart(new Api(bank.apiUrl), log, start);
            if (inFlightAtKill === 0) problems.push('no request was in flight at the kill');
            if (total() !== seedTotal) problems.push(`the bank's total is ${total()}, was ${seedTotal}`);
            const mine = (it: Intent) => problems.find((p) => it.created?.body?.id && p.includes(it.created.body.id as string));
            for (const it of log) tally.count(mine(it));
            // Problems of the whole ledger (no one intention's): one more failed case.
            if (problems.length && !log.some(mine)) tally.count(problems[0]);
            const inFlight = (what: Intent['inFlight']) => log.filter((i) => i.inFlight === what).length;
            if (problems.length) allProblems.push(...problems);
            console.log(`crash round: ${log.length} intentions, ${completed.n} acknowledged, ${inFlightAtKill} requests in flight at the kill (${inFlight('create')} creates and ${inFlight('authorize')} authorizations unanswered)`);
            return problems.length === 0;
          },
        ),
        { seed, numRuns: ROUNDS, endOnFailure: true },
      );
    });
    expect(allProblems).toEqual([]);
    expect(total()).toBe(seedTotal);
  }, 600_000);
});
