// IPC fuzzing: fast-check builds malformed requests for every contract channel (near-valid bodies
// with one field broken, extra or missing keys, wrong types, prototype tricks, oversized and
// unicode-trick strings, arbitrary values) and sends them the way the renderer would: through the
// preload's bridge over the Electron IPC wiring (registerIpc → core.dispatch) with a stand-in
// ipcMain/ipcRenderer that structured-clones like Electron, and through the browser host over
// HTTP. Every one must get a typed INVALID_REQUEST, no handler body may run (the handler table is
// wrapped to count calls), the bank must see no request, the processes survive, and the heap stays
// bounded. (tests/integration/host/security.test.ts checks a few bad bodies by hand.)
import v8 from 'node:v8';
import vm from 'node:vm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src-main/core/config.js';
import { createCore, type CoreWithServices } from '../../../src-main/core/create-core.js';
import { MemoryPreferenceStore } from '../../../src-main/core/preferences/store.js';
import { handlers, type HandlerTable } from '../../../src-main/core/ipc/handlers.js';
import { silentLogger } from '../../../src-main/core/logger.js';
import { APP_ENTRY_URL } from '../../../src-main/electron/app-url.js';
import { registerIpc, type IpcMainLike } from '../../../src-main/electron/ipc.js';
import { invokeChannel } from '../../../src-main/electron/ipc-names.js';
import { createPreloadBridge } from '../../../src-main/electron/preload-bridge.js';
import type { SenderEventLike } from '../../../src-main/electron/sender-check.js';
import type { NetbankBridge } from '../../../src-shared/ipc/bridge.js';
import { CHANNEL_NAMES, contract, type Channel } from '../../../src-shared/ipc/contract.js';
import { RAISED_OTP_LIMITS, startBankProcess, type BankProcess } from '../../support/bank-process.js';
import { startFaultProxy, type FaultProxy } from '../../support/fault-proxy.js';
import { startHostProcess, type HostProcess } from '../../support/host-process.js';
import { Tally, caseCount, withSeed } from '../../support/reliability-summary.js';
import { connectHost, type HostClient } from '../host/host-client.js';

const PER_CHANNEL = caseCount('IPC_FUZZ', 300, 10_000);
const PER_CHANNEL_HTTP = caseCount('IPC_FUZZ_HTTP', 10, 500);

/** One valid request per channel: the fuzzer breaks it in one place (or replaces it entirely). */
const VALID: Record<Channel, Record<string, unknown>> = {
  'app.info': {},
  'session.login': { loginId: 'mail-user', password: 'demo-login-1', rememberId: false },
  'session.logout': {},
  'session.state': {},
  'session.activity': {},
  'startOfUse.submit': { newLoginPassword: 'newpass123', confirmationPassword: 'confirm456', email: 'someone@docomo.ne.jp', acknowledgeFreeMail: false },
  'startOfUse.resendOtp': { intentId: 'intent-0001' },
  'startOfUse.verify': { mailOtp: '123456' },
  'customer.me': {},
  'customer.logins': {},
  'customer.loginNoticeOn': { intentId: 'intent-0004' },
  'accounts.list': {},
  'accounts.transactions': { accountId: 'acc_1234567' },
  'statements.exportCsv': { accountId: 'acc_1234567', from: '2025-04-01', to: '2025-04-30' },
  'print.page': { to: 'pdf', name: 'receipt-1' },
  'receipts.list': {},
  'payees.list': {},
  'limits.get': {},
  'transfers.fee': { bankCode: '0005', amount: 1000 },
  'directory.banks': { q: 'サンプル' },
  'directory.branches': { bankCode: '0005', code: '101' },
  'operations.create': {
    intentId: 'intent-0002',
    operation: { type: 'transfer', fromAccountId: 'acc_1234567', amount: 1000, payee: { bankCode: '0005', branchCode: '101', accountType: 'ordinary', accountNumber: '7654321', name: 'ﾔﾏﾀﾞ ｻﾁｺ' } },
  },
  'operations.resendOtp': { operationId: 'op_abc' },
  'operations.authorize': { operationId: 'op_abc', intentId: 'intent-0003', confirmationPassword: 'demo-confirm-1', mailOtp: '123456' },
  'operations.status': { operationId: 'op_abc' },
  'preferences.get': {},
  'preferences.set': { language: 'en' },
  'preferences.forgetLoginId': {},
};

