/**
 * The core's log: pino, JSON lines on stderr (stdout belongs to the host's own output). Anything
 * that could be a secret is redacted by key wherever it appears, and the core never logs request
 * bodies of calls that carry passwords or one-time passwords in the first place.
 */
import pino, { type Logger } from 'pino';

export type { Logger };

export const REDACTED_KEYS = [
  'password', 'newLoginPassword', 'confirmationPassword', 'mailOtp', 'tokenOtp', 'token', 'accessToken',
  'authorization', 'Authorization', 'cookie', 'Cookie', 'provisioningUri', 'secret',
] as const;

const paths = REDACTED_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`, `*.*.*.${k}`]);

export function createLogger(level: string, destination: pino.DestinationStream | null = null): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { app: 'netbank-core' },
    redact: { paths, censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options, pino.destination({ fd: 2, sync: true }));
}

export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
