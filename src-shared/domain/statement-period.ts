/**
 * Statement periods (入出金明細): calendar dates in Japan time (UTC+9, no daylight saving), as the
 * bank's statements use them. A period is two dates, both included. The bank keeps 13 months of
 * history for the customer to look up; the renderer checks a period with the same rules before it
 * asks, and the bank checks it again against its own clock.
 */

/** Japan is UTC+9 all year. */
export const JST_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** How far back a statement may start: this many months before today (Japan time). */
export const STATEMENT_MONTHS_BACK = 13;
/** YYYY-MM-DD. */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export const PERIOD_PRESETS = ['this-month', 'last-month', 'last-3-months'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export interface Period {
  from: string;
  to: string;
}

/** Why a period cannot be asked for; each has its own message on screen and its own issue at the bank. */
export type PeriodProblem = 'from-invalid' | 'to-invalid' | 'from-too-old' | 'to-in-future' | 'reversed';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const fmt = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

/** A real calendar date written YYYY-MM-DD (no 2月30日). */
export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE_PATTERN.test(value)) return false;
  const [y, m, d] = parts(value);
  return y >= 1900 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
}

/** The Japan-time date of an instant. */
export function jstDate(ms: number): string {
  return new Date(ms + JST_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a Japan-time date begins (00:00 JST). */
export function jstDayStart(date: string): number {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d) - JST_OFFSET_MS;
}

/** The instant after a Japan-time date ends (the next day's 00:00 JST). */
export function jstDayEnd(date: string): number {
  return jstDayStart(date) + DAY_MS;
}

/** The same day `months` months later (or earlier), on the month's last day where it is shorter. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = (index % 12) + 1;
  return fmt(ny, nm, Math.min(d, daysIn(ny, nm)));
}

/** The earliest date a statement may start from, seen from `now`. */
export function earliestStatementDate(now: number): string {
  return addMonths(jstDate(now), -STATEMENT_MONTHS_BACK);
}

/** This month (1st to today), last month (whole), the last 3 months (same day 3 months ago to today). */
export function presetPeriod(preset: PeriodPreset, now: number): Period {
  const today = jstDate(now);
  const [y, m] = parts(today);
  switch (preset) {
    case 'this-month':
      return { from: fmt(y, m, 1), to: today };
    case 'last-month': {
      const first = addMonths(fmt(y, m, 1), -1);
      const [py, pm] = parts(first);
      return { from: first, to: fmt(py, pm, daysIn(py, pm)) };
    }
    case 'last-3-months':
      return { from: addMonths(today, -3), to: today };
  }
}

/** Every problem of a period seen from `now`; empty when the bank will take it. */
export function periodProblems(period: Partial<Period>, now: number): PeriodProblem[] {
  const out: PeriodProblem[] = [];
  const from = period.from !== undefined && isCalendarDate(period.from) ? period.from : null;
  const to = period.to !== undefined && isCalendarDate(period.to) ? period.to : null;
  if (period.from !== undefined && from === null) out.push('from-invalid');
  if (period.to !== undefined && to === null) out.push('to-invalid');
  if (from !== null && from < earliestStatementDate(now)) out.push('from-too-old');
  if (to !== null && to > jstDate(now)) out.push('to-in-future');
  if (from !== null && to !== null && from > to) out.push('reversed');
  return out;
}
