import { BANK_PATHS, TransferLimits } from '../../src-shared/bank-api/index.js';
import type { BankContext } from '../context.js';
import { defineRoute, type RouteSpec } from '../http.js';
import { limitsView } from '../limits.js';

export function limitRoutes(ctx: BankContext): RouteSpec[] {
  return [
    defineRoute({
      method: 'GET', url: BANK_PATHS.limits, tag: 'limits',
      summary: "The customer's daily transfer limit: in force, used and left today (Japan time, the bank's clock), the bank's maximum and a raise waiting for its day",
      auth: true, idempotent: false, responses: { 200: TransferLimits }, errors: ['UNAUTHENTICATED', 'START_OF_USE_REQUIRED'],
      handler: ({ session }) => ({ status: 200, body: TransferLimits.parse(limitsView(ctx, session!.customerId)) }),
    }),
  ];
}
