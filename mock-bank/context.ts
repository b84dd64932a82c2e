/** What every part of the bank shares: database, settings, clock, OTP key, mailer, logger. */
import type { Logger } from 'pino';
import type { BankConfig } from './config.js';
import type { Db } from './db.js';
import type { Mailer } from './mail.js';

export interface BankContext {
  db: Db;
  config: BankConfig;
  /** Milliseconds since the epoch; tests may pass their own clock to startBank. */
  now: () => number;
  otpSecret: Buffer;
  mailer: Mailer;
  log: Logger;
}

export const iso = (ms: number): string => new Date(ms).toISOString();
