/**
 * The Electron main process: wires the core, the app:// scheme, the window and its guards.
 * Every decision lives in the small modules next to this file; this one only connects them to
 * Electron's objects. Flags: --bank <url> (or BANK_URL), --profile <file>, --kiosk, --kiosk-config <file>.
 * A tester build (built with __TEST_BUILD__ true) also starts the bundled demo bank; a customer
 * build does not even contain that code (esbuild drops the branch and its import).
 */
import { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, protocol, session, shell, type MenuItemConstructorOptions, type WebContents } from 'electron';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EndReason } from '../../src-shared/ipc/events.js';
import { createCore, createLogger, flagValue, loadConfig, type Core } from '../core/index.js';
import { createKioskWiper, loadKiosk, type KioskSettings, type KioskWiper } from '../core/kiosk/index.js';
import { APP_ENTRY_URL, APP_SCHEME } from './app-url.js';
import { denyDownloads } from './downloads.js';
import { createExternalOpener, type ExternalOpener } from './external-links.js';
import { electronFileSaver } from './file-saver.js';
import { blockedShortcut } from './kiosk-keys.js';
import { electronKioskStorage } from './kiosk-storage.js';
import { registerIpc } from './ipc.js';
import {
  APP_USER_MODEL_ID, createQuitHandler, focusExistingWindow, handleRenderProcessGone, handleUnresponsive, type PlainMessage,
} from './lifecycle.js';
import { menuTemplate } from './menu.js';
import { attachNavigationGuards, attachSessionGuards } from './navigation.js';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol.js';
import { partitionFor, webPreferenceProblems, windowOptionsFor } from './window-options.js';

const rendererDir = path.join(__dirname, '..', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');

/** Replaced at build time (scripts/build.mjs): true only in tester builds. */
declare const __TEST_BUILD__: boolean | undefined;

// Before "ready": the scheme's privileges, the sandbox for every renderer, the Windows app id.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();
if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);

let mainWindow: BrowserWindow | null = null;
let opener: ExternalOpener | null = null;
let quitting = false;
/** In a kiosk: wipes the partition at every session end. */
let wiper: KioskWiper | null = null;
/** Tester builds: web contents that bring their own guards (the mailbox window). */
let hasOwnGuards: (contents: WebContents) => boolean = () => false;
/** Tester builds: closes the mailbox window when the app window closes, so the app still quits with it. */
let closeCompanions: () => void = () => {};

/** A reason not to start that the customer can act on: shown once, exit code 2. */
class StartupProblem extends Error {}

function stopWith(text: string): never {
  throw new StartupProblem(text);
}

function ask(win: BrowserWindow | null, m: PlainMessage): Promise<number> {
  const options = { type: m.type, title: m.title, message: m.message, detail: m.detail, buttons: m.buttons, defaultId: m.defaultId, cancelId: m.cancelId, noLink: true };
  const shown = win && !win.isDestroyed() ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options);
  return shown.then((r) => r.response);
}

// Every webContents (the window, and anything that might ever try to appear) gets the guards.
app.on('web-contents-created', (_event, contents: WebContents) => {
  if (!hasOwnGuards(contents)) attachNavigationGuards(contents, opener);
});

function openWindow(core: Core, title: string, kiosk: boolean): BrowserWindow {
  const options = windowOptionsFor({ preloadPath, packaged: app.isPackaged, kiosk, title });
  const problems = webPreferenceProblems(options.webPreferences);
  if (problems.length) stopWith(`The window's security settings are wrong:\n${problems.join('\n')}`);
  const win = new BrowserWindow(options);
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow !== win) return; // a kiosk's wipe replacing its window
    mainWindow = null;
    closeCompanions();
  });
  if (kiosk) {
    // The customer cannot close the kiosk window or leave it by keyboard; branch IT quits the app.
    win.on('close', (event) => {
      if (!quitting) event.preventDefault();
    });
    win.webContents.on('before-input-event', (event, input) => {
      if (blockedShortcut(input)) event.preventDefault();
    });
  }
  win.on('unresponsive', () => void handleUnresponsive({ ask: (m) => ask(win, m), reload: () => win.webContents.reload() }));
  win.webContents.on('render-process-gone', (_event, details) => {
    if (kiosk) {
      // No dialog on a kiosk: end the session and start over with a wiped, fresh window. A window
      // the wipe itself replaced is ignored.
      if (mainWindow !== win || details.reason === 'clean-exit') return;
      void core.dispatch('session.logout', {}).then(() => wiper?.wipe('renderer-gone'));
      return;
    }
    void handleRenderProcessGone(details, {
      ask: (m) => ask(win, m),
      reload: () => win.webContents.reload(),
      quit: () => app.quit(),
      endSession: async () => {
        await core.dispatch('session.logout', {});
      },
    });
  });
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

