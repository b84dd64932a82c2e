/**
 * Runs the built browser host (dist/host/main.cjs) as a child process in front of a given bank,
 * never starting a bank of its own. Builds it first when the sources are newer. Used by the host's
 * integration tests, the E2E suite and the reliability suites.
 */
import path from 'node:path';
import { endChild, ensureBuilt, root, spawnUntilReady } from './child-process.js';

export const HOST_ENTRY = path.join(root, 'dist/host/main.cjs');
const BRIDGE_SCRIPT = path.join(root, 'dist/host/bridge-client.js');

/** Builds the host when dist/ is missing or older than its sources (core, host, shared). */
export function ensureHostBuilt(): void {
  ensureBuilt('host', [HOST_ENTRY, BRIDGE_SCRIPT], ['src-main/core', 'src-main/browser-host', 'src-shared']);
}

export interface HostProcess {
  /** The URL with the token, as the host printed it. */
  url: string;
  origin: string;
  token: string;
  pid: number;
  logs(): string;
  /** SIGTERM; resolves with the exit code. */
  stop(): Promise<number | null>;
  kill(): Promise<void>;
}

export interface HostProcessOptions {
  bankUrl: string;
  /** Extra environment (NETBANK_IDLE_TIMEOUT_S, NETBANK_KIOSK, ...). */
  env?: Record<string, string>;
  /** Extra command-line arguments (--renderer-dir, --port, ...). */
  args?: string[];
  readyTimeoutMs?: number;
}

/** What the child inherits: enough to run and to reach a keychain session, nothing else. */
const PASS_THROUGH = ['PATH', 'HOME', 'DBUS_SESSION_BUS_ADDRESS', 'XDG_RUNTIME_DIR', 'XDG_DATA_HOME', 'NETBANK_KEYRING_SESSION', 'TMPDIR'];

export async function startHostProcess(options: HostProcessOptions): Promise<HostProcess> {
  ensureHostBuilt();
  const env: Record<string, string> = {};
  for (const k of PASS_THROUGH) if (process.env[k] !== undefined) env[k] = process.env[k]!;
  Object.assign(env, { NETBANK_LOG_LEVEL: 'info' }, options.env);
  const output: string[] = [];
  const run = await spawnUntilReady({
    label: 'browser host',
    entry: HOST_ENTRY,
    args: ['--no-bank-start', '--bank', options.bankUrl, ...(options.args ?? [])],
    env,
    readyLine: /^NETBANK_URL=(\S+)$/m,
    timeoutMs: options.readyTimeoutMs ?? 40_000, // generous for a loaded machine; ready in a second or two otherwise
    output,
  });
  const url = run.ready[1]!;
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    pid: run.child.pid ?? -1,
    logs: () => output.join(''),
    stop: () => endChild(run, 'SIGTERM'),
    async kill() {
      await endChild(run, 'SIGKILL');
    },
  };
}
