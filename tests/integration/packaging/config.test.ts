// electron-builder.yml: valid against app-builder-lib's own JSON schema, and set the way a customer
// build must be (fuses, asar, file list, no publishing, per-user Windows install, hardened macOS).
import { Ajv } from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };

type Config = Record<string, unknown> & {
  electronFuses?: Record<string, unknown>;
  files?: unknown[];
  directories?: Record<string, string>;
  nsis?: Record<string, unknown>;
  mac?: Record<string, unknown>;
  linux?: Record<string, unknown>;
  win?: Record<string, unknown>;
};

function loadConfig(): Config {
  return yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Config;
}

function validator() {
  const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
  const ajv = new Ajv({ strict: false, allErrors: true });
  return ajv.compile(schema);
}

describe('electron-builder.yml', () => {
  let config: Config;
  let validate: ReturnType<typeof validator>;
  beforeAll(() => {
    config = loadConfig();
    validate = validator();
  });

  it('is valid against app-builder-lib/scheme.json', () => {
    const ok = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema check does reject a wrong config (so the test above can fail)', () => {
    expect(validate({ ...config, nsis: { ...config.nsis, perMachine: 'no' } })).toBe(false);
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNodeX: false } })).toBe(false);
  });

  it('names the product and writes to release/', () => {
    expect(config.appId).toBe('jp.example.netbank.desktop');
    expect(config.productName).toBe('Netbank Desktop');
    expect(config.directories?.output).toBe('release');
  });

  it('flips every fuse the shell issue asks for', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('explains each fuse in a comment', () => {
    const lines = readFileSync(path.join(root, 'electron-builder.yml'), 'utf8').split('\n');
    for (const fuse of Object.keys(config.electronFuses ?? {})) {
      const at = lines.findIndex((l) => l.trim().startsWith(`${fuse}:`));
      expect(lines[at - 1]?.trim().startsWith('#'), `a comment above ${fuse}`).toBe(true);
    }
  });

  it('packs into asar, publishes nowhere, rebuilds nothing', () => {
    expect(config.asar).toBe(true);
    expect(config.publish).toBeNull();
    expect(config.npmRebuild).toBe(false);
    expect(config.nodeGypRebuild).toBe(false);
  });

  it('takes only the built app: dist/electron, dist/renderer, package.json; no source maps', () => {
    const files = (config.files ?? []).map(String);
    const includes = files.filter((f) => !f.startsWith('!'));
    expect(includes.sort()).toEqual(['dist/electron/**', 'dist/renderer/**', 'package.json']);
    expect(files).toContain('!**/*.map');
    const excluded = files.filter((f) => f.startsWith('!')).join(' ');
    for (const word of ['tests', 'mock-bank', 'bench', 'src-main', '.data']) expect(excluded).toContain(word);
  });

  it('has AppImage + deb, per-user NSIS without admin, and a hardened dmg', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.nsis?.perMachine).toBe(false);
    expect(config.nsis?.packElevateHelper).toBe(false);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.mac?.hardenedRuntime).toBe(true);
  });

  it('points at icon and entitlement files that exist', () => {
    for (const key of ['linux', 'win', 'mac'] as const) {
      const icon = config[key]?.icon;
      expect(typeof icon, `${key}.icon`).toBe('string');
      expect(existsSync(path.join(root, String(icon))), String(icon)).toBe(true);
    }
    const entitlements = readFileSync(path.join(root, String(config.mac?.entitlements)), 'utf8');
    const keys = [...entitlements.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1]);
    // Electron's JIT needs exactly this one exception from the hardened runtime.
    expect(keys).toEqual(['com.apple.security.cs.allow-jit']);
  });
});
