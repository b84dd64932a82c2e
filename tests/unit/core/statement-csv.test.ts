// The statement CSV: BOM, CRLF, the Japanese banks' columns, quoting, formula neutralising, Japan
// dates and sums that add up.
import { describe, expect, it } from 'vitest';
import type { Transaction } from '../../../src-shared/bank-api/index.js';
import { CSV_HEADER, csvField, statementCsv, statementFileName } from '../../../src-main/core/statements/csv.js';

const row = (id: number, postedAt: string, amount: number, balanceAfter: number, kind: Transaction['kind'] = 'transfer', detail = ''): Transaction =>
  ({ id: `tx_${id}`, postedAt, kind, detail, amount, balanceAfter, receiptNumber: null });

/** A small parser for what we write: quoted fields with doubled quotes, CRLF rows. */
function parse(text: string): string[][] {
  const rows: string[][] = [];
  let field = '', rowOut: string[] = [], quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { rowOut.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { rowOut.push(field); rows.push(rowOut); rowOut = []; field = ''; i++; }
    else field += c;
  }
  return rows;
}

describe('statement CSV', () => {
  const rows = [
    row(3, '2025-04-10T01:00:00Z', -50_000, 1_000_000, 'atm-withdrawal'),
    row(2, '2025-03-31T15:10:00Z', 250_000, 1_050_000, 'salary', 'デモショウジ'),
    row(1, '2025-03-01T00:00:00Z', 800_000, 800_000, 'account-opened'),
  ];
  const bytes = statementCsv(rows);
  const text = bytes.toString('utf8');

  it('starts with the UTF-8 BOM and ends every line with CRLF, never a bare LF', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has the columns Japanese banks use, oldest row first, dates in Japan time', () => {
    const table = parse(text.slice(1));
    expect(table[0]).toEqual([...CSV_HEADER]);
    expect(table.slice(1)).toEqual([
      ['2025/03/01', '口座開設', '', '800000', '800000'],
      ['2025/04/01', '給与 デモショウジ', '', '250000', '1050000'],
      ['2025/04/10', 'ATM出金', '50000', '', '1000000'],
    ]);
  });

  it('withdrawals and deposits add up to the movement of the balance', () => {
    const body = parse(text.slice(1)).slice(1);
    const sum = (col: number) => body.reduce((s, r) => s + Number(r[col] || 0), 0);
    expect(sum(3) - sum(2)).toBe(1_000_000);
    expect(body).toHaveLength(rows.length);
  });

  it('quotes commas, quotes and line breaks, and neutralises what a spreadsheet would run', () => {
    expect(csvField('ﾔﾏﾀﾞ,ﾀﾛｳ')).toBe('"ﾔﾏﾀﾞ,ﾀﾛｳ"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('plain')).toBe('plain');
    for (const danger of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      const out = csvField(danger);
      expect(out.startsWith(`"'`), danger).toBe(true);
    }
    const evil = statementCsv([row(9, '2025-04-01T00:00:00Z', 1000, 1000, 'other', '=cmd|\' /C calc\'!A0')]).toString('utf8');
    expect(parse(evil.slice(1))[1]![1]).toBe('その他 =cmd|\' /C calc\'!A0');
    // A detail alone (kind 'other' prefixes its name) that starts with a formula sign:
    expect(csvField('=1+2')).toBe(`"'=1+2"`);
  });

  it('an empty period is the header alone; file names carry dates only', () => {
    expect(statementCsv([]).toString('utf8')).toBe('\uFEFF日付,摘要,お引出し,お預入れ,差引残高\r\n');
    expect(statementFileName('2025-03-01', '2025-03-31')).toBe('statement-20250301-20250331.csv');
  });
});
