/**
 * Reads the demo bank's SQLite file directly (read-only) to check what the bank really did: the
 * ledger chains, money totals, and which operations completed with which postings. The reliability
 * suites compare this with what the client was told.
 */
import Database from 'better-sqlite3';

export interface LedgerLine {
  id: number;
  accountId: string;
  kind: string;
  amount: number;
  balanceAfter: number;
  receipt: string | null;
}

export interface OperationRow {
  id: string;
  type: string;
  status: string;
  receipt: string | null;
  completedAt: number | null;
  request: { type: string; amount?: number; fromAccountId?: string; payeeId?: string };
}

export interface LedgerSnapshot {
  balances: Map<string, number>;
  lines: LedgerLine[];
  operations: Map<string, OperationRow>;
  /** Idempotency rows: scope/key → state and stored status. */
  keys: Map<string, { state: string; status: number | null }>;
}

export function readLedger(dbPath: string): LedgerSnapshot {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    return db.transaction(() => {
      const balances = new Map<string, number>();
      for (const r of db.prepare('SELECT id, balance FROM accounts').all() as { id: string; balance: number }[]) balances.set(r.id, r.balance);
      const lines = (db.prepare('SELECT id, account_id, kind, amount, balance_after, receipt_number FROM transactions ORDER BY id').all() as {
        id: number; account_id: string; kind: string; amount: number; balance_after: number; receipt_number: string | null;
      }[]).map((r) => ({ id: r.id, accountId: r.account_id, kind: r.kind, amount: r.amount, balanceAfter: r.balance_after, receipt: r.receipt_number }));
      const operations = new Map<string, OperationRow>();
      for (const r of db.prepare('SELECT id, type, status, receipt_number, completed_at, request FROM operations').all() as {
        id: string; type: string; status: string; receipt_number: string | null; completed_at: number | null; request: string;
      }[]) {
        operations.set(r.id, { id: r.id, type: r.type, status: r.status, receipt: r.receipt_number, completedAt: r.completed_at, request: JSON.parse(r.request) as OperationRow['request'] });
      }
      const keys = new Map<string, { state: string; status: number | null }>();
      for (const r of db.prepare('SELECT scope, key, state, status_code FROM idempotency').all() as { scope: string; key: string; state: string; status_code: number | null }[]) {
        keys.set(`${r.scope}/${r.key}`, { state: r.state, status: r.status_code });
      }
      return { balances, lines, operations, keys };
    })();
  } finally {
    db.close();
  }
}

/**
 * Everything that must hold for any ledger, whatever happened: each account's postings chain
 * (every balance_after = previous + amount), the account balance is the last balance_after, no
 * balance negative, and every completed transfer has exactly one transfer posting (and at most one
 * fee) under its receipt while every other operation has none. Returns the problems found.
 */
export function ledgerProblems(s: LedgerSnapshot): { problems: string[]; duplicates: number; lost: number } {
  const problems: string[] = [];
  let duplicates = 0;
  let lost = 0;
  const last = new Map<string, number>();
  for (const l of s.lines) {
    const before = last.get(l.accountId) ?? 0;
    if (before + l.amount !== l.balanceAfter) problems.push(`posting ${l.id} on ${l.accountId}: ${before} + ${l.amount} ≠ ${l.balanceAfter}`);
    last.set(l.accountId, l.balanceAfter);
  }
  for (const [id, balance] of s.balances) {
    if (balance < 0) problems.push(`account ${id} is negative`);
    if ((last.get(id) ?? 0) !== balance) problems.push(`account ${id}: balance ${balance} but the last posting says ${last.get(id) ?? 0}`);
  }
  const byReceipt = new Map<string, LedgerLine[]>();
  for (const l of s.lines) if (l.receipt) byReceipt.set(l.receipt, [...(byReceipt.get(l.receipt) ?? []), l]);
  const receiptsOfOps = new Set<string>();
  for (const op of s.operations.values()) {
    if (op.type !== 'transfer') continue;
    if (op.status === 'completed') {
      if (!op.receipt || op.completedAt === null) {
        problems.push(`operation ${op.id} completed without its acceptance record (receipt ${op.receipt}, time ${op.completedAt})`);
        continue;
      }
      receiptsOfOps.add(op.receipt);
      const posted = (byReceipt.get(op.receipt) ?? []).filter((l) => l.kind === 'transfer');
      if (posted.length === 0) {
        lost++;
        problems.push(`operation ${op.id} completed but nothing was posted`);
      } else if (posted.length > 1) {
        duplicates++;
        problems.push(`operation ${op.id} posted ${posted.length} times`);
      } else if (posted[0]!.amount !== -(op.request.amount ?? 0)) {
        problems.push(`operation ${op.id} posted ${posted[0]!.amount}, asked ${op.request.amount}`);
      }
      if ((byReceipt.get(op.receipt) ?? []).filter((l) => l.kind === 'fee').length > 1) {
        duplicates++;
        problems.push(`operation ${op.id} charged its fee twice`);
      }
    } else if (op.receipt || op.completedAt !== null) {
      problems.push(`operation ${op.id} is ${op.status} but has a receipt or completion time`);
    }
  }
  for (const [receipt, ls] of byReceipt) {
    if (ls.some((l) => l.kind === 'transfer') && !receiptsOfOps.has(receipt) && ![...s.operations.values()].some((o) => o.receipt === receipt)) {
      duplicates++;
      problems.push(`postings under receipt ${receipt} belong to no completed operation`);
    }
  }
  return { problems, duplicates, lost };
}
