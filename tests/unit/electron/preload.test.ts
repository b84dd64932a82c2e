/**
 * The real preload, bundled the way scripts/build.mjs bundles it (CommonJS, everything but
 * electron inlined), run in a fresh V8 context whose `require` offers only a stand-in for
 * Electron's contextBridge and ipcRenderer: what a sandboxed preload gets.
 */
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { bridgeMethodNames } from '../../../src-shared/ipc/index.js';
import { INVOKE_PREFIX } from '../../../src-main/electron/ipc-names.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
let code = '';
/** The source files bundled into the preload and into the browser host's bridge script. */
let preloadInputs: string[] = [];
let bridgeScriptInputs: string[] = [];

beforeAll(async () => {
  const out = await build({
    entryPoints: [path.join(root, 'src-main/electron/preload.ts')],
    bundle: true, platform: 'node', target: 'node20', format: 'cjs', external: ['electron'], write: false, logLevel: 'silent', metafile: true,
  });
  code = out.outputFiles[0]!.text;
  preloadInputs = Object.keys(out.metafile.inputs);
  const host = await build({
    entryPoints: [path.join(root, 'src-main/browser-host/bridge-client.ts')],
    bundle: true, platform: 'browser', target: 'chrome120', format: 'iife', write: false, logLevel: 'silent', metafile: true,
  });
  bridgeScriptInputs = Object.keys(host.metafile.inputs);
}, 30_000);

function runPreload(answer: (channel: string) => unknown = () => ({ ok: true, value: { version: '1', profile: undefined } })) {
  const exposed = new Map<string, unknown>();
  const required: string[] = [];
  const invoked: [string, unknown][] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer: {
      invoke: async (channel: string, request: unknown) => {
        invoked.push([channel, request]);
        return answer(channel);
      },
      on: () => undefined,
      removeListener: () => undefined,
    },
  };
  const module = { exports: {} };
  const sandboxRequire = (name: string) => {
    required.push(name);
    if (name === 'electron') return electron;
    throw new Error(`a sandboxed preload cannot require ${name}`);
  };
  vm.runInNewContext(code, { require: sandboxRequire, module, exports: module.exports, console }, { filename: 'preload.cjs' });
  return { exposed, required, invoked };
}

describe('preload', () => {
  it('requires nothing but electron (it runs sandboxed)', () => {
    expect(runPreload().required).toEqual(['electron']);
    expect(code).not.toMatch(/require\("(?!electron")/);
  });

  it('exposes one object, `netbank`, with exactly the contract methods and `on`', () => {
    const { exposed } = runPreload();
    expect([...exposed.keys()]).toEqual(['netbank']);
    const api = exposed.get('netbank') as Record<string, unknown>;
    const names: string[] = [];
    const top: string[] = [];
    for (const [ns, v] of Object.entries(api)) {
      if (typeof v === 'function') top.push(ns);
      else for (const [m, f] of Object.entries(v as Record<string, unknown>)) {
        expect(typeof f, `${ns}.${m}`).toBe('function');
        names.push(`${ns}.${m}`);
      }
    }
    expect(names.sort()).toEqual(bridgeMethodNames());
    expect(top).toEqual(['on']);
  });

  it('a method call goes out on its own prefixed channel; the answer comes back in its envelope', async () => {
    const { exposed, invoked } = runPreload();
    const api = exposed.get('netbank') as { app: { info(r: unknown): Promise<unknown> } };
    const r = await api.app.info({});
    expect(invoked).toEqual([[INVOKE_PREFIX + 'app.info', {}]]);
    // Main checked the value against the contract; the preload checks only the envelope.
    expect(r).toEqual({ ok: true, value: { version: '1', profile: undefined } });
  });

  it('an answer that is not an IPC envelope is typed INVALID_RESPONSE', async () => {
    const { exposed } = runPreload(() => ({ version: '1' }));
    const api = exposed.get('netbank') as { app: { info(r: unknown): Promise<unknown> } };
    expect(await api.app.info({})).toMatchObject({ ok: false, error: { code: 'INVALID_RESPONSE' } });
  });

  // Both scripts load before every page: main checks every request and answer against the
  // contract (src-main/core/ipc/dispatch.ts), so they forward by name and carry no schema.
  it.each([['the preload', () => preloadInputs], ['the browser host bridge script', () => bridgeScriptInputs]])(
    '%s bundles no zod and none of the contract\'s schema modules', (_what, inputs) => {
      const files = inputs();
      expect(files.some((f) => f.endsWith('src-shared/ipc/bridge.ts'))).toBe(true);
      expect(files.filter((f) => f.includes('node_modules/'))).toEqual([]);
      expect(files.filter((f) => /src-shared\/(bank-api|bank-profile)\/|src-shared\/ipc\/(contract|events|errors|statements|index)\.ts$/.test(f))).toEqual([]);
    },
  );

  it('an unknown event name is refused', () => {
    const { exposed } = runPreload();
    const api = exposed.get('netbank') as { on(e: string, l: () => void): unknown };
    expect(() => api.on('anything', () => {})).toThrow(/unknown event/);
  });
});
