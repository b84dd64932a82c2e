import { describe, expect, it } from 'vitest';
import { CreateOperationRequest, ErrorBody, TransferLimits } from '../../../src-shared/bank-api/index.js';
import {
  changeLimit, checkLimit, japanDayStart, limitDirection, limitInForce, nextJapanDay, parseLimit, requiredFactors, GUIDE_TRANSFER_POLICY,
} from '../../../src-shared/domain/index.js';
import { contract } from '../../../src-shared/ipc/contract.js';
import { IpcError } from '../../../src-shared/ipc/errors.js';

const MAX = 10_000_000;
// 2025-03-10 23:30 in Japan = 14:30 UTC.
const LATE_EVENING = Date.parse('2025-03-10T14:30:00Z');

describe('Japan-time days', () => {
  it('start at midnight in Japan, not in UTC', () => {
    expect(new Date(japanDayStart(LATE_EVENING)).toISOString()).toBe('2025-03-09T15:00:00.000Z');
    expect(new Date(nextJapanDay(LATE_EVENING)).toISOString()).toBe('2025-03-10T15:00:00.000Z');
    expect(nextJapanDay(Date.parse('2025-03-10T15:00:00Z'))).toBe(Date.parse('2025-03-11T15:00:00Z'));
  });
});

describe('changing the limit', () => {
  const stored = { dailyLimit: 2_000_000, pending: null };
  it('lowers at once and raises from the next Japan-time day', () => {
    expect(limitDirection(2_000_000, 1_000_000)).toBe('lower');
    expect(limitDirection(2_000_000, 2_000_000)).toBe('lower');
    expect(limitDirection(2_000_000, 2_001_000)).toBe('raise');
    expect(changeLimit(stored, 500_000, LATE_EVENING)).toEqual({ dailyLimit: 500_000, pending: null });
    const raised = changeLimit(stored, 5_000_000, LATE_EVENING);
    expect(raised).toEqual({ dailyLimit: 2_000_000, pending: { amount: 5_000_000, from: nextJapanDay(LATE_EVENING) } });
    expect(limitInForce(raised, nextJapanDay(LATE_EVENING) - 1).dailyLimit).toBe(2_000_000);
    expect(limitInForce(raised, nextJapanDay(LATE_EVENING))).toEqual({ dailyLimit: 5_000_000, pending: null });
  });
  it('a new change replaces a waiting raise; one made after its day builds on it', () => {
    const raised = changeLimit(stored, 5_000_000, LATE_EVENING);
    expect(changeLimit(raised, 3_000_000, LATE_EVENING).pending?.amount).toBe(3_000_000);
    expect(changeLimit(raised, 1_000_000, LATE_EVENING)).toEqual({ dailyLimit: 1_000_000, pending: null });
    const nextDay = nextJapanDay(LATE_EVENING) + 3600_000;
    expect(changeLimit(raised, 4_000_000, nextDay)).toEqual({ dailyLimit: 4_000_000, pending: null });
  });
});

describe('limit input', () => {
  it.each([
    ['3000000', 3_000_000], ['３，０００，０００', 3_000_000], ['¥1,000', 1000], ['10,000,000円', 10_000_000],
  ])('takes %s', (text, value) => expect(parseLimit(text, MAX)).toEqual({ ok: true, value }));
  it.each([
    ['', 'LIMIT_EMPTY'], ['abc', 'LIMIT_NOT_A_NUMBER'], ['1.5', 'LIMIT_NOT_A_NUMBER'], ['1\u200B000', 'LIMIT_NOT_A_NUMBER'],
    ['0', 'LIMIT_TOO_SMALL'], ['-5000', 'LIMIT_TOO_SMALL'], ['999', 'LIMIT_TOO_SMALL'], ['1500', 'LIMIT_NOT_THOUSANDS'],
    ['10,001,000', 'LIMIT_ABOVE_MAXIMUM'], ['9'.repeat(40), 'LIMIT_ABOVE_MAXIMUM'],
  ])('refuses %j as %s', (text, code) => {
    const r = parseLimit(text, MAX);
    expect(r.ok ? null : r.error.code).toBe(code);
  });
  it('checks numbers the same way', () => {
    expect(checkLimit(12_000, MAX)).toEqual({ ok: true, value: 12_000 });
    expect(checkLimit(Number.NaN, MAX)).toMatchObject({ ok: false, error: { code: 'LIMIT_NOT_A_NUMBER' } });
  });
});

describe('factors of a limit change', () => {
  it('lowering: confirmation password only; raising: the second factor of the channel too', () => {
    const lower = { limitRaise: false };
    const raise = { limitRaise: true };
    expect(requiredFactors('pc', 'not-used', 'limit-change', false, GUIDE_TRANSFER_POLICY, lower)).toEqual(['confirmation-password']);
    expect(requiredFactors('pc', 'active', 'limit-change', false, GUIDE_TRANSFER_POLICY, lower)).toEqual(['confirmation-password']);
    expect(requiredFactors('pc', 'not-used', 'limit-change', false, GUIDE_TRANSFER_POLICY, raise)).toEqual(['mail-otp', 'confirmation-password']);
    expect(requiredFactors('pc', 'suspended', 'limit-change', false, GUIDE_TRANSFER_POLICY, raise)).toEqual(['mail-otp', 'confirmation-password']);
    expect(requiredFactors('pc', 'active', 'limit-change', false, GUIDE_TRANSFER_POLICY, raise)).toEqual(['token-otp', 'confirmation-password']);
    // Without a word from the bank the stricter rule holds.
    expect(requiredFactors('pc', 'not-used', 'limit-change', false, GUIDE_TRANSFER_POLICY)).toEqual(['mail-otp', 'confirmation-password']);
  });
});

describe('schemas and contract', () => {
  it('limit-change takes whole thousands of yen only', () => {
    expect(CreateOperationRequest.safeParse({ type: 'limit-change', dailyLimit: 3_000_000 }).success).toBe(true);
    for (const bad of [0, -1000, 1500, 2.5, '3000000', null]) {
      expect(CreateOperationRequest.safeParse({ type: 'limit-change', dailyLimit: bad }).success).toBe(false);
    }
    expect(CreateOperationRequest.safeParse({ type: 'limit-change', dailyLimit: 3000, extra: 1 }).success).toBe(false);
  });
  it('limits answer and the remaining amount on a refusal pass through the bank client and IPC', () => {
    const answer = { dailyLimit: 2_000_000, usedToday: 0, remainingToday: 2_000_000, maximum: MAX, pendingRaise: { amount: 3_000_000, effectiveFrom: '2025-03-10T15:00:00.000Z' } };
    expect(TransferLimits.parse(answer)).toEqual(answer);
    expect(contract['limits.get'].response.parse(answer)).toEqual(answer);
    expect(contract['limits.get'].request.safeParse({ extra: 1 }).success).toBe(false);
    expect(TransferLimits.safeParse({ ...answer, remainingToday: -1 }).success).toBe(false);
    const refusal = { code: 'DAILY_LIMIT_EXCEEDED', message: 'over', remainingToday: 30_000 };
    expect(ErrorBody.parse({ error: refusal }).error.remainingToday).toBe(30_000);
    expect(IpcError.parse(refusal).remainingToday).toBe(30_000);
  });
});
