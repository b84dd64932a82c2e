import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, type Channel } from '../../../src-shared/ipc/contract.js';
import { defaultConfig } from '../../../src-main/core/config.js';
import { createCore } from '../../../src-main/core/create-core.js';
import { MemoryPreferenceStore } from '../../../src-main/core/preferences/store.js';
import { CoreError } from '../../../src-main/core/errors.js';
import { handlers, type HandlerTable } from '../../../src-main/core/ipc/handlers.js';
import { silentLogger } from '../../../src-main/core/logger.js';
import { ManualClock } from './manual-clock.js';

/** A handler table whose every handler records that it ran and answers as told. */
function recordingTable(answer: (channel: Channel) => unknown) {
  const ran: Channel[] = [];
  const table = Object.fromEntries(
    CHANNEL_NAMES.map((c) => [c, async () => {
      ran.push(c);
      return answer(c);
    }]),
  ) as unknown as HandlerTable;
  return { ran, table };
}

async function coreWith(table?: HandlerTable) {
  // Nothing listens on port 9 on loopback: a bank call would fail fast, but these tests make none.
  return createCore(defaultConfig({ bankUrl: 'http://127.0.0.1:9' }), { clock: new ManualClock(), store: new MemoryPreferenceStore(), log: silentLogger(), ...(table ? { table } : {}) });
}

describe('handler table', () => {
  it('has exactly one handler per contract channel', () => {
    expect(Object.keys(handlers).sort()).toEqual([...CHANNEL_NAMES].sort());
  });
});

describe('dispatch', () => {
  it('refuses bad input with INVALID_REQUEST and never runs the handler', async () => {
    const { ran, table } = recordingTable(() => ({}));
    const core = await coreWith(table);
    const bad: [Channel, unknown][] = [
      ['session.login', { loginId: 'mail-user' }],
      ['session.login', { loginId: 'mail-user', password: 'x', rememberId: 'yes' }],
      ['session.login', 'mail-user'],
      ['session.logout', { extra: true }],
      ['operations.authorize', { operationId: 'op1', intentId: 'short', mailOtp: '123456' }],
      ['operations.authorize', { operationId: '../etc', intentId: 'abcdefgh12', mailOtp: '123456' }],
      ['operations.create', { intentId: 'abcdefgh12', operation: { type: 'transfer', fromAccountId: 'a', amount: -5, payeeId: 'p' } }],
      ['startOfUse.verify', { mailOtp: '12345' }],
      ['transfers.fee', { bankCode: '12', amount: 100 }],
      ['directory.banks', { code: '0005', q: 'サンプル' }],
      ['directory.branches', { bankCode: '0005' }],
      ['preferences.set', { language: 'fr' }],
    ];
    for (const [channel, raw] of bad) {
      const r = await core.dispatch(channel, raw);
      expect(r.ok, `${channel} ${JSON.stringify(raw)}`).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('INVALID_REQUEST');
        expect(r.error.issues?.length).toBeGreaterThan(0);
      }
    }
    expect(ran).toEqual([]);
    await core.close();
  });

  it('does not echo a rejected password back in the error', async () => {
    const core = await coreWith(recordingTable(() => ({})).table);
    const r = await core.dispatch('session.login', { loginId: 'mail-user', password: 'Secret-pw-123', rememberId: 1 });
    expect(JSON.stringify(r)).not.toContain('Secret-pw-123');
    await core.close();
  });

  it('answers UNKNOWN_CHANNEL for names outside the contract, including prototype keys', async () => {
    const core = await coreWith(recordingTable(() => ({})).table);
    for (const name of ['session.sudo', '__proto__', 'constructor', 'toString', '']) {
      const r = await core.dispatch(name, {});
      expect(r.ok ? 'ok' : r.error.code).toBe('UNKNOWN_CHANNEL');
    }
    await core.close();
  });

  it('parses the answer: a handler answer off the contract becomes INVALID_RESPONSE', async () => {
    const core = await coreWith(recordingTable(() => ({ state: 'sleeping', idleTimeoutSeconds: -1 })).table);
    const r = await core.dispatch('session.state', {});
    expect(r.ok ? 'ok' : r.error.code).toBe('INVALID_RESPONSE');
    await core.close();
  });

  it('a typed error thrown by a handler comes back as it is; anything else is UNEXPECTED without details', async () => {
    const table = {
      ...handlers,
      'customer.me': async () => {
        throw new CoreError('INSUFFICIENT_FUNDS', 'no money', { attemptsLeft: 2 });
      },
      'accounts.list': async () => {
        throw new TypeError('internal detail /home/user/x');
      },
    } as HandlerTable;
    const core = await coreWith(table);
    expect(await core.dispatch('customer.me', {})).toEqual({ ok: false, error: { code: 'INSUFFICIENT_FUNDS', message: 'no money', attemptsLeft: 2 } });
    const r = await core.dispatch('accounts.list', {});
    expect(r.ok ? 'ok' : r.error.code).toBe('UNEXPECTED');
    expect(JSON.stringify(r)).not.toContain('/home/user');
    await core.close();
  });

  it('with the real handlers, banking calls need a session first', async () => {
    const core = await coreWith();
    for (const [channel, raw] of [
      ['accounts.list', {}], ['customer.me', {}], ['session.activity', {}], ['startOfUse.resendOtp', {}],
      ['operations.status', { operationId: 'op1' }],
    ] as [Channel, unknown][]) {
      const r = await core.dispatch(channel, raw);
      expect(r.ok ? 'ok' : r.error.code, channel).toBe('NOT_LOGGED_IN');
    }
    const state = await core.dispatch('session.state', {});
    expect(state).toEqual({ ok: true, value: { state: 'logged-out', idleTimeoutSeconds: 600, idleWarningSeconds: 540 } });
    const info = await core.dispatch('app.info', undefined);
    expect(info.ok && (info.value as { host: string }).host).toBe('browser');
    await core.close();
  });
});
