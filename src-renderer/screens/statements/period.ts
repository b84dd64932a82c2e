/** The period form's choice, turned into dates and checked before the bank is asked. */
import {
  earliestStatementDate, jstDate, periodProblems, presetPeriod, type Period, type PeriodPreset, type PeriodProblem,
} from '../../../src-shared/domain/statement-period.js';
import type { FieldError } from '../../lib/forms.js';

export type PeriodChoice = PeriodPreset | 'range';
export const PERIOD_CHOICES: PeriodChoice[] = ['this-month', 'last-month', 'last-3-months', 'range'];

export type PeriodCheck = { ok: true; period: Period } | { ok: false; from?: FieldError; to?: FieldError };

const FIELD_OF: Record<PeriodProblem, 'from' | 'to'> = {
  'from-invalid': 'from', 'from-too-old': 'from', 'to-invalid': 'to', 'to-in-future': 'to', reversed: 'to',
};

export function checkPeriod(choice: PeriodChoice, typed: { from: string; to: string }, now: number): PeriodCheck {
  if (choice !== 'range') return { ok: true, period: presetPeriod(choice, now) };
  const problems = periodProblems({ from: typed.from.trim(), to: typed.to.trim() }, now);
  if (problems.length === 0) return { ok: true, period: { from: typed.from.trim(), to: typed.to.trim() } };
  const out: { ok: false; from?: FieldError; to?: FieldError } = { ok: false };
  const vars = { earliest: slashed(earliestStatementDate(now)), today: slashed(jstDate(now)) };
  for (const p of problems) out[FIELD_OF[p]] ??= { key: `st.err.${p}`, vars };
  return out;
}

/** 2025-04-01 → 2025/04/01, as Japanese statements write dates. */
export function slashed(date: string): string {
  return date.replace(/-/g, '/');
}
