/**
 * Statements and printing on the core side: the period's history fetched page by page from the
 * bank and turned into the CSV file, and the kiosk rules (nothing written to disk; the printer only
 * when the kiosk file allows printing).
 */
import type { Transaction } from '../../../src-shared/bank-api/index.js';
import type { RequestOf, ResponseOf } from '../../../src-shared/ipc/contract.js';
import { CoreError } from '../errors.js';
import type { Services } from '../ipc/services.js';
import { statementCsv, statementFileName } from './csv.js';

/** Pages of 100 rows at most; a statement of more than this many pages is refused rather than cut. */
const PAGE = 100;
const MAX_PAGES = 200;

function notInKiosk(what: string): CoreError {
  return new CoreError('NOT_AVAILABLE_IN_KIOSK', `${what} is not available on this terminal.`);
}

export async function exportStatementCsv(s: Services, token: string, req: RequestOf<'statements.exportCsv'>): Promise<ResponseOf<'statements.exportCsv'>> {
  if (s.config.kiosk) throw notInKiosk('Saving a statement');
  const rows: Transaction[] = [];
  let cursor: string | undefined;
  for (let page = 0; ; page++) {
    if (page >= MAX_PAGES) throw new CoreError('UNEXPECTED', 'The statement is too long for one file: choose a shorter period.');
    const res = await s.bank.transactions(token, req.accountId, cursor, { from: req.from, to: req.to, limit: PAGE });
    rows.push(...res.transactions);
    if (res.nextCursor === null) break;
    cursor = res.nextCursor;
  }
  const outcome = await s.files.saveCsv(statementFileName(req.from, req.to), statementCsv(rows));
  s.log.info({ rows: rows.length, outcome: outcome.outcome }, 'statement exported');
  return outcome;
}

export async function printPage(s: Services, req: RequestOf<'print.page'>): Promise<ResponseOf<'print.page'>> {
  if (req.to === 'pdf') {
    if (s.config.kiosk) throw notInKiosk('Saving a PDF');
    return s.files.savePdf(`${req.name}.pdf`);
  }
  if (s.config.kiosk && !s.config.allowPrinting) throw notInKiosk('Printing');
  return s.files.print(s.config.kiosk);
}
