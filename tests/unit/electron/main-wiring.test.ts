/**
 * main.ts, bundled as scripts/build.mjs bundles it, run on Node against a stand-in for the
 * `electron` module that records each call (Electron's own objects, not our code). Shows the
 * wiring order and that every guard, the scheme, the IPC handlers and the window are set up,
 * where no Electron binary exists to run the real thing.
 */
import { build } from 'esbuild';
import { fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BANK_ENTRY, ensureBankBuilt, startBankProcess, type BankProcess } from '../../support/bank-process.js';
import { WIPE_STEPS } from '../../../src-main/core/kiosk/index.js';
import { addMonths, jstDate } from '../../../src-shared/domain/statement-period.js';
import { CHANNEL_NAMES, parseIpcAnswer } from '../../../src-shared/ipc/index.js';
import { webPreferenceProblems } from '../../../src-main/electron/window-options.js';
import type { BrowserWindowConstructorOptions } from 'electron';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
let code = '';

/** main.ts bundled as scripts/build.mjs does: a customer build unless `testBuild`. */
async function bundleMain(testBuild?: boolean): Promise<string> {
  const out = await build({
    entryPoints: [path.join(root, 'src-main/electron/main.ts')],
    bundle: true, platform: 'node', target: 'node20', format: 'cjs', packages: 'external', write: false, logLevel: 'silent',
    ...(testBuild === undefined ? {} : { define: { __TEST_BUILD__: String(testBuild) } }),
  });
  return out.outputFiles[0]!.text;
}

beforeAll(async () => {
  userData = mkdtempSync(path.join(os.tmpdir(), 'netbank-wiring-'));
  code = await bundleMain();
}, 30_000);
afterAll(() => {
  if (userData) rmSync(userData, { recursive: true, force: true });
});

type Listener = (...args: unknown[]) => unknown;

