// The browser host's statement downloads: one fetch, by the page session that asked, within a
// minute; the saver hands PDFs and printing to the browser's own print dialog.
import { describe, expect, it } from 'vitest';
import { attachment, Downloads } from '../../../src-main/browser-host/downloads.js';
import { DownloadPath } from '../../../src-shared/ipc/statements.js';

describe('browser host downloads', () => {
  it('are taken once, only by the client they were offered to, and expire', async () => {
    let now = 1_000;
    const d = new Downloads(() => now);
    const saved = await d.saverFor('client-a').saveCsv('statement-20250401-20250430.csv', Buffer.from('\uFEFFx'));
    expect(saved.outcome).toBe('download');
    const url = saved.outcome === 'download' ? saved.url : '';
    expect(DownloadPath.safeParse(url).success).toBe(true);
    expect(d.take(url, 'client-b')).toBeNull();
    expect(d.take(url, 'client-a')?.fileName).toBe('statement-20250401-20250430.csv');
    expect(d.take(url, 'client-a')).toBeNull();
    const late = d.offer('client-a', 'x.csv', Buffer.from('x'), 'text/csv');
    now += 60_000;
    expect(d.take(late, 'client-a')).toBeNull();
    expect(await d.saverFor('client-a').savePdf('r.pdf')).toEqual({ outcome: 'browser-print' });
    expect(await d.saverFor('client-a').print(false)).toEqual({ outcome: 'browser-print' });
  });

  it('names the attachment with safe characters only', () => {
    expect(attachment('statement-1.csv')).toBe('attachment; filename="statement-1.csv"');
    expect(attachment('a"b\r\n;c.csv')).toBe('attachment; filename="a_b___c.csv"');
  });
});
