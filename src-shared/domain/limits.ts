/**
 * The daily transfer limit (振込限度額), pure. Each customer has a limit of their own within the
 * bank's maximum. Lowering it applies at once; raising it applies from the next day in Japan time,
 * so that someone who took over a session cannot raise the limit and empty the account the same day.
 * The limit is set in steps of ¥1,000 (a rule of this bank, as many banks have one).
 */
import { err, ok, type Result } from './result.js';
import { hasInvisibleCharacters, toHalfWidthDigits, withoutSpaces } from './text.js';

export const LIMIT_STEP_YEN = 1000;
export const LIMIT_MIN_YEN = 1000;
/** No bank's maximum may go beyond this (the schema's own bound). */
export const LIMIT_CEILING_YEN = 1_000_000_000;

const DAY_MS = 86_400_000;
const JAPAN_OFFSET_MS = 9 * 3_600_000;

/** Midnight in Japan of the day `ms` falls on. */
export function japanDayStart(ms: number): number {
  return Math.floor((ms + JAPAN_OFFSET_MS) / DAY_MS) * DAY_MS - JAPAN_OFFSET_MS;
}

/** Midnight in Japan that starts the next day: when a raise takes effect. */
export function nextJapanDay(ms: number): number {
  return japanDayStart(ms) + DAY_MS;
}

export type LimitDirection = 'raise' | 'lower';

/** A new limit above the one in force today is a raise; anything else lowers it (or keeps it). */
export function limitDirection(current: number, next: number): LimitDirection {
  return next > current ? 'raise' : 'lower';
}

export interface StoredLimit {
  dailyLimit: number;
  pending: { amount: number; from: number } | null;
}

/** The limit in force at `now`: a pending raise counts once its day has come. */
export function limitInForce(stored: StoredLimit, now: number): StoredLimit {
  if (stored.pending && stored.pending.from <= now) return { dailyLimit: stored.pending.amount, pending: null };
  return stored;
}

/**
 * The state after a change to `next`, decided at `now`: a raise waits for the next day (and
 * replaces any raise already waiting); a lowering applies now and drops any waiting raise.
 */
export function changeLimit(stored: StoredLimit, next: number, now: number): StoredLimit {
  const current = limitInForce(stored, now);
  if (limitDirection(current.dailyLimit, next) === 'raise') return { dailyLimit: current.dailyLimit, pending: { amount: next, from: nextJapanDay(now) } };
  return { dailyLimit: next, pending: null };
}

export type LimitInputError =
  | { code: 'LIMIT_EMPTY' }
  | { code: 'LIMIT_NOT_A_NUMBER' }
  | { code: 'LIMIT_TOO_SMALL'; min: number }
  | { code: 'LIMIT_NOT_THOUSANDS'; step: number }
  | { code: 'LIMIT_ABOVE_MAXIMUM'; max: number };

/** Checks a limit given as a number against the rules and the bank's maximum. */
export function checkLimit(value: number, maximum: number): Result<number, LimitInputError> {
  if (!Number.isFinite(value) || !Number.isInteger(value)) return err({ code: 'LIMIT_NOT_A_NUMBER' });
  if (value < LIMIT_MIN_YEN) return err({ code: 'LIMIT_TOO_SMALL', min: LIMIT_MIN_YEN });
  if (value > maximum) return err({ code: 'LIMIT_ABOVE_MAXIMUM', max: maximum });
  if (value % LIMIT_STEP_YEN !== 0) return err({ code: 'LIMIT_NOT_THOUSANDS', step: LIMIT_STEP_YEN });
  return ok(value);
}

/** Parses what a customer typed as a new limit: "3000000", "３，０００，０００" or "¥3,000,000". */
export function parseLimit(input: string, maximum: number): Result<number, LimitInputError> {
  if (hasInvisibleCharacters(input)) return err({ code: 'LIMIT_NOT_A_NUMBER' });
  let text = toHalfWidthDigits(withoutSpaces(input));
  if (text === '') return err({ code: 'LIMIT_EMPTY' });
  text = text.replace(/^[¥￥\\]/, '').replace(/円$/, '').replace(/[,，]/g, '');
  if (/^[-−－]\d/.test(text)) return err({ code: 'LIMIT_TOO_SMALL', min: LIMIT_MIN_YEN });
  if (!/^\d+$/.test(text)) return err({ code: 'LIMIT_NOT_A_NUMBER' });
  const trimmed = text.replace(/^0+(?=\d)/, '');
  if (trimmed.length > 10) return err({ code: 'LIMIT_ABOVE_MAXIMUM', max: maximum });
  return checkLimit(Number(trimmed), maximum);
}
