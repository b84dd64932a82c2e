/** What every part of the bank shares: database, settings, clock, keys, mailer, logger. */
import type { Logger } from 'pino';
import type { BankConfig } from './config.js';
import type { Db } from './db.js';
import type { BankKeys } from './keys.js';
import type { Mailer } from './mail.js';

export interface BankContext {
  db: Db;
  config: BankConfig;
  /** Milliseconds since the epoch; tests may pass their own clock to startBank. */
  now: () => number;
  keys: BankKeys;
  mailer: Mailer;
  log: Logger;
}

export const iso = (ms: number): string => new Date(ms).toISOString();
