/**
 * IPC schemas for statements and receipts: the CSV export, printing or saving a page as PDF, and
 * what main did with the file. Only main writes files; the page never downloads anything itself.
 */
import * as z from 'zod';
import { Id, StatementDate } from '../bank-api/index.js';

/** Where a browser-host download of a file main built can be fetched (once, by this page only). */
export const DOWNLOAD_PATH_PREFIX = '/downloads/';
export const DownloadPath = z.string().regex(/^\/downloads\/[A-Za-z0-9_-]{16,64}$/);

/**
 * What main did: saved after a save dialog (Electron; the file's name only, never its folder),
 * the customer cancelled the dialog, a download the browser host offers, the browser's own print
 * dialog is the way (browser host), or sent to the printer.
 */
export const SaveOutcome = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('saved'), fileName: z.string().min(1).max(255) }),
  z.object({ outcome: z.literal('cancelled') }),
  z.object({ outcome: z.literal('download'), url: DownloadPath }),
  z.object({ outcome: z.literal('browser-print') }),
  z.object({ outcome: z.literal('printed') }),
]);
export type SaveOutcome = z.infer<typeof SaveOutcome>;

export const StatementPeriodRequest = z
  .strictObject({ accountId: Id, from: StatementDate, to: StatementDate })
  .refine((r) => r.from <= r.to, { message: 'period: to is before from', path: ['to'] });

/** Print the page on screen (a receipt, a statement): to a PDF file or to the printer. */
export const PrintRequest = z.strictObject({
  to: z.enum(['pdf', 'printer']),
  /** The file name's stem, e.g. receipt-R20250401-0001 (main adds .pdf). */
  name: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
});
export type PrintRequest = z.infer<typeof PrintRequest>;
