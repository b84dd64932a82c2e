/**
 * The core's settings, from command-line flags and environment variables. Pure: the caller hands
 * in argv, env and a file reader, and gets a typed result (never an exception) naming each problem.
 */
import { DEFAULT_BANK_PROFILE, parseBankProfile, type BankProfile } from '../../src-shared/bank-profile/index.js';
import type { HostKind, Language } from '../../src-shared/ipc/contract.js';
import type { RetryPolicy } from './bank-client/call.js';

export const DEFAULT_BANK_URL = 'http://127.0.0.1:4010';

export interface Timeouts {
  /** Seconds without activity before the session ends (default 600). */
  idleSeconds: number;
  /**
   * Seconds WITHOUT ACTIVITY after which the idle warning appears (default 540: one minute before
   * the end). Not the length of the warning: the dialog counts down `idleSeconds − idleWarningSeconds`.
   * Env NETBANK_IDLE_WARNING_S has this meaning too, and must be below NETBANK_IDLE_TIMEOUT_S.
   */
  idleWarningSeconds: number;
  /** Seconds after login when the session ends whatever the activity (default 3600). */
  absoluteSeconds: number;
  /** Milliseconds to open a connection to the bank. */
  connectMs: number;
  /** Milliseconds for a whole bank call (one attempt). */
  requestMs: number;
}

export interface CoreConfig {
  bankUrl: string;
  profile: BankProfile;
  kiosk: boolean;
  testBuild: boolean;
  version: string;
  host: HostKind;
  timeouts: Timeouts;
  /** Bank-call attempts for retryable calls (first try included) and the backoff bounds. */
  retry: RetryPolicy;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent';
  /**
   * The keychain entry's account name (env NETBANK_KEYCHAIN_ACCOUNT, default "preferences"). Two
   * copies of the app that must not share what they remember (test runs side by side, a developer's
   * second profile) each take their own.
   */
  keychainAccount: string;
  /** Kiosks: whether the kiosk file allows printing (kiosk.json allowPrinting); files are never saved in a kiosk. */
  allowPrinting?: boolean;
  /**
   * Kiosks: the languages the terminal offers (kiosk.json languages). The core refuses any other,
   * tells the window which to offer (app.info), and every fresh customer starts in the first one.
   */
  kioskLanguages?: Language[];
}

export const DEFAULT_TIMEOUTS: Timeouts = {
  idleSeconds: 600,
  idleWarningSeconds: 540,
  absoluteSeconds: 3600,
  connectMs: 3000,
  requestMs: 15000,
};

export function defaultConfig(overrides: Partial<CoreConfig> = {}): CoreConfig {
  return {
    bankUrl: DEFAULT_BANK_URL,
    profile: DEFAULT_BANK_PROFILE,
    kiosk: false,
    testBuild: false,
    version: '0.0.0',
    host: 'browser',
    timeouts: { ...DEFAULT_TIMEOUTS },
    retry: { attempts: 3, baseDelayMs: 100, maxDelayMs: 2000 },
    logLevel: 'info',
    keychainAccount: 'preferences',
    ...overrides,
  };
}

const LOOPBACK_HOSTS = new Set(['localhost', '[::1]', '::1']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}

/** A bank URL the app may use: https anywhere, plain http only on this machine; no credentials. */
export function checkBankUrl(raw: string): { ok: true; url: string } | { ok: false; problem: string } {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return { ok: false, problem: `bank URL is not a URL: ${raw}` };
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return { ok: false, problem: `bank URL must be http(s): ${u.protocol}` };
  if (u.username || u.password) return { ok: false, problem: 'bank URL must not carry a user name or password' };
  if (u.search || u.hash) return { ok: false, problem: 'bank URL must not carry a query or fragment' };
  if (u.protocol === 'http:' && !isLoopbackHost(u.hostname)) {
    return { ok: false, problem: `bank URL must use https unless the bank is on this machine (got ${u.hostname})` };
  }
  const path = u.pathname.replace(/\/+$/, '');
  return { ok: true, url: `${u.protocol}//${u.host}${path}` };
}

export interface ConfigSources {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  readFile: (path: string) => string;
}

