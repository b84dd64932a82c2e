// Statement periods in Japan time: month edges where UTC and Japan disagree, the 13-month limit
// with short months, and each problem a period can have.
import { describe, expect, it } from 'vitest';
import { addMonths, earliestStatementDate, isCalendarDate, jstDate, jstDayEnd, jstDayStart, periodProblems, presetPeriod } from '../../../src-shared/domain/statement-period.js';

const at = (iso: string) => Date.parse(iso);

describe('Japan-time dates', () => {
  it('an instant after 15:00 UTC is already the next day in Japan', () => {
    expect(jstDate(at('2025-03-31T14:59:59Z'))).toBe('2025-03-31');
    expect(jstDate(at('2025-03-31T15:00:00Z'))).toBe('2025-04-01');
    expect(jstDayStart('2025-04-01')).toBe(at('2025-03-31T15:00:00Z'));
    expect(jstDayEnd('2025-04-01')).toBe(at('2025-04-01T15:00:00Z'));
  });

  it('knows real calendar dates', () => {
    for (const ok of ['2024-02-29', '2025-12-31', '2025-01-01']) expect(isCalendarDate(ok), ok).toBe(true);
    for (const bad of ['2025-02-29', '2025-13-01', '2025-04-31', '2025-4-1', '20250401', '', '2025-00-10']) expect(isCalendarDate(bad), bad).toBe(false);
  });

  it('moves months keeping the day, or the month\'s last day', () => {
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2025-01-15', -13)).toBe('2023-12-15');
    expect(addMonths('2025-12-31', 2)).toBe('2026-02-28');
  });
});

describe('preset periods', () => {
  // 2025-04-01 00:30 in Japan is still 31 March in UTC.
  const earlyApril = at('2025-03-31T15:30:00Z');
  it('this month, last month and the last 3 months by the Japan date', () => {
    expect(presetPeriod('this-month', earlyApril)).toEqual({ from: '2025-04-01', to: '2025-04-01' });
    expect(presetPeriod('last-month', earlyApril)).toEqual({ from: '2025-03-01', to: '2025-03-31' });
    expect(presetPeriod('last-3-months', earlyApril)).toEqual({ from: '2025-01-01', to: '2025-04-01' });
    expect(presetPeriod('last-month', at('2025-03-10T00:00:00Z'))).toEqual({ from: '2025-02-01', to: '2025-02-28' });
    expect(presetPeriod('last-month', at('2025-01-10T00:00:00Z'))).toEqual({ from: '2024-12-01', to: '2024-12-31' });
    expect(presetPeriod('last-3-months', at('2025-05-31T03:00:00Z'))).toEqual({ from: '2025-02-28', to: '2025-05-31' });
  });

  it('every preset is a period the bank takes', () => {
    for (const now of [earlyApril, at('2024-02-29T12:00:00Z'), at('2025-12-31T14:59:00Z')]) {
      for (const p of ['this-month', 'last-month', 'last-3-months'] as const) expect(periodProblems(presetPeriod(p, now), now), p).toEqual([]);
    }
  });
});

describe('period problems', () => {
  const now = at('2025-04-15T03:00:00Z');
  it('the earliest date is the same day 13 months back, and the day before it is too old', () => {
    expect(earliestStatementDate(now)).toBe('2024-03-15');
    expect(periodProblems({ from: '2024-03-15', to: '2025-04-15' }, now)).toEqual([]);
    expect(periodProblems({ from: '2024-03-14', to: '2025-04-15' }, now)).toEqual(['from-too-old']);
  });
  it('names each problem: not a date, after today, reversed', () => {
    expect(periodProblems({ from: '2025-04-16', to: '2025-04-15' }, now)).toEqual(['reversed']);
    expect(periodProblems({ from: '2025-04-01', to: '2025-04-16' }, now)).toEqual(['to-in-future']);
    expect(periodProblems({ from: '2025-02-30', to: 'soon' }, now)).toEqual(['from-invalid', 'to-invalid']);
    expect(periodProblems({ from: '2020-01-01', to: '2030-01-01' }, now)).toEqual(['from-too-old', 'to-in-future']);
  });
});