function fakeElectron() {
  const log: string[] = [];
  const appEvents = new EventEmitter();
  const handlers = new Map<string, Listener>();
  const sessions = new Map<string, Record<string, unknown>>();
  const windows: { options: BrowserWindowConstructorOptions; url?: string; webContents: EventEmitter; win: EventEmitter & { destroyed: boolean } }[] = [];
  let menu: unknown = null;
  let ready!: () => void;
  const readyPromise = new Promise<void>((r) => { ready = r; });
  const errors: string[] = [];
  /** What main sent to any window's page (events). */
  const sent: { channel: string; payload: unknown }[] = [];
  /** What the stand-in save dialog answers next. */
  const save: { answer: { canceled: boolean; filePath?: string } } = { answer: { canceled: true } };
  // As Electron: one session per partition name, and app's 'session-created' for each new one.
  const fromPartition = (name: string): Record<string, unknown> => {
    const known = sessions.get(name);
    if (known) return known;
    const s: Record<string, unknown> = {
      on: (e: string, l: Listener) => { ((s[`on:${e}`] ??= []) as Listener[]).push(l); },
      setPermissionRequestHandler: (h: unknown) => { s.request = h; },
      setPermissionCheckHandler: (h: unknown) => { s.check = h; },
      setDevicePermissionHandler: (h: unknown) => { s.device = h; },
      setSpellCheckerEnabled: (on: boolean) => { s.spell = on; },
      ...Object.fromEntries(['clearStorageData', 'clearData', 'clearCache', 'clearAuthCache', 'clearHostResolverCache', 'clearCodeCaches'].map((m) => [m, (arg?: unknown) => {
        log.push(`${name}.${m}${arg === undefined ? '' : ` ${JSON.stringify(arg)}`}`);
        return Promise.resolve();
      }])),
      webRequest: { onBeforeRequest: (l: unknown) => { s.beforeRequest = l; } },
      protocol: { handle: (scheme: string, h: unknown) => { s[`scheme:${scheme}`] = h; log.push(`protocol.handle ${scheme} on ${name}`); } },
    };
    sessions.set(name, s);
    appEvents.emit('session-created', s);
    return s;
  };
  const electron = {
    app: {
      isPackaged: false,
      enableSandbox: () => log.push('enableSandbox'),
      setAppUserModelId: (id: string) => log.push(`setAppUserModelId ${id}`),
      requestSingleInstanceLock: () => { log.push('requestSingleInstanceLock'); return true; },
      on: (e: string, l: Listener) => { log.push(`app.on ${e}`); appEvents.on(e, l); },
      whenReady: () => readyPromise,
      getVersion: () => '0.1.0',
      getName: () => 'Netbank Desktop',
      getPath: (name: string) => path.join(userData, name === 'userData' ? '' : name),
      quit: () => log.push('quit'),
      exit: (code: number) => log.push(`exit ${code}`),
    },
    protocol: { registerSchemesAsPrivileged: (s: { scheme: string }[]) => log.push(`registerSchemesAsPrivileged ${s.map((x) => x.scheme).join()}`) },
    session: {
      fromPartition,
      get defaultSession() {
        return fromPartition('(default)');
      },
    },
    Menu: { buildFromTemplate: (t: unknown) => ({ t }), setApplicationMenu: (m: unknown) => { menu = m; log.push('setApplicationMenu'); } },
    clipboard: { clear: (type?: string) => log.push(`clipboard.clear ${type ?? ''}`) },
    utilityProcess: { fork: (...args: unknown[]) => forkBank(...args) },
    ipcMain: { handle: (c: string, l: Listener) => handlers.set(c, l), removeHandler: (c: string) => handlers.delete(c) },
    dialog: {
      showErrorBox: (_t: string, text: string) => errors.push(text), showMessageBox: async () => ({ response: 0 }),
      showSaveDialog: async (_win: unknown, o: { defaultPath: string }) => { log.push(`showSaveDialog ${path.basename(o.defaultPath)}`); return save.answer; },
    },
    shell: { openExternal: async () => undefined },
    BrowserWindow: class extends EventEmitter {
      webContents = Object.assign(new EventEmitter(), {
        reload: () => undefined, send: (channel: string, payload: unknown) => void sent.push({ channel, payload }), getURL: () => 'app://netbank/index.html', isDestroyed: () => false,
        printToPDF: async () => { log.push('printToPDF'); return Buffer.from('%PDF-1.4 stand-in'); },
        print: (o: unknown, done: (ok: boolean, why: string) => void) => { log.push(`print ${JSON.stringify(o)}`); done(true, ''); },
        setWindowOpenHandler: (h: unknown) => { (this.webContents as unknown as { openHandler: unknown }).openHandler = h; },
      });
      destroyed = false;
      constructor(options: BrowserWindowConstructorOptions) {
        super();
        log.push('new BrowserWindow');
        windows.push({ options, webContents: this.webContents, win: this });
      }
      loadURL(url: string) { log.push(`loadURL ${url}`); windows.find((w) => w.win === this)!.url = url; return Promise.resolve(); }
      show() {}
      focus() {}
      destroy() { log.push('destroy window'); this.destroyed = true; this.emit('closed'); }
      close() { log.push('close window'); this.destroyed = true; this.emit('closed'); }
      isDestroyed() { return this.destroyed; }
    },
  };
  return { electron, log, appEvents, handlers, sessions, windows, errors, sent, save, ready, menu: () => menu };
}

let userData = '';
let forkBank: (...args: unknown[]) => unknown = () => { throw new Error('no utility process in a customer build'); };

