/**
 * One demo bank plus one browser host in front of it: what a spec needs to drive the real app.
 * The shared stack comes from the global setup (E2E_SHARED); specs that change a customer's state
 * or need other bank settings start their own.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RAISED_OTP_LIMITS, startBankProcess, type BankProcess } from '../bank-process.js';
import { RENDERER_COPY_ENV } from './renderer-copy.js';

export interface Stack {
  appUrl: string;
  apiUrl: string;
  mailboxUrl: string;
  /** What the bank process logged so far (one JSON line per request); only for a spec's own stack. */
  bankLogs?(): string;
  stop(): Promise<void>;
}

interface HostHandle { url: string; stop(): Promise<unknown> }
type StartHost = (options: { bankUrl: string; env?: Record<string, string>; readyTimeoutMs?: number }) => Promise<HostHandle>;

const here = path.dirname(fileURLToPath(import.meta.url));

/** Why the E2E suite cannot run here, or null when it can. */
export function missingPrerequisite(): string | null {
  if (!existsSync(path.join(here, '../host-process.ts'))) return 'the browser host test support (tests/support/host-process.ts) is not there yet';
  if (!existsSync('/usr/bin/chromium')) return 'Debian Chromium (/usr/bin/chromium) is not installed';
  return null;
}

export interface StackOptions {
  bankEnv?: Record<string, string>;
  hostEnv?: Record<string, string>;
}

/** How long a child may take to say it is ready: generous, several suites share two cores. */
export const STACK_READY_MS = 60_000;
/** For the hook that starts a stack: bank and host one after the other, with room to spare. */
export const STACK_HOOK_MS = 2 * STACK_READY_MS + 30_000;

let stacks = 0;

/** For a host a spec starts itself: serve the run's own copy of the renderer (see renderer-copy.ts). */
export function rendererEnv(): Record<string, string> {
  const dir = process.env[RENDERER_COPY_ENV];
  return dir ? { NETBANK_RENDERER_DIR: dir } : {};
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  // Each stack remembers things in a keychain entry of its own: specs run side by side, and one
  // spec's language or remembered ID must not show up in another's.
  const keychain = { NETBANK_KEYCHAIN_ACCOUNT: `e2e-${process.pid}-${++stacks}` };
  // The per-customer one-time-password limits are raised for specs that are not about them (many
  // operations and wrong passwords for one customer); a spec about the limits sets its own.
  const bank: BankProcess = await startBankProcess({ env: { BANK_RESET: '1', ...RAISED_OTP_LIMITS, ...options.bankEnv }, readyTimeoutMs: STACK_READY_MS });
  let host: HostHandle;
  try {
    const hostModule = (await import(path.join(here, '../host-process.ts'))) as { startHostProcess: StartHost };
    host = await hostModule.startHostProcess({ bankUrl: bank.apiUrl, readyTimeoutMs: STACK_READY_MS, env: { ...keychain, ...rendererEnv(), ...options.hostEnv } });
  } catch (e) {
    await bank.stop();
    throw e;
  }
  return {
    appUrl: host.url,
    apiUrl: bank.apiUrl,
    mailboxUrl: bank.mailboxUrl,
    bankLogs: () => bank.logs(),
    async stop() {
      await host.stop();
      await bank.stop();
    },
  };
}

export function sharedStack(): Omit<Stack, 'stop'> {
  const raw = process.env.E2E_SHARED;
  if (!raw) throw new Error('E2E_SHARED is not set: run through tests/e2e/playwright.config.ts');
  return JSON.parse(raw) as Omit<Stack, 'stop'>;
}
