/** Operations as stored: their plan of authorization steps, summary, and pending data. */
import type { Channel, Factor, OperationStatus, OperationType } from '../../src-shared/domain/index.js';
import type { CreateOperationRequest, OperationState, OperationSummary } from '../../src-shared/bank-api/index.js';
import { iso, type BankContext } from '../context.js';
import { BankError } from '../errors.js';

export interface Pending {
  newEmail?: string;
  /** Addresses the step-2 password goes to (the new address or the newly added destinations). */
  proofDestinations?: string[];
  /** The token secret being enrolled, sealed (keys.ts): the database alone never shows it. */
  totpSecret?: string;
  /** Registered address before an e-mail change: it gets the acceptance notice too. */
  previousEmail?: string | null;
  /** otp-destination-change created without destinations: step 1 takes them (then stored below). */
  chooseAtStep1?: boolean;
  destinations?: { slot: 1 | 2; use: boolean }[];
  /** limit-change: whether it was created (and so authorized) as a raise. */
  limitRaise?: boolean;
}

export interface Operation {
  id: string;
  customerId: number;
  type: OperationType;
  channel: Channel;
  status: OperationStatus;
  step: number;
  plan: Factor[][];
  request: CreateOperationRequest;
  summary: OperationSummary;
  pending: Pending;
  createdAt: number;
  receiptNumber: string | null;
  completedAt: number | null;
}

interface Row {
  id: string; customer_id: number; type: OperationType; channel: Channel; status: OperationStatus; step: number;
  factors: string; request: string; summary: string; pending: string | null; created_at: number;
  receipt_number: string | null; completed_at: number | null;
}

export function loadOperation(ctx: BankContext, id: string, customerId: number): Operation {
  const r = ctx.db.prepare(`SELECT * FROM operations WHERE id = ? AND customer_id = ?`).get(id, customerId) as Row | undefined;
  if (!r) throw new BankError('OPERATION_NOT_FOUND', 'No such operation.');
  return {
    id: r.id, customerId: r.customer_id, type: r.type, channel: r.channel, status: r.status, step: r.step,
    plan: JSON.parse(r.factors) as Factor[][], request: JSON.parse(r.request) as CreateOperationRequest,
    summary: JSON.parse(r.summary) as OperationSummary, pending: r.pending ? (JSON.parse(r.pending) as Pending) : {},
    createdAt: r.created_at, receiptNumber: r.receipt_number, completedAt: r.completed_at,
  };
}

export function insertOperation(ctx: BankContext, op: Operation): void {
  ctx.db.prepare(`INSERT INTO operations (id, customer_id, type, channel, status, step, factors, request, summary, pending, created_at)
                  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(op.id, op.customerId, op.type, op.channel, op.status, op.step, JSON.stringify(op.plan), JSON.stringify(op.request),
      JSON.stringify(op.summary), JSON.stringify(op.pending), op.createdAt);
}

export function stepFactors(op: Operation): Factor[] {
  return op.plan[op.step - 1] ?? [];
}

export function toState(op: Operation): OperationState {
  return {
    id: op.id, type: op.type, status: op.status, step: op.step, factors: op.status === 'awaiting-authorization' ? stepFactors(op) : [],
    summary: op.summary, createdAt: iso(op.createdAt), receiptNumber: op.receiptNumber,
    completedAt: op.completedAt === null ? null : iso(op.completedAt),
  };
}
