/**
 * One DOM test file's stack: a demo bank and a real core for the file; for each test a fresh
 * bridge to the core as `window.netbank`, the renderer's store booted from it the way the app
 * boots, and a fake clock for the renderer (Date and setInterval only: promises, I/O and React's
 * scheduler run as they do). After each test the customer is logged out and unlocked at the bank
 * (its locks and wrong-password counts cleared); `resetEach` puts the whole bank back to its seed
 * data instead (slower: every seed password is hashed again).
 */
import { act, cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, inject, vi } from 'vitest';
import type { CreateOperationResponse } from '../../../src-shared/bank-api/operations.js';
import type { NetbankBridge } from '../../../src-shared/ipc/bridge.js';
import { translate, type Lang, type MessageKey, type Vars } from '../../../src-renderer/i18n/i18n.js';
import { useApp } from '../../../src-renderer/state/app-store.js';
import { boot } from '../../../src-renderer/state/session.js';
import type { BankProcess } from '../../support/bank-process.js';
import { bankControls, startDomBank, type BankControls } from './bank.js';
import { startCore, type RealCore } from './core-bridge.js';

/** The seed customers' passwords (mock-bank/seed.ts). */
export const LOGIN_PASSWORD = 'demo-login-1';
export const CONFIRMATION_PASSWORD = 'demo-confirm-1';
export const MAIL_USER = { loginId: 'mail-user', address: 'mail-user@docomo.ne.jp' } as const;

export interface Stack {
  readonly bank: BankControls;
  readonly bridge: NetbankBridge;
  /** Logs in through the bridge and boots the renderer's store as the app does. */
  login(loginId?: string, lang?: Lang): Promise<void>;
  /** A transfer from the customer's first account to a new payee (mail customers get a mailed password). */
  createTransfer(amount?: number): Promise<CreateOperationResponse>;
}

/**
 * By default the run's shared bank (global-setup.ts: the per-customer password limits raised out of
 * reach, as each test makes new operations); `env` starts a bank of the file's own with those
 * settings (a file about the limits sets low ones, and `resetEach`).
 */
export function domStack(env: Record<string, string> | null = null, options: { resetEach?: boolean } = {}): Stack {
  let own: BankProcess | null = null;
  let bank: BankControls | null = null;
  let core: RealCore | null = null;
  let bridge: NetbankBridge | null = null;
  const loggedIn = new Set<string>();
  const initial = useApp.getState();
  beforeAll(async () => {
    if (env) own = await startDomBank(env);
    const urls = own ?? inject('sharedBank');
    bank = bankControls(urls.apiUrl, urls.mailboxUrl);
    core = await startCore(bank.apiUrl);
  });
  afterAll(async () => {
    await core?.close();
    await own?.stop();
  });
  beforeEach(() => {
    bridge = core!.bridge();
    window.netbank = bridge;
    useApp.setState(initial, true);
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  });
  afterEach(async () => {
    cleanup();
    vi.useRealTimers();
    delete window.netbank;
    await bridge!.session.logout({});
    if (options.resetEach) await bank!.reset();
    else for (const loginId of loggedIn) await bank!.lock(loginId, false);
    loggedIn.clear();
  });
  const stack: Stack = {
    get bank() { return bank!; },
    get bridge() { return bridge!; },
    async login(loginId = MAIL_USER.loginId, lang = 'ja') {
      loggedIn.add(loginId);
      const r = await bridge!.session.login({ loginId, password: LOGIN_PASSWORD, rememberId: false });
      if (!r.ok) throw new Error(`login failed: ${r.error.code}`);
      await bridge!.preferences.set({ language: lang });
      await boot();
    },
    async createTransfer(amount = 1_500) {
      const accounts = await bridge!.accounts.list({});
      if (!accounts.ok) throw new Error(`accounts not read: ${accounts.error.code}`);
      const r = await bridge!.operations.create({
        intentId: crypto.randomUUID(),
        operation: { type: 'transfer', fromAccountId: accounts.value.accounts[0]!.id, amount, payee: { bankCode: '0005', branchCode: '101', accountType: 'ordinary', accountNumber: '7654321', name: 'TEST HANAKO' } },
      });
      if (!r.ok) throw new Error(`transfer not created: ${r.error.code}`);
      return r.value as CreateOperationResponse;
    },
  };
  return stack;
}

/** Moves the renderer's clock (Date and every interval) forward, inside act. */
export async function advance(ms: number): Promise<void> {
  await act(async () => {
    vi.advanceTimersByTime(ms);
  });
}

/** A catalog text in the language the stack logged in with. */
export function text(key: MessageKey, vars?: Vars): string {
  return translate(useApp.getState().language, key, vars);
}