const tricky = fc.constantFrom(
  '１２３４５６', '12\u200b3456', '\u200bmail-user', 'mail-user@docоmo.ne.jp', '-1', '1e309', 'NaN', '', ' ', '\u0000',
  'a'.repeat(70_000), '９'.repeat(20), '<script>alert(1)</script>', '../../etc/passwd', '\ud800', 'ｄｅｍｏ-login-1',
);
const weird: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 2, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true, withSparseArray: true, withBoxedValues: true }),
  tricky,
  fc.constantFrom(-1, 0.5, Number.MAX_SAFE_INTEGER + 2, 1e21, -0, Infinity, -Infinity, NaN, true, [], [1], null),
);

/** A malformed request for `channel` (it may by chance be valid; callers drop those). */
function malformed(channel: Channel): fc.Arbitrary<unknown> {
  const base = VALID[channel];
  const keys = Object.keys(base);
  const nested = channel === 'operations.create' ? Object.keys(base.operation as object) : [];
  const variants: fc.Arbitrary<unknown>[] = [
    weird,
    fc.record({ k: fc.string({ maxLength: 12 }).filter((k) => !keys.includes(k)), v: weird }).map(({ k, v }) => ({ ...base, [k]: v })),
    fc.constantFrom(
      JSON.parse(`{"__proto__": {"admin": true}, ${JSON.stringify(base).slice(1)}`.replace(/, }$/, '}')) as unknown,
      Object.assign(Object.create({ polluted: true }) as object, base),
      JSON.stringify(base),
      [base],
    ),
  ];
  if (keys.length) {
    variants.push(fc.record({ k: fc.constantFrom(...keys), v: weird }).map(({ k, v }) => ({ ...base, [k]: v })));
    variants.push(fc.constantFrom(...keys).map((k) => Object.fromEntries(Object.entries(base).filter(([x]) => x !== k))));
  }
  if (nested.length) {
    variants.push(fc.record({ k: fc.constantFrom(...nested), v: weird }).map(({ k, v }) => ({ ...base, operation: { ...(base.operation as object), [k]: v } })));
  }
  return fc.oneof(...variants);
}

function isValid(channel: Channel, raw: unknown): boolean {
  return contract[channel].request.safeParse(raw === undefined || raw === null ? {} : raw).success;
}

let bank: BankProcess;
let proxy: FaultProxy;
let core: CoreWithServices;
let bridge: NetbankBridge;
let ipcMain: Map<string, (event: SenderEventLike, ...args: unknown[]) => Promise<unknown>>;
const handlerCalls: { channel: Channel; valid: boolean }[] = [];
const tally = new Tally('ipc-fuzz');
let seedUsed: number | undefined;

/** The real handler table, each entry counting its calls and whether its input fitted the contract. */
const countingTable = Object.fromEntries(
  CHANNEL_NAMES.map((channel) => [
    channel,
    (s: unknown, request: unknown) => {
      handlerCalls.push({ channel, valid: contract[channel].request.safeParse(request).success });
      return (handlers[channel] as (s: unknown, r: unknown) => Promise<unknown>)(s, request);
    },
  ]),
) as unknown as HandlerTable;

const gc = (): void => {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
};

