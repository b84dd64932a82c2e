/**
 * The desktop app's file saver with its settings: the save dialog (where it starts, which file type,
 * overwrite confirmation), printToPDF's options (A4, backgrounds, the page's own size), what a
 * cancelled dialog or a failed print answers, and a kiosk that writes nothing and prints silently.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCoreError } from '../../../src-main/core/errors.js';
import { electronFileSaver, type SaveDialogOptions } from '../../../src-main/electron/file-saver.js';

const WIN = { id: 'main-window' };
const START = path.join('/home/customer', 'Downloads');

function setUp(o: { kiosk?: boolean; answer?: { canceled: boolean; filePath?: string }; printResult?: [boolean, string]; noWindow?: boolean } = {}) {
  const seen = { dialogs: [] as { win: unknown; options: SaveDialogOptions }[], pdfOptions: [] as unknown[], printOptions: [] as unknown[], written: [] as { path: string; text: string }[] };
  const saver = electronFileSaver({
    dialog: {
      showSaveDialog: async (win, options) => {
        seen.dialogs.push({ win, options });
        return o.answer ?? { canceled: true };
      },
    },
    window: () => (o.noWindow ? null : {
      win: WIN,
      contents: {
        printToPDF: async (options) => { seen.pdfOptions.push(options); return Buffer.from('%PDF-1.7 page'); },
        print: (options, done) => { seen.printOptions.push(options); const [ok, why] = o.printResult ?? [true, '']; done(ok, why); },
      },
    }),
    writeFile: async (p, bytes) => { seen.written.push({ path: p, text: Buffer.from(bytes).toString('utf8') }); },
    startDir: START,
    kiosk: o.kiosk ?? false,
  });
  return { saver, seen };
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'no error';
  } catch (e) {
    return isCoreError(e) ? e.code : String(e);
  }
}

describe('Electron file saver', () => {
  it('a CSV: the dialog on the app window starts in Downloads with the file name, CSV type and overwrite confirmation; main writes the bytes', async () => {
    const chosen = path.join('/home/customer', 'Documents', 'april.csv');
    const { saver, seen } = setUp({ answer: { canceled: false, filePath: chosen } });
    expect(await saver.saveCsv('statement-20250401-20250430.csv', Buffer.from('\uFEFF日付'))).toEqual({ outcome: 'saved', fileName: 'april.csv' });
    expect(seen.dialogs).toEqual([{
      win: WIN,
      options: { defaultPath: path.join(START, 'statement-20250401-20250430.csv'), filters: [{ name: 'CSV', extensions: ['csv'] }], properties: ['createDirectory', 'showOverwriteConfirmation'] },
    }]);
    expect(seen.written).toEqual([{ path: chosen, text: '\uFEFF日付' }]);
  });

  it('a name with folders in it is offered in Downloads by its last part only', async () => {
    const { saver, seen } = setUp();
    await saver.saveCsv('../../etc/statement.csv', Buffer.from('x'));
    expect(seen.dialogs[0]!.options.defaultPath).toBe(path.join(START, 'statement.csv'));
  });

  it('a PDF: printToPDF on A4 with backgrounds and the page\'s own size, rendered before the dialog, PDF type', async () => {
    const chosen = path.join(START, 'receipt-4860033313.pdf');
    const { saver, seen } = setUp({ answer: { canceled: false, filePath: chosen } });
    expect(await saver.savePdf('receipt-4860033313.pdf')).toEqual({ outcome: 'saved', fileName: 'receipt-4860033313.pdf' });
    expect(seen.pdfOptions).toEqual([{ printBackground: true, pageSize: 'A4', preferCSSPageSize: true }]);
    expect(seen.dialogs[0]!.options.filters).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);
    expect(seen.written).toEqual([{ path: chosen, text: '%PDF-1.7 page' }]);
  });

  it('a cancelled dialog, or one without a path, writes nothing', async () => {
    for (const answer of [{ canceled: true }, { canceled: false }]) {
      const { saver, seen } = setUp({ answer });
      expect(await saver.saveCsv('s.csv', Buffer.from('x'))).toEqual({ outcome: 'cancelled' });
      expect(await saver.savePdf('r.pdf')).toEqual({ outcome: 'cancelled' });
      expect(seen.written).toEqual([]);
    }
  });

  it('printing: the print dialog with backgrounds; cancelled is no error, any other failure is', async () => {
    const ok = setUp();
    expect(await ok.saver.print(false)).toEqual({ outcome: 'printed' });
    expect(ok.seen.printOptions).toEqual([{ silent: false, printBackground: true }]);
    expect(await setUp({ printResult: [false, 'cancelled'] }).saver.print(false)).toEqual({ outcome: 'cancelled' });
    expect(await codeOf(setUp({ printResult: [false, 'Print job failed'] }).saver.print(false))).toBe('UNEXPECTED');
  });

  it('a kiosk writes nothing, renders no PDF, opens no dialog, and prints silently to the default printer', async () => {
    const { saver, seen } = setUp({ kiosk: true, answer: { canceled: false, filePath: '/tmp/never.csv' } });
    expect(await codeOf(saver.saveCsv('s.csv', Buffer.from('x')))).toBe('NOT_AVAILABLE_IN_KIOSK');
    expect(await codeOf(saver.savePdf('r.pdf'))).toBe('NOT_AVAILABLE_IN_KIOSK');
    expect(await saver.print(false)).toEqual({ outcome: 'printed' });
    expect(seen.printOptions).toEqual([{ silent: true, printBackground: true }]);
    expect(seen).toMatchObject({ dialogs: [], pdfOptions: [], written: [] });
  });

  it('without a window there is nothing to save or print', async () => {
    const { saver } = setUp({ noWindow: true, answer: { canceled: false, filePath: '/tmp/x.pdf' } });
    expect(await codeOf(saver.savePdf('r.pdf'))).toBe('UNEXPECTED');
    expect(await codeOf(saver.print(false))).toBe('UNEXPECTED');
  });
});
