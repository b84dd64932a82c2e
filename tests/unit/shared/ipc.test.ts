import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  BRIDGE_CHANNELS, BRIDGE_EVENTS, CHANNEL_NAMES, EVENT_NAMES, bridgeMethodNames, contract, createBridge, events, isChannel, parseIpcAnswer,
  type Channel, type EventName, type Invoke, type Subscribe,
} from '../../../src-shared/ipc/index.js';
import { DEFAULT_BANK_PROFILE } from '../../../src-shared/bank-profile/index.js';

/** A host that records what the bridge sends and answers from a table. */
function fakeHost(answer: (channel: Channel, request: unknown) => unknown) {
  const calls: [Channel, unknown][] = [];
  const listeners = new Map<EventName, ((payload: unknown) => void)[]>();
  const invoke: Invoke = async (channel, request) => {
    calls.push([channel, request]);
    return answer(channel, request);
  };
  const subscribe: Subscribe = (event, listener) => {
    listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    return () => listeners.set(event, (listeners.get(event) ?? []).filter((l) => l !== listener));
  };
  const emit = (event: EventName, payload: unknown) => {
    for (const l of listeners.get(event) ?? []) l(payload);
  };
  return { calls, invoke, subscribe, emit };
}

/** Every method of the bridge, as "namespace.method" → function. */
function methodsOf(bridge: object): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [ns, value] of Object.entries(bridge)) {
    if (typeof value === 'function') out.set(ns, value);
    else for (const [m, fn] of Object.entries(value as object)) out.set(`${ns}.${m}`, fn);
  }
  return out;
}

