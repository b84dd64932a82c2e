/**
 * The bank and branch directory: names for the codes a customer types, and a search by name or
 * reading. GET /api/v1/banks?code=|q= and GET /api/v1/banks/{bankCode}/branches?code=|q=.
 */
import * as z from 'zod';
import { BankCode, BranchCode } from './common.js';

/** Longest name or reading the directory holds (a branch such as 「本店営業部」 is far shorter). */
export const DIRECTORY_NAME_MAX = 60;
/** Longest search text the bank accepts. */
export const DIRECTORY_QUERY_MAX = 30;
/** Most entries one search answers with. */
export const DIRECTORY_RESULTS_MAX = 20;

const Name = z.string().min(1).max(DIRECTORY_NAME_MAX);

/** A bank: its 4-digit code, its name, and the name's reading in katakana (for search). */
export const DirectoryBank = z.object({ code: BankCode, name: Name, kana: Name });
export type DirectoryBank = z.infer<typeof DirectoryBank>;

/** A branch of a bank: 3-digit code, name, reading. */
export const DirectoryBranch = z.object({ code: BranchCode, name: Name, kana: Name });
export type DirectoryBranch = z.infer<typeof DirectoryBranch>;

/** Search text: name or reading, in kanji, hiragana or katakana (full- or half-width), or the reading in Latin letters (romaji); no control characters. */
export const DirectorySearchText = z
  .string()
  .trim()
  .min(1, 'q: at least one character')
  .max(DIRECTORY_QUERY_MAX, `q: at most ${DIRECTORY_QUERY_MAX} characters`)
  .refine((s) => !/[\p{Cc}\p{Cf}]/u.test(s), { message: 'q: control or invisible characters' });

const exactlyOne = (q: { code?: string | undefined; q?: string | undefined }) => (q.code === undefined) !== (q.q === undefined);
const ONE_OF = { message: 'give either code (look up one) or q (search by name), not both', path: ['code'] };

export const BanksQuery = z
  .strictObject({ code: BankCode.optional(), q: DirectorySearchText.optional() })
  .refine(exactlyOne, ONE_OF);
export type BanksQuery = z.infer<typeof BanksQuery>;
/** Banks that match: one (or none) for a code, up to DIRECTORY_RESULTS_MAX for a search. */
export const BanksResponse = z.object({ banks: z.array(DirectoryBank).max(DIRECTORY_RESULTS_MAX) });
export type BanksResponse = z.infer<typeof BanksResponse>;

export const BranchesParams = z.strictObject({ bankCode: BankCode });
const branchFields = { code: BranchCode.optional(), q: DirectorySearchText.optional() };
export const BranchesQuery = z.strictObject(branchFields).refine(exactlyOne, ONE_OF);
export type BranchesQuery = z.infer<typeof BranchesQuery>;
/** The same look-up with the bank in it: what the app asks of its main process. */
export const BranchLookup = z.strictObject({ bankCode: BankCode, ...branchFields }).refine(exactlyOne, ONE_OF);
export type BranchLookup = z.infer<typeof BranchLookup>;
/** The bank, and its branches that match (none when the code is not one of them). */
export const BranchesResponse = z.object({ bank: DirectoryBank, branches: z.array(DirectoryBranch).max(DIRECTORY_RESULTS_MAX) });
export type BranchesResponse = z.infer<typeof BranchesResponse>;
