/**
 * The thin-bridge rule bites: the preload, the bridge it shares with the browser host and that
 * host's bridge script may take types from the contract but no zod and no schema module (main
 * checks every request and answer; src-shared/ipc/bridge.ts says why).
 */
import { describe, expect, it } from 'vitest';
import { lintTextAs } from './lint-text.js';

const lint = lintTextAs('Thin bridge:');
const thinBridgeMessages = async (code: string, asPath: string) => (await lint(code, asPath)).map((m) => `${m.severity}:${m.message}`);

describe('thin bridge: no zod or schema values before the page', () => {
  it.each([
    ["import * as z from 'zod';\nexport const s = z.string();\n", 'src-shared/ipc/bridge.ts'],
    ["import { contract } from './contract.js';\nexport const c = contract;\n", 'src-shared/ipc/bridge.ts'],
    ["import { events } from './events.js';\nexport const e = events;\n", 'src-shared/ipc/channel-list.ts'],
    ["import { ipcResultSchema } from '../../src-shared/ipc/errors.js';\nexport const r = ipcResultSchema;\n", 'src-main/electron/preload.ts'],
    ["import { contract } from '../../src-shared/ipc/index.js';\nexport const c = contract;\n", 'src-main/electron/preload-bridge.ts'],
    ["import { Me } from '../../src-shared/bank-api/index.js';\nexport const m = Me;\n", 'src-main/browser-host/bridge-client.ts'],
    ["import { mini } from 'zod/mini';\nexport const m = mini;\n", 'src-main/browser-host/bridge-client.ts'],
  ])('%j in %s fails', async (code, asPath) => {
    const found = await thinBridgeMessages(code, asPath);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((m) => m.startsWith('2:'))).toBe(true);
  });

  it('type imports from the contract pass, and the rule holds only for the bridge files', async () => {
    expect(await thinBridgeMessages("import type { Channel } from './contract.js';\nexport type C = Channel;\n", 'src-shared/ipc/bridge.ts')).toEqual([]);
    expect(await thinBridgeMessages("import * as z from 'zod';\nexport const s = z.string();\n", 'src-shared/ipc/contract.ts')).toEqual([]);
  });
});
