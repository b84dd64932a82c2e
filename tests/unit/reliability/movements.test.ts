// The crash suite's per-customer check: two customers paying each other keep the bank's total
// whatever happens, so a doubled or lost transfer must show up here instead.
import { describe, expect, it } from 'vitest';
import type { LedgerLine, LedgerSnapshot, OperationRow } from '../../support/reliability-ledger.js';
import { movementProblems } from '../../support/reliability-movements.js';

const A = 'acc_a';
const B = 'acc_b';

function snapshot(balances: [number, number], lines: LedgerLine[], ops: OperationRow[]): LedgerSnapshot {
  return { balances: new Map([[A, balances[0]], [B, balances[1]]]), lines, operations: new Map(ops.map((o) => [o.id, o])), keys: new Map() };
}
const op = (id: string, from: string, amount: number, receipt: string | null): OperationRow => ({
  id, type: 'transfer', status: receipt ? 'completed' : 'pending', receipt, completedAt: receipt ? 1 : null, request: { type: 'transfer', amount, fromAccountId: from },
});
let nextId = 1;
const line = (accountId: string, kind: string, amount: number, receipt: string): LedgerLine => ({ id: nextId++, accountId, kind, amount, balanceAfter: 0, receipt });
const pay = (from: string, to: string, amount: number, receipt: string) => [line(from, 'transfer', -amount, receipt), line(to, 'incoming-transfer', amount, receipt)];

const before = snapshot([1000, 1000], [], []);

describe('movementProblems', () => {
  it('passes a clean batch: each operation moved once, each account by its transfers', () => {
    const after = snapshot([900, 1100], [...pay(A, B, 300, 'r1'), ...pay(B, A, 200, 'r2')], [op('o1', A, 300, 'r1'), op('o2', B, 200, 'r2')]);
    expect(movementProblems(before, after, new Set(['o1', 'o2']), new Map([['o1', 'r1']]))).toEqual({ problems: [], duplicates: 0, lost: 0 });
  });

  it('finds an operation no intention asked for, though the total is unchanged', () => {
    const after = snapshot([700, 1300], [...pay(A, B, 300, 'r1'), ...pay(A, B, 300, 'r9')], [op('o1', A, 300, 'r1'), op('o9', A, 300, 'r9')]);
    const r = movementProblems(before, after, new Set(['o1']), new Map([['o1', 'r1']]));
    expect(r.duplicates).toBe(1);
    expect(r.problems.join('\n')).toContain('o9');
  });

  it('finds a receipt posted twice and the account that moved too much', () => {
    const after = snapshot([400, 1600], [...pay(A, B, 300, 'r1'), ...pay(A, B, 300, 'r1')], [op('o1', A, 300, 'r1')]);
    const r = movementProblems(before, after, new Set(['o1']), new Map([['o1', 'r1']]));
    expect(r.duplicates).toBe(1);
    expect(r.problems.some((p) => p.includes(`account ${A} moved -600`))).toBe(true);
  });

  it('finds an acknowledged transfer that is not there', () => {
    const after = snapshot([1000, 1000], [], [op('o1', A, 300, null)]);
    const r = movementProblems(before, after, new Set(['o1']), new Map([['o1', 'r1']]));
    expect(r.lost).toBe(1);
  });

  it('finds money moved by an operation that never completed', () => {
    const after = snapshot([700, 1300], pay(A, B, 300, 'r1'), [{ ...op('o1', A, 300, 'r1'), status: 'pending' }]);
    expect(movementProblems(before, after, new Set(['o1']), new Map()).problems.length).toBeGreaterThan(0);
  });
});
