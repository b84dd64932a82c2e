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

beforeAll(async () => {
  const out = await build({
    entryPoints: [path.join(root, 'src-main/electron/preload.ts')],
    bundle: true, platform: 'node', target: 'node20', format: 'cjs', external: ['electron'], write: false, logLevel: 'silent',
  });
  code = out.outputFiles[0]!.text;
}, 30_000);

function runPreload() {
  const exposed = new Map<string, unknown>();
  const required: string[] = [];
  const invoked: [string, unknown][] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer: {
      invoke: async (channel: string, request: unknown) => {
        invoked.push([channel, request]);
        return { ok: true, value: { version: '1', profile: undefined } };
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

  it('a method call goes out on its own prefixed channel, and a bad answer is typed', async () => {
    const { exposed, invoked } = runPreload();
    const api = exposed.get('netbank') as { app: { info(r: unknown): Promise<unknown> } };
    const r = await api.app.info({});
    expect(invoked).toEqual([[INVOKE_PREFIX + 'app.info', {}]]);
    // The stand-in answered something that does not fit the contract.
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_RESPONSE' } });
  });

  it('an unknown event name is refused', () => {
    const { exposed } = runPreload();
    const api = exposed.get('netbank') as { on(e: string, l: () => void): unknown };
    expect(() => api.on('anything', () => {})).toThrow(/unknown event/);
  });
});
