/**
 * The core's log: JSON lines on stderr (stdout belongs to the host's own output), in pino's line
 * shape (`level` as a number, `time`, `pid`, `hostname`, the base fields, `msg`) so the same tools
 * read the core's and the bank's logs. Anything that could be a secret is redacted by key at any
 * depth, and the core never logs request bodies of calls that carry passwords or one-time
 * passwords in the first place.
 *
 * The core had used pino; loading it (and the worker, stream and assert modules it pulls in) and
 * compiling its redaction paths took about 25 ms of every start of Electron's main, a quarter of
 * the core's start budget (bench/core-start.mjs), for four level methods the core uses. This writer
 * does only that: one synchronous write per line, so a crash loses nothing already logged.
 */
import { writeSync } from 'node:fs';
import { hostname } from 'node:os';

export const REDACTED_KEYS = [
  'password', 'newLoginPassword', 'confirmationPassword', 'mailOtp', 'tokenOtp', 'token', 'accessToken',
  'authorization', 'Authorization', 'cookie', 'Cookie', 'provisioningUri', 'secret',
] as const;

const REDACTED = new Set<string>(REDACTED_KEYS);
const CENSOR = '[redacted]';
/** Deeper than any object the core logs; below it a value is replaced, never written unredacted. */
const MAX_DEPTH = 8;

const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Infinity } as const;
export type LevelName = keyof typeof LEVELS;

/** Any plain object of fields (an interface's values too, hence object rather than a record). */
type Fields = object;
type LogMethod = {
  (msg: string): void;
  (fields: Fields, msg?: string): void;
};

export interface Logger {
  readonly level: LevelName;
  debug: LogMethod;
  info: LogMethod;
  warn: LogMethod;
  error: LogMethod;
}

/** Where lines go: anything with a write(string), such as a Writable in tests. */
export interface LogDestination {
  write(line: string): unknown;
}

/** A copy of `value` with every redacted key's value censored, errors as plain fields, no cycles. */
export function redactValue(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object') return typeof value === 'bigint' ? value.toString() : value;
  if (depth >= MAX_DEPTH) return '[too deep]';
  if (value instanceof Error) return { type: value.name, message: value.message, ...(value.stack ? { stack: value.stack } : {}) };
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1));
  const toJson = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJson === 'function') return redactValue(toJson.call(value), depth + 1);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = REDACTED.has(k) ? CENSOR : redactValue(v, depth + 1);
  return out;
}

/** stderr, written synchronously; a full pipe is retried briefly, and logging never throws. */
const stderr: LogDestination = {
  write(line: string) {
    const bytes = Buffer.from(line);
    let off = 0;
    for (let tries = 0; off < bytes.length && tries < 100; tries++) {
      try {
        off += writeSync(2, bytes, off);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') return;
      }
    }
  },
};

function levelOf(name: string): LevelName {
  if (name in LEVELS) return name as LevelName;
  throw new Error(`unknown log level "${name}" (one of ${Object.keys(LEVELS).join(', ')})`);
}

export function createLogger(level: string, destination: LogDestination = stderr): Logger {
  const name = levelOf(level);
  const threshold = LEVELS[name];
  const head = `"pid":${process.pid},"hostname":${JSON.stringify(hostname())},"app":"netbank-core"`;
  const method = (n: number): LogMethod =>
    n < threshold
      ? () => undefined
      : (a: Fields | string, msg?: string) => {
        const fields = typeof a === 'string' ? null : (redactValue(a) as Fields);
        const text = typeof a === 'string' ? a : msg;
        let line = `{"level":${n},"time":${Date.now()},${head}`;
        if (fields) {
          const body = JSON.stringify(fields);
          if (body.length > 2) line += `,${body.slice(1, -1)}`;
        }
        if (text !== undefined) line += `,"msg":${JSON.stringify(text)}`;
        destination.write(`${line}}\n`);
      };
  return { level: name, debug: method(LEVELS.debug), info: method(LEVELS.info), warn: method(LEVELS.warn), error: method(LEVELS.error) };
}

export function silentLogger(): Logger {
  return createLogger('silent');
}
