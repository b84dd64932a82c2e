/**
 * Whether Electron can run here, asked the same way `npm start` asks (scripts/start.mjs), so the
 * specs and the start script never disagree.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

type Found = { ok: true; executable: string } | { ok: false; reason: string };

const start = (await import(pathToFileURL(path.join(root, 'scripts/start.mjs')).href)) as { findElectron(): Found };

export const electron: Found = start.findElectron();

/** The reason the Electron specs skip, or null when they run. */
export const electronSkipReason: string | null = electron.ok ? null : `no Electron binary here: ${electron.reason}; set ELECTRON_OVERRIDE_DIST_PATH to run these specs`;