/** Flags the core understands; hosts may pass others and read them themselves. */
export function flagValue(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === `--${name}`) return argv[i + 1];
    if (a.startsWith(`--${name}=`)) return a.slice(name.length + 3);
  }
  return undefined;
}

export function hasFlag(argv: readonly string[], name: string): boolean {
  return argv.includes(`--${name}`);
}

function truthy(v: string | undefined): boolean {
  return v === '1' || v === 'true';
}

function positiveInt(name: string, raw: string | undefined, fallback: number, problems: string[]): number {
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d{1,9}$/.test(raw) || Number(raw) <= 0) {
    problems.push(`${name} must be a positive whole number (got ${JSON.stringify(raw)})`);
    return fallback;
  }
  return Number(raw);
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'silent'] as const;

export function loadConfig(src: ConfigSources, base: Partial<CoreConfig> = {}): { ok: true; config: CoreConfig } | { ok: false; problems: string[] } {
  const { argv, env } = src;
  const problems: string[] = [];
  const config = defaultConfig(base);

  const rawUrl = flagValue(argv, 'bank') ?? env.BANK_URL ?? DEFAULT_BANK_URL;
  const url = checkBankUrl(rawUrl);
  if (url.ok) config.bankUrl = url.url;
  else problems.push(url.problem);

  const profilePath = flagValue(argv, 'profile') ?? env.NETBANK_PROFILE;
  if (profilePath) {
    let text: string | null = null;
    try {
      text = src.readFile(profilePath);
    } catch {
      problems.push(`bank profile file cannot be read: ${profilePath}`);
    }
    if (text !== null) {
      const parsed = parseBankProfile(text);
      if (parsed.ok) config.profile = parsed.value;
      else if (parsed.error.code === 'PROFILE_NOT_JSON') problems.push(`bank profile ${profilePath} is not JSON`);
      else problems.push(...parsed.error.issues.map((i) => `bank profile ${profilePath}: ${i}`));
    }
  }

  config.kiosk = hasFlag(argv, 'kiosk') || truthy(env.NETBANK_KIOSK);
  config.testBuild = config.testBuild || truthy(env.NETBANK_TEST_BUILD);

  const t = config.timeouts;
  t.idleSeconds = positiveInt('NETBANK_IDLE_TIMEOUT_S', env.NETBANK_IDLE_TIMEOUT_S, t.idleSeconds, problems);
  const warnDefault = env.NETBANK_IDLE_TIMEOUT_S ? Math.max(1, t.idleSeconds - 60) : t.idleWarningSeconds;
  t.idleWarningSeconds = positiveInt('NETBANK_IDLE_WARNING_S', env.NETBANK_IDLE_WARNING_S, warnDefault, problems);
  if (t.idleWarningSeconds >= t.idleSeconds) {
    problems.push(
      `the idle warning must come before the idle timeout: NETBANK_IDLE_WARNING_S (${t.idleWarningSeconds} s without activity until the warning) ` +
        `must be less than NETBANK_IDLE_TIMEOUT_S (${t.idleSeconds} s without activity until logout)`,
    );
  }
  t.absoluteSeconds = positiveInt('NETBANK_ABSOLUTE_TIMEOUT_S', env.NETBANK_ABSOLUTE_TIMEOUT_S, t.absoluteSeconds, problems);
  t.connectMs = positiveInt('NETBANK_CONNECT_TIMEOUT_MS', env.NETBANK_CONNECT_TIMEOUT_MS, t.connectMs, problems);
  t.requestMs = positiveInt('NETBANK_REQUEST_TIMEOUT_MS', env.NETBANK_REQUEST_TIMEOUT_MS, t.requestMs, problems);

  const account = env.NETBANK_KEYCHAIN_ACCOUNT;
  if (account !== undefined && account !== '') {
    if (/^[A-Za-z0-9._-]{1,64}$/.test(account)) config.keychainAccount = account;
    else problems.push('NETBANK_KEYCHAIN_ACCOUNT must be 1–64 letters, digits, dots, dashes or underscores');
  }

  const level = env.NETBANK_LOG_LEVEL;
  if (level !== undefined && level !== '') {
    if ((LOG_LEVELS as readonly string[]).includes(level)) config.logLevel = level as CoreConfig['logLevel'];
    else problems.push(`NETBANK_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  }
  return problems.length ? { ok: false, problems } : { ok: true, config };
}
