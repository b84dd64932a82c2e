/**
 * main.ts, bundled as scripts/build.mjs bundles it, run on Node against a stand-in for the
 * `electron` module that records each call (Electron's own objects, not our code). Shows the
 * wiring order and that every guard, the scheme, the IPC handlers and the window are set up,
 * where no Electron binary exists to run the real thing.
 */
import { build } from 'esbuild';
import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../../src-shared/ipc/index.js';
import { webPreferenceProblems } from '../../../src-main/electron/window-options.js';
import type { BrowserWindowConstructorOptions } from 'electron';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
let code = '';

beforeAll(async () => {
  const out = await build({
    entryPoints: [path.join(root, 'src-main/electron/main.ts')],
    bundle: true, platform: 'node', target: 'node20', format: 'cjs', packages: 'external', write: false, logLevel: 'silent',
  });
  code = out.outputFiles[0]!.text;
}, 30_000);

type Listener = (...args: unknown[]) => unknown;

function fakeElectron() {
  const log: string[] = [];
  const appEvents = new EventEmitter();
  const handlers = new Map<string, Listener>();
  const sessions = new Map<string, Record<string, unknown>>();
  const windows: { options: BrowserWindowConstructorOptions; url?: string; webContents: EventEmitter }[] = [];
  let ready!: () => void;
  const readyPromise = new Promise<void>((r) => { ready = r; });
  const errors: string[] = [];
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
      quit: () => log.push('quit'),
      exit: (code: number) => log.push(`exit ${code}`),
    },
    protocol: { registerSchemesAsPrivileged: (s: { scheme: string }[]) => log.push(`registerSchemesAsPrivileged ${s.map((x) => x.scheme).join()}`) },
    session: {
      fromPartition: (name: string) => {
        const s: Record<string, unknown> = {
          setPermissionRequestHandler: (h: unknown) => { s.request = h; },
          setPermissionCheckHandler: (h: unknown) => { s.check = h; },
          setDevicePermissionHandler: (h: unknown) => { s.device = h; },
          setSpellCheckerEnabled: (on: boolean) => { s.spell = on; },
          webRequest: { onBeforeRequest: (l: unknown) => { s.beforeRequest = l; } },
          protocol: { handle: (scheme: string, h: unknown) => { s[`scheme:${scheme}`] = h; log.push(`protocol.handle ${scheme} on ${name}`); } },
        };
        sessions.set(name, s);
        return s;
      },
    },
    Menu: { buildFromTemplate: (t: unknown) => ({ t }), setApplicationMenu: () => log.push('setApplicationMenu') },
    ipcMain: { handle: (c: string, l: Listener) => handlers.set(c, l), removeHandler: (c: string) => handlers.delete(c) },
    dialog: { showErrorBox: (_t: string, text: string) => errors.push(text), showMessageBox: async () => ({ response: 0 }) },
    shell: { openExternal: async () => undefined },
    BrowserWindow: class extends EventEmitter {
      webContents = Object.assign(new EventEmitter(), { reload: () => undefined, send: () => undefined, getURL: () => 'app://netbank/index.html', isDestroyed: () => false });
      constructor(options: BrowserWindowConstructorOptions) {
        super();
        log.push('new BrowserWindow');
        windows.push({ options, webContents: this.webContents });
      }
      loadURL(url: string) { log.push(`loadURL ${url}`); windows.at(-1)!.url = url; return Promise.resolve(); }
      show() {}
      isDestroyed() { return false; }
    },
  };
  return { electron, log, appEvents, handlers, sessions, windows, errors, ready };
}

function runMain(argv: string[]) {
  const fake = fakeElectron();
  const realRequire = createRequire(path.join(root, 'package.json'));
  const sandboxRequire = (name: string) => (name === 'electron' ? fake.electron : realRequire(name));
  const proc = Object.create(process, {
    argv: { value: ['electron', root, ...argv] },
    env: { value: { NETBANK_LOG_LEVEL: 'silent', PATH: process.env.PATH } },
    platform: { value: 'linux' },
  }) as NodeJS.Process;
  const module = { exports: {} };
  vm.runInNewContext(code, {
    require: sandboxRequire, module, exports: module.exports, __dirname: path.join(root, 'dist/electron'), __filename: path.join(root, 'dist/electron/main.cjs'),
    process: proc, console, setTimeout, clearTimeout, URL, Promise, Buffer, Response, Request,
  });
  return fake;
}

const settle = () => new Promise((r) => setTimeout(r, 50));

describe('main.ts wiring (with a stand-in electron module)', () => {
  it('registers the scheme and the sandbox before ready, then sets up guards, IPC and the window', async () => {
    const f = runMain(['--bank', 'http://127.0.0.1:9']);
    expect(f.log.slice(0, 3)).toEqual(['registerSchemesAsPrivileged app', 'enableSandbox', 'app.on web-contents-created']);
    expect(f.log).toContain('requestSingleInstanceLock');
    expect(f.log).not.toContain('new BrowserWindow');
    f.ready();
    await settle();
    expect(f.errors).toEqual([]);
    const s = f.sessions.get('persist:netbank')!;
    expect(s).toBeDefined();
    expect(typeof s.request).toBe('function');
    expect(typeof s.check).toBe('function');
    expect(typeof s.device).toBe('function');
    expect(typeof s.beforeRequest).toBe('function');
    expect(s.spell).toBe(false);
    expect(f.log).toContain('protocol.handle app on persist:netbank');
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
    await settle();
    const info = f.handlers.get('netbank:call:app.info')!;
    expect(await info({ senderFrame: { url: 'app://netbank/index.html', parent: null } }, {})).toMatchObject({ ok: true, value: { host: 'electron', version: '0.1.0' } });
    expect(await info({ senderFrame: { url: 'file:///index.html', parent: null } }, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
  });

  it('quitting holds the first before-quit, closes the core, then quits', async () => {
    const f = runMain(['--bank', 'http://127.0.0.1:9']);
    f.ready();
    await settle();
    let prevented = 0;
    f.appEvents.emit('before-quit', { preventDefault: () => { prevented++; } });
    expect(prevented).toBe(1);
    await settle();
    expect(f.log.at(-1)).toBe('quit');
    expect(f.handlers.size).toBe(0);
  });

  it('a bad setting is a plain message and exit code 2, no window', async () => {
    const f = runMain(['--bank', 'ftp://bank.example']);
    f.ready();
    await settle();
    expect(f.errors).toHaveLength(1);
    expect(f.errors[0]).toContain('The settings are wrong');
    expect(f.errors[0]).toContain('bank URL must be http(s)');
    expect(f.log).toContain('exit 2');
    expect(f.windows).toHaveLength(0);
  });

  it('a kiosk gets the in-memory partition and no menu entries', async () => {
    const f = runMain(['--bank', 'http://127.0.0.1:9', '--kiosk']);
    f.ready();
    await settle();
    expect(f.sessions.has('netbank-kiosk')).toBe(true);
    expect(f.sessions.has('persist:netbank')).toBe(false);
    expect(f.windows[0]!.options.kiosk).toBe(true);
    expect(f.windows[0]!.options.webPreferences!.devTools).toBe(false);
  });
});
