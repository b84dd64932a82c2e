/** The bank and branch directory: names for codes, and a search by name or reading. */
import {
  API_PREFIX, BANK_PATHS, BanksQuery, BanksResponse, BranchesParams, BranchesQuery, BranchesResponse,
} from '../../src-shared/bank-api/index.js';
import { findBank, findBranch, searchBanks, searchBranches } from '../directory.js';
import { BankError, parseWith } from '../errors.js';
import { defineRoute, type RouteSpec } from '../http.js';

/**
 * Behind the session like every customer path: the directory is public knowledge, but the app
 * only needs it while a customer makes a transfer, so it adds nothing to what answers anonymously.
 */
export function directoryRoutes(): RouteSpec[] {
  return [
    defineRoute<undefined, BanksQuery>({
      method: 'GET', url: BANK_PATHS.banks, tag: 'directory',
      summary: 'Banks by code (code=0005: that bank, or none) or by name or reading (q=さんぷる or q=sanpuru: up to 20)',
      auth: true, idempotent: false, query: BanksQuery,
      responses: { 200: BanksResponse }, errors: ['UNAUTHENTICATED', 'START_OF_USE_REQUIRED', 'VALIDATION_FAILED'],
      handler: ({ query }) => {
        const banks = query.code !== undefined ? [findBank(query.code)].filter((b) => b !== undefined) : searchBanks(query.q!);
        return { status: 200, body: BanksResponse.parse({ banks }) };
      },
    }),
    defineRoute<undefined, BranchesQuery>({
      method: 'GET', url: `${API_PREFIX}/banks/:bankCode/branches`, tag: 'directory',
      summary: "One bank's branches by code (code=101) or by name or reading (q=あおやま); UNKNOWN_BANK for a code the directory does not know",
      auth: true, idempotent: false, query: BranchesQuery,
      responses: { 200: BranchesResponse }, errors: ['UNAUTHENTICATED', 'START_OF_USE_REQUIRED', 'VALIDATION_FAILED', 'UNKNOWN_BANK'],
      handler: ({ params, query }) => {
        const { bankCode } = parseWith(BranchesParams, params, 'path');
        const bank = findBank(bankCode);
        if (!bank) throw new BankError('UNKNOWN_BANK', `No bank has the code ${bankCode}.`);
        const branches = query.code !== undefined ? [findBranch(bankCode, query.code)].filter((b) => b !== undefined) : searchBranches(bankCode, query.q!);
        return { status: 200, body: BranchesResponse.parse({ bank, branches }) };
      },
    }),
  ];
}
