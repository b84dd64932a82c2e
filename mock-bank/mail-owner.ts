/**
 * Whose password a mail-notified password mail carries, for the mailbox's "void" marks: the
 * customer of its operation, else of the password with its reference sent to its recipient
 * (start-of-use), else the recipient itself.
 */
import type { BankContext } from './context.js';
import type { StoredMessage } from './sink.js';

export function mailOwner(ctx: BankContext): (m: Omit<StoredMessage, 'id' | 'owner'>) => string | null {
  return (m) => {
    const to = m.to[0]?.toLowerCase() ?? null;
    if (m.operationId !== null) {
      const op = ctx.db.prepare(`SELECT customer_id FROM operations WHERE id = ?`).get(m.operationId) as { customer_id: number } | undefined;
      if (op) return `c${op.customer_id}`;
    }
    const rows = ctx.db.prepare(`SELECT customer_id, destinations FROM otps WHERE reference = ? ORDER BY id DESC LIMIT 20`).all(m.reference) as { customer_id: number; destinations: string }[];
    const row = rows.find((r) => to !== null && (JSON.parse(r.destinations) as string[]).some((d) => d.toLowerCase() === to));
    return row ? `c${row.customer_id}` : to;
  };
}
