/**
 * The statement file customers open in a spreadsheet, laid out as Japanese banks lay theirs out:
 * 日付, 摘要, お引出し, お預入れ, 差引残高 — oldest first (as in a passbook), one row per movement.
 * Pure: built from the bank's history rows (which hold no secret), never from anything else.
 *
 * - UTF-8 with a byte order mark: Excel opens a BOM-marked file as UTF-8 (without it, Excel in
 *   Japan reads Shift_JIS and garbles), and UTF-8 carries every name the bank sends (Shift_JIS
 *   cannot hold some kanji); see README.md.
 * - CRLF line ends, fields in double quotes where they hold a comma, quote, CR or LF.
 * - Formula injection: a text field starting with =, +, -, @, tab or CR gets a leading apostrophe
 *   (and is quoted), so a spreadsheet shows it as text and never runs it. Quoting alone does not
 *   stop Excel evaluating a formula. Amounts are our own digits and never need it.
 */
import type { Transaction, TransactionKind } from '../../../src-shared/bank-api/index.js';
import { JST_OFFSET_MS } from '../../../src-shared/domain/index.js';

export const CSV_HEADER = ['日付', '摘要', 'お引出し', 'お預入れ', '差引残高'] as const;
export const UTF8_BOM = '\uFEFF';

/** The bank's words for each kind of row (a statement file is in the bank's language, Japanese). */
const KIND_NAMES: Record<TransactionKind, string> = {
  'account-opened': '口座開設',
  salary: '給与',
  'atm-withdrawal': 'ATM出金',
  transfer: '振込',
  'incoming-transfer': '振込入金',
  fee: '振込手数料',
  'bill-payment': '料金払込み',
  other: 'その他',
};

/** 2025/04/01 in Japan time, as bank statements write dates. */
export function csvDate(isoDateTime: string): string {
  return new Date(Date.parse(isoDateTime) + JST_OFFSET_MS).toISOString().slice(0, 10).replace(/-/g, '/');
}

/** One field: neutralised when a spreadsheet would read it as a formula, quoted where needed. */
export function csvField(value: string): string {
  let v = value;
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) || v !== value ? `"${v.replace(/"/g, '""')}"` : v;
}

export function description(row: Pick<Transaction, 'kind' | 'detail'>): string {
  return [KIND_NAMES[row.kind], row.detail].filter((s) => s !== '').join(' ');
}

/** The whole file as bytes: BOM, header, rows oldest first, CRLF after every line. */
export function statementCsv(rows: readonly Transaction[]): Buffer {
  const ordered = [...rows].sort((a, b) => Date.parse(a.postedAt) - Date.parse(b.postedAt) || idNumber(a.id) - idNumber(b.id));
  const lines = [CSV_HEADER.join(',')];
  for (const r of ordered) {
    const out = r.amount < 0 ? String(-r.amount) : '';
    const into = r.amount > 0 ? String(r.amount) : '';
    lines.push([csvDate(r.postedAt), csvField(description(r)), out, into, String(r.balanceAfter)].join(','));
  }
  return Buffer.from(UTF8_BOM + lines.map((l) => `${l}\r\n`).join(''), 'utf8');
}

function idNumber(id: string): number {
  const n = Number(id.replace(/^\D+/, ''));
  return Number.isFinite(n) ? n : 0;
}

/** A file name without the customer's details: statement-YYYYMMDD-YYYYMMDD.csv. */
export function statementFileName(from: string, to: string): string {
  return `statement-${from.replace(/-/g, '')}-${to.replace(/-/g, '')}.csv`;
}