beforeAll(async () => {
  bank = await startBankProcess({ env: { BANK_RESET: '1', ...RAISED_OTP_LIMITS } });
  proxy = await startFaultProxy(bank.apiUrl);
  core = await createCore(defaultConfig({ bankUrl: proxy.url, kiosk: true, host: 'electron' }), { store: new MemoryPreferenceStore(), log: silentLogger(), table: countingTable });
  ipcMain = new Map();
  const main: IpcMainLike = { handle: (name, listener) => void ipcMain.set(name, listener), removeHandler: (name) => void ipcMain.delete(name) };
  registerIpc({ ipcMain: main, core, target: () => null });
  const appFrame: SenderEventLike = { senderFrame: { url: APP_ENTRY_URL, parent: null } };
  bridge = createPreloadBridge({
    // Electron copies every argument with the structured clone algorithm on its way to main.
    invoke: async (name, ...args) => ipcMain.get(name)!(appFrame, ...args.map((a) => structuredClone(a))),
    on: () => undefined,
    removeListener: () => undefined,
  });
  // Logged in, so a handler that ran would call the bank (and the proxy would see it).
  expect((await bridge.session.login({ loginId: 'mail-user', password: 'demo-login-1', rememberId: false })).ok).toBe(true);
});
afterAll(async () => {
  tally.record(seedUsed);
  await core?.close();
  await proxy?.close();
  await bank?.stop();
});

const method = (b: NetbankBridge, channel: Channel) => {
  const [ns, m] = channel.split('.') as [string, string];
  return (b as unknown as Record<string, Record<string, (r: unknown) => Promise<{ ok: boolean; error?: { code: string } }>>>)[ns]![m]!;
};

describe('IPC fuzzing through the preload bridge and the Electron IPC wiring', () => {
  it(`${PER_CHANNEL} malformed requests per channel: typed errors, no handler runs, the bank sees nothing, the heap stays bounded`, async () => {
    const seenBefore = proxy.seen.length;
    const callsBefore = handlerCalls.length;
    const problems: string[] = [];
    let heapAfterWarmup = 0;
    await withSeed(import.meta.url, 'ipc fuzz', async (seed) => {
      seedUsed = seed;
      for (const [index, channel] of CHANNEL_NAMES.entries()) {
        let sent = 0;
        await fc.assert(
          fc.asyncProperty(malformed(channel), async (raw) => {
            if (sent >= PER_CHANNEL) return true;
            let arrives: unknown;
            try {
              arrives = structuredClone(raw);
            } catch {
              return true; // cannot cross Electron IPC at all
            }
            if (isValid(channel, arrives)) return true;
            sent++;
            const r = await method(bridge, channel)(raw);
            const problem = r.ok ? 'accepted' : r.error?.code !== 'INVALID_REQUEST' ? `answered ${r.error?.code}` : undefined;
            tally.count(problem && `${channel}: ${problem}`);
            if (problem) problems.push(`${channel} ${problem}: ${fc.stringify(raw).slice(0, 200)}`);
            if (problem) console.error(problems.at(-1));
            return problem === undefined;
          }),
          // Generated values that happen to be valid (or cannot cross IPC) are not sent: draw more.
          { seed: seed + index, numRuns: PER_CHANNEL * 4, endOnFailure: true },
        );
        expect(sent, `${channel}: malformed requests sent`).toBe(PER_CHANNEL);
        if (index === 2) {
          gc();
          heapAfterWarmup = process.memoryUsage().heapUsed;
        }
      }
    });
    gc();
    const growthMb = (process.memoryUsage().heapUsed - heapAfterWarmup) / 2 ** 20;
    console.log(`ipc fuzz: ${tally.tried} malformed requests, heap growth after warm-up ${growthMb.toFixed(1)} MB`);
    expect(problems).toEqual([]);
    expect(handlerCalls.slice(callsBefore)).toEqual([]);
    expect(proxy.seen.length - seenBefore).toBe(0);
    expect(growthMb).toBeLessThan(64);
    // The core still works after all that.
    const state = await bridge.session.state({});
    expect(state.ok && state.value.state).toBe('ready');
  }, 900_000);

  it('unknown channels and forged senders: typed refusals, no handler runs', async () => {
    const callsBefore = handlerCalls.length;
    await withSeed(import.meta.url, 'unknown channels', (seed) =>
      fc.assert(
        fc.asyncProperty(fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'app.info ', 'APP.INFO', 'session.login\u0000')), weird, async (name, raw) => {
          if ((CHANNEL_NAMES as string[]).includes(name)) return true;
          const r = await core.dispatch(name, raw);
          tally.count(r.ok || r.error.code !== 'UNKNOWN_CHANNEL' ? `channel ${JSON.stringify(name)} answered ${r.ok ? 'ok' : r.error.code}` : undefined);
          return !r.ok && r.error.code === 'UNKNOWN_CHANNEL';
        }),
        { seed, numRuns: Math.min(PER_CHANNEL, 2000), endOnFailure: true },
      ),
    );
    const forged: SenderEventLike[] = [
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      { senderFrame: { url: APP_ENTRY_URL, parent: {} } },
      { senderFrame: { url: 'file:///etc/passwd', parent: null } },
      { senderFrame: { url: 'app://netbank.evil/index.html', parent: null } },
      { senderFrame: null },
    ];
    for (const event of forged) {
      const r = (await ipcMain.get(invokeChannel('accounts.list'))!(event, {})) as { ok: boolean; error?: { code: string } };
      tally.count(r.ok || r.error?.code !== 'FORBIDDEN_SENDER' ? 'forged sender accepted' : undefined);
      expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    }
    expect(handlerCalls.slice(callsBefore)).toEqual([]);
  });
});

