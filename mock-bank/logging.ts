/**
 * pino with secrets redacted. Requests are logged by one line each (RequestLineController below); the
 * fields logged are chosen there, and these redact paths are a second fence in case something wider is ever logged.
 */
import { LogController, type FastifyBaseLogger, type FastifyReply, type FastifyRequest } from 'fastify';
import pino, { type Bindings, type ChildLoggerOptions, type DestinationStream, type Logger } from 'pino';

export const REDACT_PATHS = [
  'password', '*.password', 'newLoginPassword', '*.newLoginPassword',
  'confirmationPassword', '*.confirmationPassword', 'mailOtp', '*.mailOtp', 'tokenOtp', '*.tokenOtp',
  'otp.code', 'code', '*.code_mac', 'token', '*.token', 'provisioningUri', '*.provisioningUri',
  'req.headers.authorization', 'headers.authorization', 'authorization', '*.authorization',
  'req.headers.cookie', 'headers.cookie', 'body', '*.body', 'text', 'html',
  'pass', '*.pass', 'smtpRelay', '*.smtpRelay',
];

const BASE = { svc: 'demo-bank' };

export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, base: BASE, redact: { paths: REDACT_PATHS, censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * Gathers the request lines written within a short window (BATCH_MS, or until BATCH_BYTES have
 * gathered) and hands them to `stream` in one write. A write to the log file is a system call that
 * cost more than the rest of a simple GET's logging; gathered per event-loop turn it was still
 * about one write per request under load, because a turn seldom finishes more than one. A line
 * reaches the file at most BATCH_MS after its request ended; close() (and an exit) hands on what
 * is left. Lines logged through `log` itself go out at once, so in the file they may come before
 * request lines that were logged earlier; every line carries its time.
 */
const BATCH_MS = 25;
const BATCH_BYTES = 32 * 1024;
class TimedBatch {
  #pending = '';
  #timer: NodeJS.Timeout | undefined;
  constructor(private readonly stream: DestinationStream) {}
  write(line: string): void {
    this.#pending += line;
    if (this.#pending.length >= BATCH_BYTES) this.flush();
    else this.#timer ??= setTimeout(() => this.flush(), BATCH_MS).unref();
  }
  flush(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#pending === '') return;
    const out = this.#pending;
    this.#pending = '';
    this.stream.write(out);
  }
}

/** The fields of the one line per request (RequestLineController picks them; none can hold a secret). */
export interface RequestFields {
  req: { id: string; method: string; path: string; route: string | null };
  res: { status: number; code: string | null; replayed: boolean };
  customer: number | null;
  ms: number;
}

const json = JSON.stringify;
const BASE_JSON = json(BASE).slice(1, -1);

/** Printable ASCII other than the quote and the backslash: JSON writes such a string as it is, between quotes. */
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/** A string (or null) as JSON.stringify writes it; the common plain case without calling it. */
function quoted(s: string | null): string {
  if (s === null) return 'null';
  return PLAIN.test(s) ? `"${s}"` : json(s);
}

/**
 * The request line, exactly as JSON.stringify({ level: 30, time, ...BASE, ...fields, msg: 'request' })
 * writes it (a unit test holds it to that), put together from its known fields: stringifying the
 * whole object (after spreading it together) was the larger part of a GET's logging, and calling
 * JSON.stringify on each of its five strings still cost more than the rest of the line.
 */
export function requestLine(time: number, f: RequestFields): string {
  const ms = Number.isFinite(f.ms) ? f.ms : null;
  return `{"level":30,"time":${time},${BASE_JSON},"req":{"id":${quoted(f.req.id)},"method":${quoted(f.req.method)},"path":${quoted(f.req.path)},"route":${quoted(f.req.route)}},`
    + `"res":{"status":${f.res.status},"code":${quoted(f.res.code)},"replayed":${f.res.replayed}},"customer":${f.customer},"ms":${ms},"msg":"request"}\n`;
}

/** A request's path: its URL without the query string. */
export function pathOf(url: string): string {
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}

export interface RequestLogger {
  /** Whether request lines are written (`log` at info or below), so the fields are only gathered then. */
  enabled(): boolean;
  line(fields: RequestFields): void;
  /** Hands on what was gathered; at the bank's close. */
  close(): void;
}

/**
 * The batches of the banks running in this process. An exit that skips a bank's close (an uncaught
 * error) still writes what each has gathered, through one exit listener for them all: a process
 * running many banks (the integration tests) had one listener each, and Node warned of a leak.
 */
const open = new Set<TimedBatch>();
let flushingAtExit = false;
function flushedAtExit(batch: TimedBatch): void {
  if (!flushingAtExit) {
    flushingAtExit = true;
    process.once('exit', () => {
      for (const b of open) b.flush();
    });
  }
  open.add(batch);
}

/**
 * The one line per request, in the same JSON shape as `log`'s lines (level, time, the base fields,
 * then the request's, then msg), put together by requestLine from the fields RequestLineController picked. It
 * skips pino's per-line work (child bindings, the redaction pass, its serializers), which cost more
 * than the rest of a simple GET's logging; the level is `log`'s, read on each line. With `batch`
 * (the bank's own output, not a destination handed in, which gets one write per line) the lines
 * reach the output gathered (TimedBatch).
 */
export function createRequestLogger(log: Logger, batch: boolean): RequestLogger {
  const stream = (log as unknown as Record<symbol, DestinationStream>)[pino.symbols.streamSym]!;
  const out = batch ? new TimedBatch(stream) : null;
  if (out) flushedAtExit(out);
  return {
    enabled: () => log.isLevelEnabled('info'),
    line(fields) {
      const text = requestLine(Date.now(), fields);
      if (out) out.write(text);
      else stream.write(text);
    },
    close() {
      if (out) {
        open.delete(out);
        out.flush();
      }
    },
  };
}

/**
 * Fastify's seam for its own per-request log lines, used for the bank's one line per request: it is
 * called once the answer has gone out (or the socket failed), and none of Fastify's own lines are
 * written (errors are logged by the bank's error handler). The fields are picked here: no headers,
 * no bodies, no query strings, and only gathered when the line will be written. The route is the
 * one the handler noted (http.ts); Fastify's routeOptions builds and freezes an object on each read,
 * so it is read only for a request refused before its handler ran (a body that is not JSON, say).
 * An onResponse hook did the same with a hook run on every request.
 */
export class RequestLineController extends LogController {
  constructor(private readonly requestLog: RequestLogger) {
    super({ disableRequestLogging: true });
  }
  override requestCompleted(_error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (!this.requestLog.enabled()) return;
    this.requestLog.line({
      req: { id: request.id, method: request.method, path: pathOf(request.url), route: request.routeUrl ?? request.routeOptions.url ?? null },
      res: { status: reply.statusCode, code: request.errorCode ?? null, replayed: request.replayed === true },
      customer: request.customerId ?? null,
      ms: Math.round(reply.elapsedTime * 10) / 10,
    });
  }
}

/**
 * Fastify's request.log: a pino child bound to the request id, built at the first call that logs
 * through it. Building a child runs the redaction over its bindings (a few µs, a measurable share
 * of a simple GET), and most requests never log through request.log. What is logged, and how it
 * is redacted, is the same as with the child built up front.
 */
class LazyRequestLogger implements FastifyBaseLogger {
  #child: FastifyBaseLogger | undefined;
  constructor(private readonly parent: FastifyBaseLogger, private readonly bindings: Bindings, private readonly options: ChildLoggerOptions) {}
  private get real(): FastifyBaseLogger {
    return (this.#child ??= this.parent.child(this.bindings, this.options));
  }
  get level(): string {
    return this.real.level;
  }
  set level(level: string) {
    this.real.level = level;
  }
  fatal(...args: unknown[]): void { call(this.real, 'fatal', args); }
  error(...args: unknown[]): void { call(this.real, 'error', args); }
  warn(...args: unknown[]): void { call(this.real, 'warn', args); }
  info(...args: unknown[]): void { call(this.real, 'info', args); }
  debug(...args: unknown[]): void { call(this.real, 'debug', args); }
  trace(...args: unknown[]): void { call(this.real, 'trace', args); }
  silent(...args: unknown[]): void { call(this.real, 'silent', args); }
  child(bindings: Bindings, options?: ChildLoggerOptions): FastifyBaseLogger {
    return this.real.child(bindings, options);
  }
}

function call(logger: FastifyBaseLogger, level: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent', args: unknown[]): void {
  (logger[level] as (...a: unknown[]) => void).apply(logger, args);
}

/** Fastify's childLoggerFactory option. */
export function lazyRequestLogger(logger: FastifyBaseLogger, bindings: Bindings, options: ChildLoggerOptions): FastifyBaseLogger {
  return new LazyRequestLogger(logger, bindings, options);
}