describe('the IPC contract', () => {
  it('has a request and a response schema for every channel, named namespace.method', () => {
    expect(CHANNEL_NAMES.length).toBeGreaterThanOrEqual(20);
    for (const channel of CHANNEL_NAMES) {
      expect(channel).toMatch(/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/);
      expect(contract[channel].request, channel).toBeInstanceOf(z.ZodType);
      expect(contract[channel].response, channel).toBeInstanceOf(z.ZodType);
      z.toJSONSchema(contract[channel].request, { io: 'input', unrepresentable: 'any' });
      z.toJSONSchema(contract[channel].response, { io: 'input', unrepresentable: 'any' });
    }
  });

  it('covers the actions the later issues need', () => {
    for (const channel of ['app.info', 'session.login', 'session.logout', 'session.state', 'startOfUse.submit', 'startOfUse.verify',
      'customer.me', 'accounts.list', 'accounts.transactions', 'payees.list', 'operations.create', 'operations.resendOtp',
      'operations.authorize', 'operations.status', 'preferences.get', 'preferences.set', 'directory.banks', 'directory.branches']) {
      expect(isChannel(channel), channel).toBe(true);
    }
    expect(isChannel('toString')).toBe(false);
    expect(isChannel('__proto__')).toBe(false);
    expect(isChannel('invoke')).toBe(false);
  });

  it('refuses requests with unknown fields or bad values', () => {
    expect(contract['session.login'].request.safeParse({ loginId: 'mail-user', password: 'demo-login-1', rememberId: false }).success).toBe(true);
    expect(contract['session.login'].request.safeParse({ loginId: '  ', password: 'demo-login-1', rememberId: false }).success).toBe(false);
    expect(contract['session.logout'].request.safeParse({ all: true }).success).toBe(false);
    expect(contract['operations.create'].request.safeParse({ intentId: 'short', operation: { type: 'token-start' } }).success).toBe(false);
    expect(contract['operations.create'].request.safeParse({ intentId: 'intent-0001', operation: { type: 'token-start' } }).success).toBe(true);
    expect(contract['operations.authorize'].request.safeParse({ operationId: 'op_1', intentId: 'intent-0001', mailOtp: '12345' }).success).toBe(false);
  });

  it('looks up the bank directory by code or by name, never both or neither', () => {
    const banks = contract['directory.banks'].request;
    const branches = contract['directory.branches'].request;
    expect(banks.safeParse({ code: '0005' }).success).toBe(true);
    expect(banks.safeParse({ q: 'さんぷる' }).success).toBe(true);
    for (const bad of [{}, { code: '0005', q: 'x' }, { code: '０００５' }, { q: '' }, { q: 'x'.repeat(31) }, { q: 'a\u200bb' }, { code: '0005', bank: 'x' }]) {
      expect(banks.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    expect(branches.safeParse({ bankCode: '0005', code: '101' }).success).toBe(true);
    expect(branches.safeParse({ bankCode: '0005', q: 'あおやま' }).success).toBe(true);
    for (const bad of [{ code: '101' }, { bankCode: '0005' }, { bankCode: '5', code: '101' }, { bankCode: '0005', code: '10' }, { bankCode: '0005', code: '101', q: 'x' }]) {
      expect(branches.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    const bank = { code: '0005', name: 'サンプル銀行', kana: 'サンプルギンコウ' };
    expect(contract['directory.banks'].response.safeParse({ banks: [bank] }).success).toBe(true);
    expect(contract['directory.branches'].response.safeParse({ bank, branches: [{ code: '101', name: '青山支店', kana: 'アオヤマシテン' }] }).success).toBe(true);
    expect(contract['directory.branches'].response.safeParse({ bank, branches: [{ code: '101', name: '' }] }).success).toBe(false);
  });

  it('lists events with payload schemas', () => {
    expect([...EVENT_NAMES].sort()).toEqual(['otp.expired', 'session.ended', 'session.idleWarning', 'tester.state']);
    for (const e of EVENT_NAMES) expect(events[e]).toBeInstanceOf(z.ZodType);
  });
});

describe('createBridge', () => {
  it('builds exactly the named methods of the contract, and no generic invoke', () => {
    const host = fakeHost(() => null);
    const bridge = createBridge(host.invoke, host.subscribe);
    const methods = methodsOf(bridge);
    expect([...methods.keys()].filter((k) => k !== 'on').sort()).toEqual(bridgeMethodNames());
    expect(bridgeMethodNames()).toEqual([...CHANNEL_NAMES].sort());
    for (const fn of methods.values()) expect(typeof fn).toBe('function');
    for (const name of ['invoke', 'send', 'ipcRenderer', 'call', 'request']) expect(name in bridge, name).toBe(false);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('sends the call on its own channel and hands back the parsed answer', async () => {
    const me = {
      loginId: 'mail-user', name: '山田 太郎', email: 'mail-user@docomo.ne.jp', tokenState: 'not-used',
      selectEmail: [{ slot: 1, use: false, address: null, otpDestination: false }, { slot: 2, use: false, address: null, otpDestination: false }],
      secondFactor: 'mail-otp', startOfUseRequired: false, policy: { registeredPayeeNeedsOtp: true },
    };
    const host = fakeHost((channel) => (channel === 'customer.me' ? { ok: true, value: me } : { ok: false, error: { code: 'NOT_LOGGED_IN', message: 'log in' } }));
    const bridge = createBridge(host.invoke, host.subscribe);
    expect(await bridge.customer.me({})).toEqual({ ok: true, value: me });
    expect(await bridge.accounts.list({})).toEqual({ ok: false, error: { code: 'NOT_LOGGED_IN', message: 'log in' } });
    expect(host.calls).toEqual([['customer.me', {}], ['accounts.list', {}]]);
  });

  it('parses app.info against the contract, profile included', async () => {
    const info = { version: '1.0.0', profile: DEFAULT_BANK_PROFILE, kiosk: false, testBuild: true, host: 'browser' };
    const host = fakeHost(() => ({ ok: true, value: info }));
    const bridge = createBridge(host.invoke, host.subscribe);
    expect(await bridge.app.info({})).toEqual({ ok: true, value: info });
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['an array', [true, {}]],
    ['a bare value', { state: 'ready', remember: 'unchanged' }],
    ['ok without a value', { ok: true }],
    ['ok as a string', { ok: 'true', value: {} }],
    ['an error with an unknown code', { ok: false, error: { code: 'TEAPOT', message: 'x' } }],
    ['an error without a message', { ok: false, error: { code: 'UNEXPECTED' } }],
    ['an error that is a string', { ok: false, error: 'UNEXPECTED' }],
    ['a string', 'ok'],
  ])('turns a malformed envelope (%s) into INVALID_RESPONSE', async (_what, raw) => {
    const host = fakeHost(() => raw);
    const bridge = createBridge(host.invoke, host.subscribe);
    const r = await bridge.session.login({ loginId: 'mail-user', password: 'demo-login-1', rememberId: false });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('INVALID_RESPONSE');
  });

  it('turns a failing delivery into UNEXPECTED, without throwing', async () => {
    const bridge = createBridge(async () => {
      throw new Error('channel closed');
    }, fakeHost(() => null).subscribe);
    const r = await bridge.session.logout({});
    expect(r).toEqual({ ok: false, error: { code: 'UNEXPECTED', message: expect.stringContaining('session.logout') } });
    const sync = createBridge((() => {
      throw new Error('sync');
    }) as Invoke, fakeHost(() => null).subscribe);
    expect((await sync.session.state({})).ok).toBe(false);
  });

  it('passes the value inside the envelope on as main sent it: main checked it against the contract', async () => {
    // dispatch() parses every answer with the channel's response schema before it leaves main
    // (tests/unit/core/dispatch.test.ts); the bridge does not carry the schemas to do it twice.
    const value = { state: 'ready', remember: 'unchanged' };
    const bridge = createBridge(fakeHost(() => ({ ok: true, value })).invoke, fakeHost(() => null).subscribe);
    expect(await bridge.session.login({ loginId: 'mail-user', password: 'demo-login-1', rememberId: false })).toEqual({ ok: true, value });
    const error = { code: 'INVALID_CREDENTIALS', message: 'no', attemptsLeft: 2 };
    const refused = createBridge(fakeHost(() => ({ ok: false, error })).invoke, fakeHost(() => null).subscribe);
    expect(await refused.session.login({ loginId: 'mail-user', password: 'x', rememberId: false })).toEqual({ ok: false, error });
  });

  it('parseIpcAnswer is the same check', () => {
    expect(parseIpcAnswer('session.logout', { ok: true, value: {} })).toEqual({ ok: true, value: {} });
    expect(parseIpcAnswer('session.logout', { ok: 'yes' })).toMatchObject({ ok: false, error: { code: 'INVALID_RESPONSE' } });
  });

  it('is built from the schema-free channel list, which names every channel and event of the contract', () => {
    expect([...BRIDGE_CHANNELS].sort()).toEqual([...CHANNEL_NAMES].sort());
    expect(new Set(BRIDGE_CHANNELS).size).toBe(BRIDGE_CHANNELS.length);
    expect([...BRIDGE_EVENTS].sort()).toEqual([...EVENT_NAMES].sort());
  });
});

describe('bridge events', () => {
  it('delivers object payloads as main sent them, drops anything else, and unsubscribes', () => {
    const host = fakeHost(() => null);
    const bridge = createBridge(host.invoke, host.subscribe);
    const seen: unknown[] = [];
    const off = bridge.on('session.idleWarning', (p) => seen.push(p));
    host.emit('session.idleWarning', { secondsLeft: 60 });
    host.emit('session.idleWarning', 'soon');
    host.emit('session.idleWarning', null);
    host.emit('session.idleWarning', [60]);
    expect(seen).toEqual([{ secondsLeft: 60 }]);
    off();
    host.emit('session.idleWarning', { secondsLeft: 30 });
    expect(seen).toEqual([{ secondsLeft: 60 }]);
  });

  it('delivers each event only to its own listeners', () => {
    const host = fakeHost(() => null);
    const bridge = createBridge(host.invoke, host.subscribe);
    const ended: unknown[] = [];
    bridge.on('session.ended', (p) => ended.push(p));
    host.emit('session.ended', { reason: 'idle' });
    host.emit('session.idleWarning', { secondsLeft: 60 });
    expect(ended).toEqual([{ reason: 'idle' }]);
  });

  it.each([['session.hijack'], ['toString'], ['__proto__'], ['']])('refuses the unknown event %j', (name) => {
    const host = fakeHost(() => null);
    const bridge = createBridge(host.invoke, host.subscribe);
    expect(() => bridge.on(name as EventName, () => undefined)).toThrow(TypeError);
  });
});