describe('IPC fuzzing through the browser host over HTTP', () => {
  let host: HostProcess;
  let client: HostClient;
  afterAll(async () => {
    client?.close();
    await host?.stop();
  });

  it(`${PER_CHANNEL_HTTP} malformed JSON bodies per channel: typed errors, the bank sees nothing, the host survives`, async () => {
    host = await startHostProcess({ bankUrl: proxy.url, env: { NETBANK_KIOSK: '1' } });
    client = await connectHost(host.url);
    expect((await client.bridge.session.login({ loginId: 'mail-user', password: 'demo-login-1', rememberId: false })).ok).toBe(true);
    const seenBefore = proxy.seen.length;
    const problems: string[] = [];
    let httpBodies = 0;
    await withSeed(import.meta.url, 'ipc fuzz over http', async (seed) => {
      for (const [index, channel] of CHANNEL_NAMES.entries()) {
        let sent = 0;
        // Only bodies that are JSON, small enough and invalid for the channel are drawn, so every run sends exactly as many.
        const bodies = malformed(channel)
          .map((raw) => {
            try {
              return JSON.stringify(raw);
            } catch {
              return undefined;
            }
          })
          .filter((text): text is string => text !== undefined && text.length <= 60_000 && !isValid(channel, JSON.parse(text)));
        await fc.assert(
          fc.asyncProperty(bodies, async (text) => {
            sent++;
            const res = await client.post(channel, text);
            const answer = (await res.json()) as { ok: boolean; error?: { code: string } };
            // Well-formed JSON reaches the core, whose contract check refuses it: 200 with the typed refusal.
            const problem = res.status !== 200 || answer.ok || answer.error?.code !== 'INVALID_REQUEST' ? `${res.status} ${JSON.stringify(answer).slice(0, 120)}` : undefined;
            tally.count(problem && `http ${channel}: ${problem}`);
            if (problem) problems.push(`${channel}: ${problem} for ${text.slice(0, 200)}`);
            if (problem) console.error(problems.at(-1));
            return problem === undefined;
          }),
          { seed: seed + index, numRuns: PER_CHANNEL_HTTP, endOnFailure: true },
        );
        expect(sent, `${channel}: malformed bodies sent`).toBe(PER_CHANNEL_HTTP);
        httpBodies += sent;
      }
    });
    console.log(`ipc fuzz over http: ${httpBodies} malformed bodies over ${CHANNEL_NAMES.length} channels`);
    expect(problems).toEqual([]);
    expect(httpBodies).toBe(PER_CHANNEL_HTTP * CHANNEL_NAMES.length);
    expect(proxy.seen.length - seenBefore).toBe(0);
    expect(() => process.kill(host.pid, 0)).not.toThrow();
    const state = await client.bridge.session.state({});
    expect(state.ok && state.value.state).toBe('ready');
  }, 600_000);
});
