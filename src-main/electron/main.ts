/**
 * The Electron main process: wires the core, the app:// scheme, the window and its guards.
 * Every decision lives in the small modules next to this file; this one only connects them to
 * Electron's objects. Flags: --bank <url> (or BANK_URL), --profile <file>, --kiosk.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell, type WebContents } from 'electron';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createCore, createLogger, loadConfig, type Core } from '../core/index.js';
import { APP_ENTRY_URL, APP_SCHEME } from './app-url.js';
import { createExternalOpener, type ExternalOpener } from './external-links.js';
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

// Before "ready": the scheme's privileges, the sandbox for every renderer, the Windows app id.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();
if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);

let mainWindow: BrowserWindow | null = null;
let opener: ExternalOpener | null = null;

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
app.on('web-contents-created', (_event, contents: WebContents) => attachNavigationGuards(contents, opener));

function openWindow(core: Core, title: string, kiosk: boolean): BrowserWindow {
  const options = windowOptionsFor({ preloadPath, packaged: app.isPackaged, kiosk, title });
  const problems = webPreferenceProblems(options.webPreferences);
  if (problems.length) stopWith(`The window's security settings are wrong:\n${problems.join('\n')}`);
  const win = new BrowserWindow(options);
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  win.on('unresponsive', () => void handleUnresponsive({ ask: (m) => ask(win, m), reload: () => win.webContents.reload() }));
  win.webContents.on('render-process-gone', (_event, details) => {
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
  const loaded = loadConfig({ argv, env: process.env, readFile: (p) => readFileSync(p, 'utf8') }, { host: 'electron', version: app.getVersion() });
  if (!loaded.ok) stopWith(`設定に誤りがあります。 / The settings are wrong:\n${loaded.problems.join('\n')}`);
  const config = loaded.config;
  const log = createLogger(config.logLevel);
  const devTools = !app.isPackaged && !config.kiosk;

  opener = createExternalOpener(config.profile, (url) => shell.openExternal(url), (origin, why) => log.warn({ origin, why }, 'external link refused'));

  const ses = session.fromPartition(partitionFor(config.kiosk));
  attachSessionGuards(ses, devTools, (origin) => log.warn({ origin }, 'request blocked'));
  ses.setSpellCheckerEnabled(false);
  ses.protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));

  const template = menuTemplate({
    packaged: app.isPackaged, kiosk: config.kiosk, platform: process.platform, appName: app.getName(), profile: config.profile,
    openLink: (url) => opener?.open(url),
  });
  Menu.setApplicationMenu(template ? Menu.buildFromTemplate(template) : null);

  const core = await createCore(config, { log });
  const unregister = registerIpc({
    ipcMain,
    core,
    target: () => mainWindow?.webContents ?? null,
    onRefused: (channel, reason) => log.warn({ channel, reason }, 'IPC call refused'),
  });
  app.on('before-quit', createQuitHandler(async () => {
    unregister();
    await core.close();
  }, () => app.quit()));
  // A banking session ends with its window, on every platform.
  app.on('window-all-closed', () => app.quit());
  app.on('second-instance', () => focusExistingWindow(mainWindow));
  mainWindow = openWindow(core, config.profile.bankName.ja, config.kiosk);
  log.info({ bank: config.bankUrl, kiosk: config.kiosk, packaged: app.isPackaged }, 'desktop app ready');
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
