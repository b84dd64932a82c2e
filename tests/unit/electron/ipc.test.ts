import { describe, expect, it } from 'vitest';
import { bridgeMethodNames, CHANNEL_NAMES, type NetbankBridge } from '../../../src-shared/ipc/index.js';
import { defaultConfig } from '../../../src-main/core/config.js';
import { createCore } from '../../../src-main/core/create-core.js';
import { MemoryPreferenceStore } from '../../../src-main/core/preferences/store.js';
import { silentLogger } from '../../../src-main/core/logger.js';
import { registerIpc } from '../../../src-main/electron/ipc.js';
import { EVENT_PREFIX, INVOKE_PREFIX } from '../../../src-main/electron/ipc-names.js';
import { createPreloadBridge } from '../../../src-main/electron/preload-bridge.js';
import { ManualClock } from '../core/manual-clock.js';
import { createIpcWire } from './ipc-wire.js';

async function setup(frame?: { url: string; parent: unknown } | null) {
  const clock = new ManualClock();
  // Nothing listens on port 9: a bank call fails fast with a typed error.
  const core = await createCore(defaultConfig({ bankUrl: 'http://127.0.0.1:9', host: 'electron', version: '9.9.9' }), { clock, store: new MemoryPreferenceStore(), log: silentLogger() });
  const wire = createIpcWire(frame);
  const refused: [string, string][] = [];
  const unregister = registerIpc({ ipcMain: wire.ipcMain, core, target: () => wire.webContents, onRefused: (c, r) => refused.push([c, r]) });
  const bridge = createPreloadBridge(wire.ipcRenderer);
  return { clock, core, wire, refused, unregister, bridge };
}

/** Every method of the bridge as "namespace.method". */
function methodsOf(bridge: NetbankBridge): string[] {
  const out: string[] = [];
  for (const [ns, value] of Object.entries(bridge)) {
    if (typeof value === 'function') continue;
    for (const [m, f] of Object.entries(value as Record<string, unknown>)) if (typeof f === 'function') out.push(`${ns}.${m}`);
  }
  return out.sort();
}

describe('IPC wiring (preload bridge ↔ ipcMain handlers ↔ real core)', () => {
  it('registers one handler per contract channel, and nothing else', async () => {
    const { wire, core } = await setup();
    expect([...wire.handlers.keys()].sort()).toEqual(CHANNEL_NAMES.map((c) => INVOKE_PREFIX + c).sort());
    await core.close();
  });

  it('the bridge has exactly the contract methods plus `on`, and no generic invoke or ipcRenderer', async () => {
    const { bridge, core } = await setup();
    expect(methodsOf(bridge)).toEqual(bridgeMethodNames());
    expect(Object.keys(bridge).filter((k) => typeof (bridge as unknown as Record<string, unknown>)[k] === 'function')).toEqual(['on']);
    const flat = JSON.stringify(Object.keys(bridge));
    expect(flat).not.toMatch(/invoke|ipcRenderer|send|require/);
    expect(Object.isFrozen(bridge)).toBe(true);
    await core.close();
  });

  it('a call from the app page reaches the core', async () => {
    const { bridge, core } = await setup();
    const info = await bridge.app.info({});
    expect(info).toMatchObject({ ok: true, value: { host: 'electron', version: '9.9.9', kiosk: false } });
    // Bad input is parsed by the core's contract schema: a typed error, not a crash.
    const bad = await bridge.session.login({ loginId: '', password: 'x', rememberId: 'yes' } as never);
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    // A real bank call to a closed port: a typed error from the core.
    const down = await bridge.session.login({ loginId: 'mail-user', password: 'demo-login-1', rememberId: false });
    expect(down.ok).toBe(false);
    await core.close();
  });

  it.each([
    { url: 'file:///app/dist/renderer/index.html', parent: null },
    { url: 'https://evil.example/', parent: null },
    { url: 'app://netbank/index.html', parent: {} },
    null,
  ])('a call from %j is refused before the core sees it', async (frame) => {
    const { bridge, refused, core } = await setup(frame);
    const r = await bridge.preferences.forgetLoginId({});
    expect(r).toEqual({ ok: false, error: { code: 'FORBIDDEN_SENDER', message: 'This window may not call the app.' } });
    expect(refused).toHaveLength(1);
    expect(refused[0]![0]).toBe('preferences.forgetLoginId');
    await core.close();
  });

  it('core events reach the listener as the payload only, never the IPC event', async () => {
    const { bridge, core, clock, wire } = await setup();
    const seen: unknown[] = [];
    const raw: unknown[][] = [];
    const off = bridge.on('otp.expired', (...args: unknown[]) => { seen.push(args[0]); raw.push(args); });
    const now = new Date(clock.now());
    core.services.otp.issued(null, { reference: '1234', sentAt: now.toISOString(), expiresAt: new Date(clock.now() + 1000).toISOString(), destinations: ['m***@docomo.ne.jp'] });
    clock.advance(1000);
    expect(seen).toEqual([{ operationId: null }]);
    expect(raw[0]).toHaveLength(1);
    expect(JSON.stringify(raw)).not.toContain('the raw ipcRenderer');
    expect(wire.sent).toEqual([EVENT_PREFIX + 'otp.expired']);
    off();
    expect(wire.listeners.get(EVENT_PREFIX + 'otp.expired')?.size).toBe(0);
    await core.close();
  });

  it('events are not sent once the window shows another page, or is gone', async () => {
    const { core, clock, wire } = await setup();
    const fire = () => {
      core.services.otp.issued(null, { reference: '1234', sentAt: new Date(clock.now()).toISOString(), expiresAt: new Date(clock.now() + 10).toISOString(), destinations: ['x'] });
      clock.advance(10);
    };
    wire.navigateTo('https://evil.example/');
    fire();
    wire.navigateTo('app://netbank/index.html');
    wire.webContents.destroyed = true;
    fire();
    expect(wire.sent).toEqual([]);
    await core.close();
  });

  it('unregistering removes every handler and the event subscription', async () => {
    const { wire, unregister, core, bridge } = await setup();
    unregister();
    expect(wire.handlers.size).toBe(0);
    // The bridge turns a delivery failure into a typed error.
    expect(await bridge.app.info({})).toMatchObject({ ok: false, error: { code: 'UNEXPECTED' } });
    await core.close();
  });
});
