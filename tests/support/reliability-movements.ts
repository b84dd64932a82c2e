/**
 * Money movements of a batch of transfers, per customer: which the client asked for (operation ids
 * it was given), which the bank made and what each moved. When the customers under test pay each
 * other, the bank's total stays the same whatever happens, so a doubled or lost transfer only shows
 * here: in the operations no intention asked for, in a receipt posted twice, or in an account whose
 * balance moved by other than what its completed transfers say.
 */
import type { LedgerSnapshot } from './reliability-ledger.js';

export interface MovementCheck {
  problems: string[];
  duplicates: number;
  lost: number;
}

/**
 * Compares the bank before and after a batch. `asked`: every operation id the client was given
 * (one per idempotency key). `acknowledged`: operation id → the receipt the client was told.
 */
export function movementProblems(before: LedgerSnapshot, after: LedgerSnapshot, asked: ReadonlySet<string>, acknowledged: ReadonlyMap<string, string>): MovementCheck {
  const out: MovementCheck = { problems: [], duplicates: 0, lost: 0 };
  const fail = (kind: 'duplicates' | 'lost' | null, problem: string) => {
    if (kind) out[kind]++;
    out.problems.push(problem);
  };
  const newOps = [...after.operations.values()].filter((op) => !before.operations.has(op.id));
  for (const op of newOps) if (!asked.has(op.id)) fail('duplicates', `operation ${op.id} (${op.request.fromAccountId}, ${op.request.amount}) was made but no intention was given it`);
  const lastBefore = before.lines.at(-1)?.id ?? 0;
  const newLines = after.lines.filter((l) => l.id > lastBefore);
  const expectedDelta = new Map<string, number>();
  const add = (account: string, amount: number) => expectedDelta.set(account, (expectedDelta.get(account) ?? 0) + amount);
  for (const op of newOps) {
    const lines = newLines.filter((l) => op.receipt !== null && l.receipt === op.receipt);
    const outgoing = lines.filter((l) => l.kind === 'transfer');
    const incoming = lines.filter((l) => l.kind === 'incoming-transfer');
    if (op.status !== 'completed') {
      if (lines.length) fail('duplicates', `operation ${op.id} is ${op.status} but moved money`);
      continue;
    }
    const from = op.request.fromAccountId!;
    const amount = op.request.amount!;
    // Each operation moves money once: one posting out of the payer's account, one into the payee's.
    if (outgoing.length !== 1 || incoming.length !== 1) {
      fail(outgoing.length + incoming.length > 2 ? 'duplicates' : 'lost', `operation ${op.id} (receipt ${op.receipt}) has ${outgoing.length} postings out and ${incoming.length} in`);
    }
    for (const l of outgoing) if (l.accountId !== from || l.amount !== -amount) fail(null, `operation ${op.id}: posting ${l.id} takes ${l.amount} from ${l.accountId}, asked ${-amount} from ${from}`);
    for (const l of incoming) if (l.accountId === from || l.amount !== amount) fail(null, `operation ${op.id}: posting ${l.id} puts ${l.amount} into ${l.accountId}`);
    add(from, -amount);
    if (incoming[0]) add(incoming[0].accountId, amount);
  }
  // Every acknowledged transfer is there exactly once, under the receipt the client was told.
  for (const [id, receipt] of acknowledged) {
    const op = after.operations.get(id);
    const posted = newLines.filter((l) => l.receipt === receipt && l.kind === 'transfer').length;
    if (op?.status !== 'completed' || op.receipt !== receipt || posted !== 1) {
      // A completed operation with the wrong number of postings was counted above.
      fail(op?.status === 'completed' && op.receipt === receipt ? null : 'lost', `acknowledged ${id} (receipt ${receipt}) is ${op?.status}/${op?.receipt} with ${posted} postings`);
    }
  }
  // Per account (so per customer): the balance moved by exactly what its completed transfers say.
  for (const [account, balance] of after.balances) {
    const moved = balance - (before.balances.get(account) ?? 0);
    const expected = expectedDelta.get(account) ?? 0;
    if (moved !== expected) fail(null, `account ${account} moved ${moved}, its completed transfers say ${expected}`);
  }
  return out;
}
