/** The demo bank's settings: environment variables, checked with zod. */
import { readFileSync } from 'node:fs';
import * as z from 'zod';

const Port = z.coerce.number().int().min(0).max(65535);
const Seconds = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const Flag = z
  .enum(['', '0', '1', 'true', 'false'])
  .transform((v) => v === '1' || v === 'true');

/** The real mail server of BANK_SMTP_URL (mail-relay.ts). */
export interface SmtpRelaySettings {
  /** smtps: TLS from the first byte; smtp: STARTTLS. */
  secure: boolean;
  host: string;
  port: number;
  user: string | null;
  pass: string | null;
  /** PEM text of BANK_SMTP_CA, trusted besides the usual roots. */
  ca: string | null;
}

// The URL holds a password: no message below repeats the value.
const SMTP_URL_FORM = 'must be smtp://[user:password@]host[:port] (STARTTLS) or smtps://… (TLS)';
const SmtpUrl = z.string().max(2048).transform((text, ctx): Omit<SmtpRelaySettings, 'ca'> => {
  try {
    const url = new URL(text);
    const bad = (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') || url.hostname === '' || (url.pathname !== '' && url.pathname !== '/') || url.search !== '' || url.hash !== '';
    if (!bad && (url.password === '' || url.username !== '')) {
      const secure = url.protocol === 'smtps:';
      const user = url.username === '' ? null : decodeURIComponent(url.username);
      return { secure, host: url.hostname.replace(/^\[(.*)\]$/, '$1'), port: url.port === '' ? (secure ? 465 : 587) : Number(url.port), user, pass: user === null ? null : decodeURIComponent(url.password) };
    }
  } catch {
    // not a URL, or a bad %-escape: the same message
  }
  ctx.addIssue({ code: 'custom', message: SMTP_URL_FORM });
  return z.NEVER;
});
const PemFile = z.string().max(4096).transform((file, ctx) => {
  let pem: string;
  try {
    pem = readFileSync(file, 'utf8');
  } catch {
    ctx.addIssue({ code: 'custom', message: 'cannot read the file' });
    return z.NEVER;
  }
  if (!pem.includes('-----BEGIN CERTIFICATE-----')) {
    ctx.addIssue({ code: 'custom', message: 'must be a PEM file of certificates' });
    return z.NEVER;
  }
  return pem;
});

export const BankEnv = z.object({
  BANK_PORT: Port.default(4010),
  SINK_SMTP_PORT: Port.default(2525),
  SINK_HTTP_PORT: Port.default(4025),
  BANK_HOST: z.literal('127.0.0.1').default('127.0.0.1'),
  BANK_DB: z.string().min(1).max(4096).default('.data/bank.sqlite'),
  BANK_RESET: Flag.default(false),
  BANK_OTP_TTL_S: Seconds(1, 86_400).default(600),
  BANK_OTP_MAX_ATTEMPTS: Seconds(1, 100).default(5),
  BANK_OTP_RESEND_COOLDOWN_S: Seconds(0, 3600).default(30),
  BANK_LOCK_AFTER: Seconds(1, 100).default(5),
  /** 1 (default, the bank's guide): every transfer needs the second factor; 0: a registered payee needs the confirmation password only. */
  BANK_REGISTERED_PAYEE_OTP: Flag.default(true),
  BANK_DAILY_LIMIT: z.coerce.number().int().min(1).max(1_000_000_000).default(2_000_000),
  /** The highest daily limit a customer may set (never below BANK_DAILY_LIMIT). */
  BANK_DAILY_LIMIT_MAX: z.coerce.number().int().min(1000).max(1_000_000_000).default(10_000_000),
  /** Idle timeout of a login session: each authenticated request extends it by this much. */
  BANK_SESSION_TTL_S: Seconds(10, 86_400).default(900),
  /** Absolute lifetime of a login session, however busy it is. */
  BANK_SESSION_MAX_S: Seconds(10, 7 * 86_400).default(3600),
  /** Wrong one-time passwords (mail or token) per customer in 24 h before sensitive operations lock. */
  BANK_OTP_FAILURES_BEFORE_LOCK: Seconds(1, 1_000_000).default(10),
  /** Passwords issued per customer in a rolling hour (new operations, resends, start-of-use mails). */
  BANK_OTP_ISSUE_PER_HOUR: Seconds(1, 1_000_000).default(10),
  /** 32 bytes as 64 hex digits or base64: the key for OTP HMACs, idempotency fingerprints and token secrets. */
  BANK_SECRET_KEY: z.string().regex(/^(?:[0-9a-fA-F]{64}|[A-Za-z0-9+/_-]{43}=?)$/, 'must be 32 bytes as 64 hex digits or base64').optional(),
  /** 1: the tester controls under /api/v1/tester and on the mailbox page (never in a customer's build). */
  BANK_TESTER_CONTROLS: Flag.default(false),
  /** More customers like mail-user (mail-user-001 …) created with the seed, for load tests with many customers. */
  BANK_EXTRA_MAIL_CUSTOMERS: z.coerce.number().int().min(0).max(999).default(0),
  BANK_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
  /** smtp://user:pass@host:587 (STARTTLS) or smtps://…: every bank mail also goes to this server. */
  BANK_SMTP_URL: SmtpUrl.optional(),
  /** A PEM file of the certificate(s) to trust for BANK_SMTP_URL (a self-signed server). */
  BANK_SMTP_CA: PemFile.optional(),
});

export interface BankConfig {
  host: '127.0.0.1';
  apiPort: number;
  smtpPort: number;
  mailboxPort: number;
  dbPath: string;
  reset: boolean;
  otpTtlSeconds: number;
  otpMaxAttempts: number;
  otpResendCooldownSeconds: number;
  lockAfter: number;
  dailyLimitYen: number;
  /** BANK_DAILY_LIMIT_MAX: the highest limit a customer may set; the maximum in force is never below dailyLimitYen. */
  dailyLimitMaxYen: number;
  /** Whether a transfer to a registered payee needs the one-time factor too (BANK_REGISTERED_PAYEE_OTP). */
  registeredPayeeNeedsOtp: boolean;
  sessionTtlSeconds: number;
  sessionMaxSeconds: number;
  otpFailuresBeforeLock: number;
  otpIssuePerHour: number;
  /** The key from BANK_SECRET_KEY; without it, a key file beside the database (or a random one for :memory:). */
  secretKey: Buffer | null;
  /** BANK_TESTER_CONTROLS: clock, faults, mail delay/hold, lock and reset controls for testers. */
  testerControls: boolean;
  /** BANK_EXTRA_MAIL_CUSTOMERS: seeded besides the four seed customers (seed.ts extraMailCustomers). */
  extraMailCustomers: number;
  logLevel: z.infer<typeof BankEnv>['BANK_LOG_LEVEL'];
  /** A real mail server that gets a copy of every mail (BANK_SMTP_URL), or null. */
  smtpRelay: SmtpRelaySettings | null;
}

export const DEFAULT_CONFIG: BankConfig = configFromEnv({});

function decodeKey(text: string): Buffer {
  return /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

function toConfig(e: z.infer<typeof BankEnv>): BankConfig {
  return {
    host: e.BANK_HOST,
    apiPort: e.BANK_PORT,
    smtpPort: e.SINK_SMTP_PORT,
    mailboxPort: e.SINK_HTTP_PORT,
    dbPath: e.BANK_DB,
    reset: e.BANK_RESET,
    otpTtlSeconds: e.BANK_OTP_TTL_S,
    otpMaxAttempts: e.BANK_OTP_MAX_ATTEMPTS,
    otpResendCooldownSeconds: e.BANK_OTP_RESEND_COOLDOWN_S,
    lockAfter: e.BANK_LOCK_AFTER,
    dailyLimitYen: e.BANK_DAILY_LIMIT,
    dailyLimitMaxYen: e.BANK_DAILY_LIMIT_MAX,
    registeredPayeeNeedsOtp: e.BANK_REGISTERED_PAYEE_OTP,
    sessionTtlSeconds: e.BANK_SESSION_TTL_S,
    sessionMaxSeconds: e.BANK_SESSION_MAX_S,
    otpFailuresBeforeLock: e.BANK_OTP_FAILURES_BEFORE_LOCK,
    otpIssuePerHour: e.BANK_OTP_ISSUE_PER_HOUR,
    secretKey: e.BANK_SECRET_KEY === undefined ? null : decodeKey(e.BANK_SECRET_KEY),
    testerControls: e.BANK_TESTER_CONTROLS,
    extraMailCustomers: e.BANK_EXTRA_MAIL_CUSTOMERS,
    logLevel: e.BANK_LOG_LEVEL,
    smtpRelay: e.BANK_SMTP_URL === undefined ? null : { ...e.BANK_SMTP_URL, ca: e.BANK_SMTP_CA ?? null },
  };
}

/** Parses the environment; an empty variable counts as unset. */
export function parseBankEnv(env: Record<string, string | undefined>): { ok: true; config: BankConfig } | { ok: false; problems: string[] } {
  const picked: Record<string, string> = {};
  for (const key of Object.keys(BankEnv.shape)) {
    const v = env[key];
    if (v !== undefined && v !== '') picked[key] = v;
  }
  const parsed = BankEnv.safeParse(picked);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  }
  return { ok: true, config: toConfig(parsed.data) };
}

function configFromEnv(env: Record<string, string | undefined>): BankConfig {
  const r = parseBankEnv(env);
  if (!r.ok) throw new Error(r.problems.join('; '));
  return r.config;
}
