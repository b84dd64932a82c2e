/**
 * What the mailbox's operation page shows of one operation, read from the bank's database at the
 * bank's clock (the tester clock included): the operation, its customer, and the mail-notified
 * passwords issued for it with their state. A password's code is taken only from the mail the
 * mailbox already shows; the database holds none.
 */
import type { BankContext } from './context.js';
import type { StoredMessage } from './sink.js';

/** A password's state for a tester: `valid` until it expires, else why it no longer works. */
export type OtpState = 'valid' | 'expired' | 'used' | 'superseded' | 'exhausted' | 'failed';

export interface OtpLine {
  reference: string;
  step: number;
  destinations: string[];
  sentAt: number;
  expiresAt: number;
  state: OtpState;
  /** The code as the mailbox page shows it in the password mail; null when the mailbox no longer has that mail. */
  code: string | null;
}

export interface OperationView {
  id: string;
  type: string;
  status: string;
  step: number;
  steps: number;
  createdAt: number;
  completedAt: number | null;
  receiptNumber: string | null;
  loginId: string;
  /** The address the mailbox filter uses for this customer (registered address, else where a password went). */
  mailFilter: string | null;
  otps: OtpLine[];
  /** A pending operation whose newest password no longer works: why (the prompt would say so). */
  otpProblem: OtpState | null;
  /** When the newest password of a pending operation stops working. */
  expiresAt: number | null;
}

interface Row {
  id: string; type: string; status: string; step: number; factors: string; created_at: number; completed_at: number | null;
  receipt_number: string | null; login_id: string; email: string | null;
}
interface OtpRow { reference: string; step: number; destinations: string; sent_at: number; expires_at: number; status: string }

function stateOf(r: OtpRow, now: number): OtpState {
  if (r.status === 'active') return r.expires_at > now ? 'valid' : 'expired';
  return r.status as OtpState;
}

export function readOperation(ctx: BankContext, id: string, mails: StoredMessage[]): OperationView | null {
  const r = ctx.db.prepare(`SELECT o.id, o.type, o.status, o.step, o.factors, o.created_at, o.completed_at, o.receipt_number, c.login_id, c.email
                            FROM operations o JOIN customers c ON c.id = o.customer_id WHERE o.id = ?`).get(id) as Row | undefined;
  if (!r) return null;
  const now = ctx.now();
  const rows = ctx.db.prepare(`SELECT reference, step, destinations, sent_at, expires_at, status FROM otps
                               WHERE operation_id = ? ORDER BY id DESC`).all(id) as OtpRow[];
  const otps = rows.map((o): OtpLine => ({
    reference: o.reference, step: o.step, destinations: JSON.parse(o.destinations) as string[], sentAt: o.sent_at,
    expiresAt: o.expires_at, state: stateOf(o, now),
    code: mails.find((m) => m.operationId === id && m.reference === o.reference)?.otpCode ?? null,
  }));
  const newest = otps[0];
  const pending = r.status === 'awaiting-authorization';
  return {
    id: r.id, type: r.type, status: r.status, step: r.step, steps: (JSON.parse(r.factors) as unknown[]).length,
    createdAt: r.created_at, completedAt: r.completed_at, receiptNumber: r.receipt_number, loginId: r.login_id,
    mailFilter: r.email ?? newest?.destinations[0] ?? null,
    otps,
    otpProblem: pending && newest && newest.step === r.step && newest.state !== 'valid' ? newest.state : null,
    expiresAt: pending && newest?.state === 'valid' ? newest.expiresAt : null,
  };
}
