/**
 * Where a file the customer asked for goes: each host brings its own. Electron asks with a native
 * save dialog and writes the file from main; the browser host offers a one-time download from its
 * own server (or leaves printing to the browser). The core never writes anything itself.
 */
import type { SaveOutcome } from '../../../src-shared/ipc/statements.js';
export interface FileSaver {
    /** A CSV the core built: saved after a dialog, or offered as a download. */
    saveCsv(fileName: string, bytes: Buffer): Promise<SaveOutcome>;
    /** The page on screen as a PDF (print media): saved after a dialog, or the browser's print. */
    savePdf(fileName: string): Promise<SaveOutcome>;
    /** The page on screen to the printer; `silent` (kiosks) prints to the default printer without a dialog. */
    print(silent: boolean): Promise<SaveOutcome>;
}
/** A core without a host's saver (unit tests, tools): every save is refused. */
export declare const noFileSaver: FileSaver;
