/**
 * How the desktop app saves what the customer asked for: a statement CSV the core built, or the
 * page on screen as a PDF (webContents.printToPDF, print media). Main asks where with the native
 * save dialog and writes the file itself; the page never downloads anything (will-download stays
 * denied). A kiosk writes nothing (the core refuses first; this refuses again) and prints only to
 * the default printer without a dialog (a dialog could print to a file). Takes Electron's objects
 * as plain parameters so Node tests can call it.
 */
import path from 'node:path';
import type { FileSaver } from '../core/statements/files.js';
import { CoreError } from '../core/errors.js';
import type { SaveOutcome } from '../../src-shared/ipc/statements.js';

export interface SaveDialogOptions {
  title?: string;
  defaultPath: string;
  filters: { name: string; extensions: string[] }[];
  properties: ('createDirectory' | 'showOverwriteConfirmation')[];
}

/** The part of Electron's dialog module used here. */
export interface SaveDialogLike<W> {
  showSaveDialog(window: W, options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
}

/** The part of a window's webContents used here. */
export interface PrintableContents {
  printToPDF(options: { printBackground: boolean; pageSize: 'A4'; preferCSSPageSize: boolean }): Promise<Buffer | Uint8Array>;
  print(options: { silent: boolean; printBackground: boolean }, callback: (success: boolean, failureReason: string) => void): void;
}

export interface ElectronFileSaverDeps<W> {
  dialog: SaveDialogLike<W>;
  /** The app window and its contents, or null when there is none. */
  window: () => { win: W; contents: PrintableContents } | null;
  writeFile: (filePath: string, bytes: Buffer | Uint8Array) => Promise<void>;
  /** Where the dialog starts (the user's Downloads folder). */
  startDir: string;
  kiosk: boolean;
}

const KINDS: Record<string, { name: string; extensions: string[] }> = {
  '.csv': { name: 'CSV', extensions: ['csv'] },
  '.pdf': { name: 'PDF', extensions: ['pdf'] },
};

export function electronFileSaver<W>(d: ElectronFileSaverDeps<W>): FileSaver {
  const target = () => {
    const t = d.window();
    if (!t) throw new CoreError('UNEXPECTED', 'There is no window to save from.');
    return t;
  };
  /** Asks where, then writes; the answer names the file only, never its folder. */
  async function saveAs(fileName: string, bytes: () => Promise<Buffer | Uint8Array>): Promise<SaveOutcome> {
    if (d.kiosk) throw new CoreError('NOT_AVAILABLE_IN_KIOSK', 'Nothing is saved on this terminal.');
    const { win } = target();
    const kind = KINDS[path.extname(fileName)] ?? { name: 'File', extensions: ['*'] };
    const answer = await d.dialog.showSaveDialog(win, {
      defaultPath: path.join(d.startDir, path.basename(fileName)), filters: [kind], properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (answer.canceled || !answer.filePath) return { outcome: 'cancelled' };
    await d.writeFile(answer.filePath, await bytes());
    return { outcome: 'saved', fileName: path.basename(answer.filePath) };
  }
  return {
    saveCsv: (fileName, bytes) => saveAs(fileName, async () => bytes),
    // Rendered before the dialog opens, so the PDF is the page the customer pressed the button on.
    savePdf: async (fileName) => {
      if (d.kiosk) throw new CoreError('NOT_AVAILABLE_IN_KIOSK', 'Nothing is saved on this terminal.');
      const pdf = await target().contents.printToPDF({ printBackground: true, pageSize: 'A4', preferCSSPageSize: true });
      return saveAs(fileName, async () => pdf);
    },
    print: (silent) =>
      new Promise<SaveOutcome>((resolve, reject) => {
        const { contents } = target();
        contents.print({ silent: silent || d.kiosk, printBackground: true }, (success, reason) => {
          if (success) resolve({ outcome: 'printed' });
          else if (reason === 'cancelled' || reason === 'canceled') resolve({ outcome: 'cancelled' });
          else reject(new CoreError('UNEXPECTED', 'The page could not be printed.'));
        });
      }),
  };
}