function runMain(argv: string[], options: { code?: string; env?: Record<string, string> } = {}) {
  const fake = fakeElectron();
  const realRequire = createRequire(path.join(root, 'package.json'));
  const sandboxRequire = (name: string) => (name === 'electron' ? fake.electron : realRequire(name));
  const proc = Object.create(process, {
    argv: { value: ['electron', root, ...argv] },
    env: { value: { NETBANK_LOG_LEVEL: 'silent', PATH: process.env.PATH, ...options.env } },
    platform: { value: 'linux' },
  }) as NodeJS.Process;
  const module = { exports: {} };
  vm.runInNewContext(options.code ?? code, {
    require: sandboxRequire, module, exports: module.exports, __dirname: path.join(root, 'dist/electron'), __filename: path.join(root, 'dist/electron/main.cjs'),
    process: proc, console, setTimeout, clearTimeout, URL, Promise, Buffer, Response, Request, fetch, AbortSignal,
  }, {
    // The core loads axios with import() at its first bank call, as Electron's main process allows.
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  return fake;
}

/** Until main has opened its window or given up (exit): watched for, never a guessed sleep. */
const started = (f: ReturnType<typeof runMain>) => until(() => f.windows.length > 0 || f.log.some((l) => l.startsWith('exit ')), 'main to open its window or exit');

/** Fires will-download on a stand-in session as Electron would: how many guards saw it, and whether it was cancelled. */
function tryDownload(s: Record<string, unknown> | undefined, url = 'https://evil.example/statement.csv') {
  const listeners = (s?.['on:will-download'] ?? []) as Listener[];
  const seen = { listeners: listeners.length, prevented: false, cancelled: false };
  for (const l of listeners) l({ preventDefault: () => { seen.prevented = true; } }, { getURL: () => url, cancel: () => { seen.cancelled = true; } }, {});
  return seen;
}

describe('main.ts wiring (with a stand-in electron module)', () => {
  it('registers the scheme and the sandbox before ready, then sets up guards, IPC and the window', async () => {
    const f = runMain(['--bank', 'http://127.0.0.1:9']);
    expect(f.log.slice(0, 3)).toEqual(['registerSchemesAsPrivileged app', 'enableSandbox', 'app.on web-contents-created']);
    expect(f.log).toContain('requestSingleInstanceLock');
    expect(f.log).not.toContain('new BrowserWindow');
    f.ready();
    await started(f);
    expect(f.errors).toEqual([]);
    const s = f.sessions.get('persist:netbank')!;
    expect(s).toBeDefined();
    expect(typeof s.request).toBe('function');
    expect(typeof s.check).toBe('function');
    expect(typeof s.device).toBe('function');
    expect(typeof s.beforeRequest).toBe('function');
    expect(s.spell).toBe(false);
    expect(f.log).toContain('protocol.handle app on persist:netbank');
    // Downloads are refused on the default session and the window's partition, one guard each.
    for (const name of ['(default)', 'persist:netbank']) expect(tryDownload(f.sessions.get(name)), name).toEqual({ listeners: 1, prevented: true, cancelled: true });
    expect(f.log).toContain('app.on session-created');
    expect([...f.handlers.keys()].sort()).toEqual(CHANNEL_NAMES.map((c) => `netbank:call:${c}`).sort());
    expect(f.windows).toHaveLength(1);
    expect(webPreferenceProblems(f.windows[0]!.options.webPreferences)).toEqual([]);
    expect(f.windows[0]!.options.webPreferences!.preload).toBe(path.join(root, 'dist/electron/preload.cjs'));
    expect(f.windows[0]!.url).toBe('app://netbank/index.html');
    for (const e of ['before-quit', 'window-all-closed', 'second-instance']) expect(f.log).toContain(`app.on ${e}`);
  });

  it('answers a call from the app page through the real core, and refuses file://', async () => {
    const f = runMain(['--bank', 'http://127.0.0.1:9']);
    f.ready();
    await started(f);
    const info = f.handlers.get('netbank:call:app.info')!;
    expect(await info({ senderFrame: { url: 'app://netbank/index.html', parent: null } }, {})).toMatchObject({ ok: true, value: { host: 'electron', version: '0.1.0' } });
    expect(await info({ senderFrame: { url: 'file:///index.html', parent: null } }, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
  });

  it('quitting holds the first before-quit, closes the core, then quits', async () => {
    const f = runMain(['--bank', 'http://127.0.0.1:9']);
    f.ready();
    await started(f);
    let prevented = 0;
    f.appEvents.emit('before-quit', { preventDefault: () => { prevented++; } });
    expect(prevented).toBe(1);
    await until(() => f.log.includes('quit'), 'the quit');
    expect(f.log.at(-1)).toBe('quit');
    expect(f.handlers.size).toBe(0);
  });

  it('a bad setting is a plain message and exit code 2, no window', async () => {
    const f = runMain(['--bank', 'ftp://bank.example']);
    f.ready();
    await started(f);
    expect(f.errors).toHaveLength(1);
    expect(f.errors[0]).toContain('The settings are wrong');
    expect(f.errors[0]).toContain('bank URL must be http(s)');
    expect(f.log).toContain('exit 2');
    expect(f.windows).toHaveLength(0);
  });

  it('a kiosk gets the in-memory partition and no menu entries', async () => {
    const f = runMain(['--bank', 'http://127.0.0.1:9', '--kiosk']);
    f.ready();
    await started(f);
    expect(f.sessions.has('netbank-kiosk')).toBe(true);
    expect(f.sessions.has('persist:netbank')).toBe(false);
    expect(tryDownload(f.sessions.get('netbank-kiosk'))).toEqual({ listeners: 1, prevented: true, cancelled: true });
    expect(tryDownload(f.sessions.get('(default)'))).toEqual({ listeners: 1, prevented: true, cancelled: true });
    expect(f.windows[0]!.options.kiosk).toBe(true);
    expect(f.windows[0]!.options.webPreferences!.devTools).toBe(false);
  });
});

type Handler = (event: unknown, request: unknown) => Promise<{ ok: boolean; value?: Record<string, unknown>; error?: { code: string } }>;
const fromApp = { senderFrame: { url: 'app://netbank/index.html', parent: null } };
const call = (f: ReturnType<typeof runMain>, channel: string, request: unknown = {}) => (f.handlers.get(`netbank:call:${channel}`) as Handler)(fromApp, request);

async function until(check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('kiosk wiring (with a stand-in electron module and the real demo bank)', () => {
  let bank: BankProcess;
  beforeAll(async () => {
    bank = await startBankProcess();
  }, 60_000);
  afterAll(async () => {
    await bank?.stop();
  });

  it('blocks leaving shortcuts and closing the window, keeps ordinary editing keys', async () => {
    const f = runMain(['--bank', bank.apiUrl, '--kiosk']);
    f.ready();
    await started(f);
    const { webContents, win } = f.windows[0]!;
    const press = (input: Record<string, unknown>) => {
      let prevented = false;
      webContents.emit('before-input-event', { preventDefault: () => { prevented = true; } }, { type: 'keyDown', control: false, meta: false, alt: false, shift: false, ...input });
      return prevented;
    };
    expect(press({ key: 'F4', alt: true })).toBe(true);
    expect(press({ key: 'w', control: true })).toBe(true);
    expect(press({ key: 'F11' })).toBe(true);
    expect(press({ key: 'I', control: true, shift: true })).toBe(true);
    expect(press({ key: 'c', control: true })).toBe(false);
    expect(press({ key: 'a' })).toBe(false);
    let closePrevented = false;
    win.emit('close', { preventDefault: () => { closePrevented = true; } });
    expect(closePrevented).toBe(true);
    expect(f.menu()).toBeNull();
  });

  it('statements and receipts: main writes the file after the save dialog, a cancelled dialog writes nothing', async () => {
    const f = runMain(['--bank', bank.apiUrl]);
    f.ready();
    await started(f);
    expect(await call(f, 'session.login', { loginId: 'mail-user', password: 'demo-login-1', rememberId: false })).toMatchObject({ ok: true });
    const today = jstDate(Date.now());
    const period = { accountId: 'acc_1234567', from: addMonths(today, -2), to: today };
    const csvPath = path.join(userData, 'mine.csv');
    f.save.answer = { canceled: false, filePath: csvPath };
    expect(await call(f, 'statements.exportCsv', period)).toEqual({ ok: true, value: { outcome: 'saved', fileName: 'mine.csv' } });
    expect(f.log).toContain(`showSaveDialog statement-${period.from.replace(/-/g, '')}-${today.replace(/-/g, '')}.csv`);
    const bytes = readFileSync(csvPath);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').split('\r\n')[0]).toBe('\uFEFF日付,摘要,お引出し,お預入れ,差引残高');
    rmSync(csvPath);
    f.save.answer = { canceled: true };
    expect(await call(f, 'statements.exportCsv', period)).toEqual({ ok: true, value: { outcome: 'cancelled' } });
    expect(existsSync(csvPath)).toBe(false);
    const pdfPath = path.join(userData, 'receipt.pdf');
    f.save.answer = { canceled: false, filePath: pdfPath };
    expect(await call(f, 'print.page', { to: 'pdf', name: 'receipt-R1' })).toEqual({ ok: true, value: { outcome: 'saved', fileName: 'receipt.pdf' } });
    expect(f.log).toContain('showSaveDialog receipt-R1.pdf');
    expect(readFileSync(pdfPath, 'utf8')).toContain('%PDF');
    rmSync(pdfPath);
    // The page's own downloads stay refused all the while.
    expect(tryDownload(f.sessions.get('persist:netbank'))).toEqual({ listeners: 1, prevented: true, cancelled: true });
  });

  it('a kiosk saves nothing and prints only when its file allows printing, silently to the printer', async () => {
    const today = jstDate(Date.now());
    for (const allowPrinting of [false, true]) {
      const file = path.join(userData, `kiosk-${allowPrinting}.json`);
      writeFileSync(file, JSON.stringify({ allowPrinting }));
      const f = runMain(['--bank', bank.apiUrl, '--kiosk-config', file]);
      f.ready();
      await started(f);
      expect(await call(f, 'app.info')).toMatchObject({ ok: true, value: { kiosk: true, allowPrinting } });
      expect(await call(f, 'session.login', { loginId: 'mail-user', password: 'demo-login-1', rememberId: false })).toMatchObject({ ok: true });
      f.save.answer = { canceled: false, filePath: path.join(userData, 'never.csv') };
      const csv = await call(f, 'statements.exportCsv', { accountId: 'acc_1234567', from: today, to: today });
      expect(csv).toMatchObject({ ok: false, error: { code: 'NOT_AVAILABLE_IN_KIOSK' } });
      expect(await call(f, 'print.page', { to: 'pdf', name: 'receipt-R1' })).toMatchObject({ ok: false, error: { code: 'NOT_AVAILABLE_IN_KIOSK' } });
      const printed = await call(f, 'print.page', { to: 'printer', name: 'receipt-R1' });
      if (allowPrinting) {
        expect(printed).toEqual({ ok: true, value: { outcome: 'printed' } });
        expect(f.log).toContain('print {"silent":true,"printBackground":true}');
      } else {
        expect(printed).toMatchObject({ ok: false, error: { code: 'NOT_AVAILABLE_IN_KIOSK' } });
      }
      expect(f.log.filter((l) => l.startsWith('showSaveDialog') || l === 'printToPDF')).toEqual([]);
      expect(existsSync(path.join(userData, 'never.csv'))).toBe(false);
      await call(f, 'session.logout');
    }
  });

  it('logout wipes the in-memory partition step by step and opens a fresh login window', async () => {
    const f = runMain(['--bank', bank.apiUrl, '--kiosk']);
    f.ready();
    await started(f);
    expect(f.windows).toHaveLength(1);
    const login = await call(f, 'session.login', { loginId: 'mail-user', password: 'demo-login-1', rememberId: true });
    expect(login).toMatchObject({ ok: true, value: { remember: 'unchanged' } });
    const mark = f.log.length;
    expect(await call(f, 'session.logout')).toMatchObject({ ok: true });
    await until(() => f.windows.length === 2, 'the fresh kiosk window');
    const wipeLog = f.log.slice(mark).filter((l) => !l.startsWith('app.on'));
    const order = ['destroy window', 'netbank-kiosk.clearStorageData', 'netbank-kiosk.clearData', 'netbank-kiosk.clearCache', 'netbank-kiosk.clearAuthCache',
      'netbank-kiosk.clearHostResolverCache', 'netbank-kiosk.clearCodeCaches', 'clipboard.clear clipboard', 'new BrowserWindow'];
    expect(wipeLog.map((l) => order.find((o) => l.startsWith(o))).filter(Boolean)).toEqual(order);
    expect(order).toHaveLength(WIPE_STEPS.length); // one entry per step (closePage is the destroy, openLoginPage the new window)
    expect(wipeLog.find((l) => l.startsWith('netbank-kiosk.clearStorageData'))).toContain('"storages":["cookies","filesystem","indexdb","localstorage","shadercache","serviceworkers","cachestorage"]');
    expect(f.windows[0]!.win.destroyed).toBe(true);
    expect(f.windows[1]!.options.kiosk).toBe(true);
    expect(f.windows[1]!.url).toBe('app://netbank/index.html');
    expect(f.log.filter((l) => l === 'quit')).toEqual([]); // replacing the window does not end the app
    // The new page talks to the same core, logged out.
    expect(await call(f, 'session.state')).toMatchObject({ ok: true, value: { state: 'logged-out' } });
  });

  it('the idle timeout wipes the partition the same way and opens a fresh login window', async () => {
    const f = runMain(['--bank', bank.apiUrl, '--kiosk'], { env: { NETBANK_IDLE_TIMEOUT_S: '2', NETBANK_IDLE_WARNING_S: '1' } });
    f.ready();
    await started(f);
    expect(await call(f, 'session.login', { loginId: 'mail-user', password: 'demo-login-1', rememberId: false })).toMatchObject({ ok: true });
    const mark = f.log.length;
    // Nobody touches the kiosk: main's idle timer ends the session.
    await until(() => f.windows.length === 2, 'the fresh kiosk window after the idle timeout', 15_000);
    const wipeLog = f.log.slice(mark);
    for (const step of ['destroy window', 'netbank-kiosk.clearStorageData', 'netbank-kiosk.clearCache', 'clipboard.clear clipboard', 'new BrowserWindow']) {
      expect(wipeLog.some((l) => l.startsWith(step)), step).toBe(true);
    }
    expect(await call(f, 'session.state')).toMatchObject({ ok: true, value: { state: 'logged-out' } });
  });

  it('a crashed kiosk page is wiped and replaced without a dialog; the replaced window\'s own end is ignored', async () => {
    const f = runMain(['--bank', bank.apiUrl, '--kiosk']);
    f.ready();
    await started(f);
    f.windows[0]!.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    await until(() => f.windows.length === 2, 'the fresh kiosk window');
    expect(f.windows[0]!.win.destroyed).toBe(true);
    expect(f.log.filter((l) => l.startsWith('netbank-kiosk.clearStorageData'))).toHaveLength(1);
    // The destroyed window reporting its end afterwards starts nothing.
    f.windows[0]!.webContents.emit('render-process-gone', {}, { reason: 'killed', exitCode: 1 });
    // A round trip through the IPC and the core: a wipe that had started would have logged by now.
    await call(f, 'app.info');
    expect(f.windows).toHaveLength(2);
    expect(f.log.filter((l) => l.startsWith('netbank-kiosk.clearStorageData'))).toHaveLength(1);
  });

  it('a kiosk.json restricts the languages; a bad one is a plain message and exit code 2', async () => {
    const good = path.join(userData, 'kiosk-en.json');
    writeFileSync(good, JSON.stringify({ idleTimeoutSeconds: 60, languages: ['en'] }));
    const f = runMain(['--bank', bank.apiUrl, '--kiosk-config', good]);
    f.ready();
    await started(f);
    expect(f.windows[0]!.options.kiosk).toBe(true);
    expect(await call(f, 'preferences.get')).toMatchObject({ ok: true, value: { language: 'en' } });
    expect(await call(f, 'preferences.set', { language: 'ja' })).toMatchObject({ ok: false, error: { code: 'NOT_AVAILABLE_IN_KIOSK' } });
    expect(await call(f, 'app.info')).toMatchObject({ ok: true, value: { kiosk: true, languages: ['en'] } });

    const bad = path.join(userData, 'kiosk-bad.json');
    writeFileSync(bad, JSON.stringify({ idleTimeoutSeconds: 'soon' }));
    const g = runMain(['--bank', bank.apiUrl], { env: { NETBANK_KIOSK_CONFIG: bad } });
    g.ready();
    await started(g);
    expect(g.errors).toHaveLength(1);
    expect(g.errors[0]).toContain('The kiosk settings are wrong');
    expect(g.errors[0]).toContain('idleTimeoutSeconds');
    expect(g.log).toContain('exit 2');
    expect(g.windows).toHaveLength(0);
  });
});

describe('tester build wiring (main bundled with __TEST_BUILD__ true; the bank forked by Node in place of utilityProcess)', () => {
  let testerCode = '';
  const children: ReturnType<typeof fork>[] = [];
  beforeAll(async () => {
    ensureBankBuilt();
    testerCode = await bundleMain(true);
    forkBank = (modulePath, args, options) => {
      const child = fork(modulePath as string, args as string[], { env: (options as { env: NodeJS.ProcessEnv }).env, silent: true });
      children.push(child);
      return child;
    };
  }, 60_000);
  afterAll(() => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    forkBank = () => { throw new Error('no utility process in a customer build'); };
  });

  it('starts the bundled bank, lists the seed customers in app.info, adds the tester menu, stops the bank on quit', async () => {
    const f = runMain([], { code: testerCode });
    f.ready();
    await until(() => f.windows.length === 1 || f.errors.length > 0, 'the window', 40_000);
    expect(f.errors).toEqual([]);
    expect(children).toHaveLength(1);
    expect(children[0]!.spawnargs.at(-1)).toBe(BANK_ENTRY);
    const info = await call(f, 'app.info');
    expect(info).toMatchObject({ ok: true, value: { testBuild: true } });
    expect((info.value!.demoCustomers as { loginId: string }[]).map((c) => c.loginId)).toEqual(['mail-user', 'token-user', 'suspended-user', 'new-user']);
    // What the preload's bridge makes of it: the contract keeps the list.
    const seen = parseIpcAnswer('app.info', info);
    expect(seen.ok && seen.value.demoCustomers?.length).toBe(4);
    // The core really talks to that bank.
    expect(await call(f, 'session.login', { loginId: 'token-user', password: 'demo-login-1', rememberId: false })).toMatchObject({ ok: true });
    const menu = (f.menu() as { t: { label?: string; submenu?: { label?: string }[] }[] }).t;
    const tester = menu.find((m) => m.label === 'テスト (Test build)');
    expect(tester?.submenu?.map((i) => i.label).filter(Boolean)).toEqual([
      'メールボックスを開く (Open mailbox)', 'テスター操作を開く (Open tester controls)', 'デモデータをリセット… (Reset demo data…)',
    ]);
    // The bank runs with its tester controls; main reads them for the banner (app.info), and a
    // change made on the mailbox page reaches the window as a tester.state event.
    expect(info.value!.testerState).toMatchObject({ active: false, clockOffsetMinutes: 0 });
    expect(parseIpcAnswer('app.info', info).ok).toBe(true);
    // "Open mailbox": a second, locked-down window on the mailbox; it closes with the app window.
    (tester!.submenu![0] as { click: () => void }).click();
    expect(f.windows).toHaveLength(2);
    const mailbox = f.windows[1]!;
    expect(mailbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    // "Open tester controls": the same window, at the mailbox page's tester panel.
    const mailboxUrl = mailbox.url!;
    (tester!.submenu![1] as { click: () => void }).click();
    expect(f.windows).toHaveLength(2);
    expect(mailbox.url).toBe(`${mailboxUrl}/#tester-title`);
    const clock = await fetch(`${mailboxUrl}/api/v1/tester/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ advanceMinutes: 30 }) });
    expect(clock.status).toBe(200);
    await until(() => f.sent.some((e) => e.channel.endsWith('tester.state')), 'the tester.state event');
    expect(f.sent.find((e) => e.channel.endsWith('tester.state'))!.payload).toMatchObject({ active: true, clockOffsetMinutes: 30 });
    expect((await call(f, 'app.info')).value!.testerState).toMatchObject({ active: true, clockOffsetMinutes: 30 });
    expect(mailbox.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, partition: 'netbank-test-mailbox' });
    expect(mailbox.options.webPreferences!.preload).toBeUndefined();
    expect(f.sessions.has('netbank-test-mailbox')).toBe(true);
    expect(tryDownload(f.sessions.get('netbank-test-mailbox'), `${mailboxUrl}/api/messages`)).toEqual({ listeners: 1, prevented: true, cancelled: true });
    f.windows[0]!.win.emit('closed');
    expect(mailbox.win.destroyed).toBe(true);
    const exited = new Promise((r) => children[0]!.once('exit', r));
    f.appEvents.emit('before-quit', { preventDefault: () => undefined });
    await exited;
    await until(() => f.log.at(-1) === 'quit', 'quit');
  }, 60_000);

  it('the customer bundle of main holds none of the tester code', async () => {
    // scripts/build.mjs always defines the flag; false (a customer build) drops the branch and its import.
    const customer = await bundleMain(false);
    for (const s of ['utilityProcess', 'seed-customers', 'BANK_READY', 'BANK_TESTER_CONTROLS', 'Test build', 'Open mailbox', 'Open tester controls', 'Reset demo data', 'demo-login-1', 'mail-user']) {
      expect(customer.includes(s), s).toBe(false);
    }
    for (const s of ['utilityProcess', 'seed-customers', 'BANK_TESTER_CONTROLS', 'Open mailbox', 'Open tester controls', 'Reset demo data']) expect(testerCode.includes(s), s).toBe(true);
  });
});