async function start(): Promise<void> {
  await app.whenReady();
  const argv = process.argv.slice(app.isPackaged ? 1 : 2);
  const testBuild = typeof __TEST_BUILD__ !== 'undefined' && __TEST_BUILD__;
  const readFile = (p: string) => readFileSync(p, 'utf8');
  const loaded = loadConfig({ argv, env: process.env, readFile }, { host: 'electron', version: app.getVersion(), testBuild });
  if (!loaded.ok) stopWith(`設定に誤りがあります。 / The settings are wrong:\n${loaded.problems.join('\n')}`);
  const withKiosk = loadKiosk({
    argv, env: process.env, readFile, defaultFile: path.join(app.getPath('userData'), 'kiosk.json'), exists: existsSync,
  }, loaded.config);
  if (!withKiosk.ok) stopWith(`キオスク設定に誤りがあります。 / The kiosk settings are wrong:\n${withKiosk.problems.join('\n')}`);
  const config = withKiosk.config;
  const kiosk: KioskSettings | null = withKiosk.kiosk;
  const log = createLogger(config.logLevel);
  const devTools = !app.isPackaged && !config.kiosk;
  app.on('before-quit', () => {
    quitting = true;
  });
  // No session ever saves a download: the default one, the window's partition, and every one made
  // later (the tester build's mailbox partition too). Statements are saved by main, never this way.
  const refuseDownload = (what: { origin: string }) => log.warn(what, 'download refused');
  app.on('session-created', (created) => denyDownloads(created, refuseDownload));
  denyDownloads(session.defaultSession, refuseDownload);

  let tester: import('./test-build/runtime.js').TesterRuntime | null = null;
  if (typeof __TEST_BUILD__ !== 'undefined' && __TEST_BUILD__ && flagValue(argv, 'bank') === undefined && !process.env.BANK_URL) {
    const { startTester, isMailboxContents } = await import('./test-build/runtime.js');
    try {
      tester = await startTester({
        bankEntry: path.join(__dirname, '..', 'bank', 'main.mjs'),
        dataDir: app.getPath('userData'),
        log,
        ask: (m) => ask(mainWindow, m),
        reloadApp: () => mainWindow?.webContents.reload(),
      });
    } catch (e) {
      stopWith(`デモ銀行を開始できませんでした。 / The demo bank could not start.\n${e instanceof Error ? e.message : String(e)}`);
    }
    config.bankUrl = tester.bank.apiUrl;
    hasOwnGuards = isMailboxContents;
    closeCompanions = () => tester?.closeMailbox();
  }

  opener = createExternalOpener(config.profile, (url) => shell.openExternal(url), (origin, why) => log.warn({ origin, why }, 'external link refused'));

  const ses = session.fromPartition(partitionFor(config.kiosk));
  denyDownloads(ses, refuseDownload); // also done by session-created; said here so it is plain
  attachSessionGuards(ses, devTools, (origin) => log.warn({ origin }, 'request blocked'));
  ses.setSpellCheckerEnabled(false);
  ses.protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));

  // Statements and printed pages: main asks where with the save dialog and writes the file itself.
  const files = electronFileSaver({
    dialog, writeFile: (p, bytes) => writeFile(p, bytes), startDir: app.getPath('downloads'), kiosk: config.kiosk,
    window: () => (mainWindow && !mainWindow.isDestroyed() ? { win: mainWindow, contents: mainWindow.webContents } : null),
  });
  // The core applies the kiosk's rules itself (config.kiosk, allowPrinting, kioskLanguages) and, in
  // a tester build, tells the window about the demo bank.
  const core = await createCore(config, { log, files, ...(tester ? { tester: tester.info } : {}) });

  const template: MenuItemConstructorOptions[] | null = menuTemplate({
    packaged: app.isPackaged, kiosk: config.kiosk, platform: process.platform, appName: app.getName(), profile: config.profile,
    openLink: (url) => opener?.open(url),
  });
  if (template && tester) template.splice(template.length - (template.at(-1)?.role === 'help' ? 1 : 0), 0, tester.menu(core));
  Menu.setApplicationMenu(template ? Menu.buildFromTemplate(template) : null);

  const unregister = registerIpc({
    ipcMain,
    core,
    target: () => mainWindow?.webContents ?? null,
    onRefused: (channel, reason) => log.warn({ channel, reason }, 'IPC call refused'),
  });
  app.on('before-quit', createQuitHandler(async () => {
    unregister();
    await core.close();
    await tester?.stop();
  }, () => app.quit()));
  // A banking session ends with its window, on every platform (a kiosk's wipe replaces its window).
  app.on('window-all-closed', () => {
    if (!wiper?.busy) app.quit();
  });
  app.on('second-instance', () => focusExistingWindow(mainWindow));
  const title = config.profile.bankName.ja;
  if (kiosk) {
    wiper = createKioskWiper(electronKioskStorage(ses, clipboard, {
      close: async () => {
        const old = mainWindow;
        mainWindow = null;
        if (old && !old.isDestroyed()) old.destroy();
      },
      openLogin: async () => {
        mainWindow = openWindow(core, title, true);
      },
    }), log);
    const w = wiper;
    core.onEvent((event, payload) => {
      if (event === 'session.ended') void w.wipe((payload as { reason: EndReason }).reason);
    });
  }
  mainWindow = openWindow(core, title, config.kiosk);
  log.info({ bank: config.bankUrl, kiosk: config.kiosk, kioskSettings: kiosk?.source ?? null, testBuild, packaged: app.isPackaged }, 'desktop app ready');
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start().catch((e: unknown) => {
    const text = e instanceof Error ? e.message : String(e);
    dialog.showErrorBox('Netbank', e instanceof StartupProblem ? text : `アプリを開始できませんでした。 / The app could not start.\n${text}`);
    app.exit(e instanceof StartupProblem ? 2 : 1);
  });
}
