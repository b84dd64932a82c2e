/**
 * Idempotency keys. One intention of the customer (one press of "confirm", the IPC request's
 * intentId) maps to one key per bank call it makes, the same on every retry. The call's purpose is
 * hashed in, so an intentId reused for two different calls never collides at the bank.
 */
import { createHash, randomUUID } from 'node:crypto';

export function keyForIntent(purpose: string, intentId: string): string {
  return createHash('sha256').update(`${purpose}\u0000${intentId}`).digest('base64url');
}

/** A call with no intentId of its own (login, resend) still gets one key, kept across its retries. */
export function freshKey(): string {
  return randomUUID();
}
