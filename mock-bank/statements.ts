/**
 * Statement periods at the bank: the query's dates checked against the bank's own clock (which the
 * tester controls may move), and turned into the instants the history is filtered by.
 */
import type { TransactionsQuery } from '../src-shared/bank-api/index.js';
import { earliestStatementDate, jstDate, jstDayEnd, jstDayStart, periodProblems, type PeriodProblem } from '../src-shared/domain/index.js';
import { BankError } from './errors.js';

function issueFor(problem: PeriodProblem, now: number): { path: string[]; message: string; code: string } {
  switch (problem) {
    case 'from-too-old': return { path: ['from'], message: `from: more than 13 months ago (earliest ${earliestStatementDate(now)})`, code: 'too_small' };
    case 'to-in-future': return { path: ['to'], message: `to: after today (${jstDate(now)}, Japan time)`, code: 'too_big' };
    case 'reversed': return { path: ['to'], message: 'period: to is before from', code: 'custom' };
    case 'from-invalid': return { path: ['from'], message: 'date: not a calendar date', code: 'custom' };
    case 'to-invalid': return { path: ['to'], message: 'date: not a calendar date', code: 'custom' };
  }
}

/**
 * [start, end) in epoch ms for a query; the whole history when it names no period. A period out
 * of range is VALIDATION_FAILED with one issue per problem.
 */
export function periodBounds(query: Pick<TransactionsQuery, 'from' | 'to'>, now: number): [number, number] {
  if (query.from === undefined && query.to === undefined) return [0, Number.MAX_SAFE_INTEGER];
  const problems = periodProblems(query, now);
  if (problems.length) {
    throw new BankError('VALIDATION_FAILED', 'The period is outside the statements the bank keeps.', { issues: problems.map((p) => issueFor(p, now)) });
  }
  const from = query.from ?? earliestStatementDate(now);
  const to = query.to ?? jstDate(now);
  return [jstDayStart(from), jstDayEnd(to)];
}
