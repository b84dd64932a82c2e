/** The bank's SQLite database: schema and WAL mode. (Its keys live outside it: keys.ts.) */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

export type Db = Database.Database;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS customers (
  id INTEGER PRIMARY KEY,
  login_id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  login_pw_hash TEXT NOT NULL,
  confirm_pw_hash TEXT,
  email TEXT,
  token_state TEXT NOT NULL DEFAULT 'not-used',
  totp_secret TEXT,
  totp_last_counter INTEGER NOT NULL DEFAULT 0,
  start_of_use_done INTEGER NOT NULL DEFAULT 0,
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  locked INTEGER NOT NULL DEFAULT 0
);
-- Wrong login passwords for IDs no customer has, counted like a customer's so that the answers do
-- not tell which IDs exist. Rows go a day after their last failure.
CREATE TABLE IF NOT EXISTS unknown_login_failures (
  login_id TEXT PRIMARY KEY,
  failed_attempts INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS select_emails (
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  slot INTEGER NOT NULL CHECK (slot IN (1, 2)),
  use INTEGER NOT NULL DEFAULT 0,
  address TEXT,
  otp_destination INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (customer_id, slot)
);
CREATE TABLE IF NOT EXISTS sessions (
  token_hash TEXT PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  channel TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  revoked INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS pending_start_of_use (
  customer_id INTEGER PRIMARY KEY REFERENCES customers(id),
  login_pw_hash TEXT NOT NULL,
  confirm_pw_hash TEXT NOT NULL,
  email TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS accounts (
  id TEXT PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  branch_code TEXT NOT NULL,
  branch_name TEXT NOT NULL,
  type TEXT NOT NULL,
  number TEXT NOT NULL,
  balance INTEGER NOT NULL CHECK (balance >= 0),
  UNIQUE (branch_code, type, number)
);
CREATE TABLE IF NOT EXISTS transactions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  account_id TEXT NOT NULL REFERENCES accounts(id),
  posted_at INTEGER NOT NULL,
  kind TEXT NOT NULL,
  description TEXT NOT NULL,
  amount INTEGER NOT NULL,
  balance_after INTEGER NOT NULL CHECK (balance_after >= 0),
  receipt_number TEXT
);
CREATE INDEX IF NOT EXISTS transactions_by_account ON transactions (account_id, id);
CREATE TABLE IF NOT EXISTS payees (
  id TEXT PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  name TEXT NOT NULL,
  bank_code TEXT NOT NULL,
  branch_code TEXT NOT NULL,
  account_type TEXT NOT NULL,
  account_number TEXT NOT NULL,
  bank_name TEXT NOT NULL,
  branch_name TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS operations (
  id TEXT PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  type TEXT NOT NULL,
  channel TEXT NOT NULL,
  status TEXT NOT NULL,
  step INTEGER NOT NULL,
  factors TEXT NOT NULL,
  request TEXT NOT NULL,
  summary TEXT NOT NULL,
  pending TEXT,
  created_at INTEGER NOT NULL,
  receipt_number TEXT,
  completed_at INTEGER
);
CREATE TABLE IF NOT EXISTS otps (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  purpose TEXT NOT NULL,
  operation_id TEXT,
  step INTEGER NOT NULL,
  code_mac BLOB NOT NULL,
  reference TEXT NOT NULL,
  destinations TEXT NOT NULL,
  sent_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS otps_by_customer ON otps (customer_id, status);
CREATE INDEX IF NOT EXISTS otps_by_customer_time ON otps (customer_id, sent_at);
-- Wrong one-time passwords (mail or token), one row each, counted per customer over 24 h.
CREATE TABLE IF NOT EXISTS otp_failures (
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS otp_failures_by_customer ON otp_failures (customer_id, at);
-- Customers whose one-time-password budget was spent: sensitive operations stay refused until the
-- bank lifts the lock (a call to the bank); waiting does not lift it.
CREATE TABLE IF NOT EXISTS otp_locks (
  customer_id INTEGER PRIMARY KEY REFERENCES customers(id),
  locked_at INTEGER NOT NULL
);
-- Password checks under way (login or confirmation password), per customer ('c<id>') or unknown
-- login ID ('u<id>'): reserved before the scrypt check, so a burst cannot check more than the lock
-- allows. Emptied at start (a check cannot outlive its process).
CREATE TABLE IF NOT EXISTS password_checks (
  subject TEXT PRIMARY KEY,
  running INTEGER NOT NULL
);
-- Every successful login (time, channel), newest served first; session_hash marks a session's own.
CREATE TABLE IF NOT EXISTS logins (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  at INTEGER NOT NULL,
  channel TEXT NOT NULL,
  session_hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS logins_by_customer ON logins (customer_id, id);
-- Login notice mails: a customer without a row has them on (the seed's state).
CREATE TABLE IF NOT EXISTS login_notices (
  customer_id INTEGER PRIMARY KEY REFERENCES customers(id),
  enabled INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
-- A customer's own daily transfer limit (without a row: BANK_DAILY_LIMIT) and a raise waiting
-- for its day (Japan-time midnight, ms).
CREATE TABLE IF NOT EXISTS transfer_limits (
  customer_id INTEGER PRIMARY KEY REFERENCES customers(id),
  daily_limit INTEGER NOT NULL,
  pending_limit INTEGER,
  pending_from INTEGER
);
CREATE TABLE IF NOT EXISTS idempotency (
  scope TEXT NOT NULL,
  key TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  state TEXT NOT NULL,
  status_code INTEGER,
  body TEXT,
  created_at INTEGER NOT NULL,
  -- The operation a create made under this key, written in the same transaction as the operation.
  operation_id TEXT,
  PRIMARY KEY (scope, key)
);
-- Each idempotent request first deletes the keys past their 24 hours: without this index that was
-- a scan of every key the bank kept for a day, on every POST.
CREATE INDEX IF NOT EXISTS idempotency_by_time ON idempotency (created_at);
`;

const TABLES = ['transfer_limits', 'logins', 'login_notices', 'password_checks', 'otp_locks', 'otp_failures', 'unknown_login_failures', 'idempotency', 'otps', 'operations', 'payees', 'transactions', 'accounts', 'pending_start_of_use', 'sessions', 'select_emails', 'customers', 'meta'];

export function openDb(dbPath: string): Db {
  if (dbPath !== ':memory:') mkdirSync(path.dirname(path.resolve(dbPath)), { recursive: true });
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  addMissingColumns(db);
  db.prepare(`DELETE FROM password_checks`).run();
  cacheStatements(db);
  return db;
}

/** Columns added after a database file may have been made: added to an older file at open. */
const ADDED_COLUMNS: [table: string, column: string, type: string][] = [['idempotency', 'operation_id', 'TEXT']];

function addMissingColumns(db: Db): void {
  for (const [table, column, type] of ADDED_COLUMNS) {
    const has = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).some((c) => c.name === column);
    if (!has) db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${type}`);
  }
}

/**
 * Keeps each prepared statement, keyed by its SQL text: the routes call `db.prepare(sql)` on every
 * request, and compiling the same SQL again each time was a large share of a simple GET's CPU
 * time. The SQL texts are fixed strings in the code, so the cache stays small. (No code here puts
 * a statement in raw/pluck/expand mode or iterates one, which a shared statement would not allow.)
 * Each run of a statement that writes (also one with RETURNING, run by get or all), and each exec,
 * counts one write (see writeCount).
 */
function cacheStatements(db: Db): void {
  const prepare = db.prepare.bind(db);
  const exec = db.exec.bind(db);
  const cache = new Map<string, ReturnType<Db['prepare']>>();
  const count = { writes: 0 };
  WRITES.set(db, count);
  db.prepare = ((sql: string) => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = prepare(sql);
      // A write with RETURNING gives rows (reader is true) and is run with get() or all().
      if (!stmt.reader || /\bRETURNING\b/i.test(sql)) countWrites(stmt, count);
      cache.set(sql, stmt);
    }
    return stmt;
  }) as Db['prepare'];
  db.exec = ((sql: string) => {
    count.writes += 1;
    return exec(sql);
  }) as Db['exec'];
}

const WRITES = new WeakMap<Db, { writes: number }>();

/** Makes each run of a writing statement (run, get or all) count one write before it runs. */
function countWrites(stmt: Database.Statement, count: { writes: number }): void {
  for (const method of ['run', 'get', 'all'] as const) {
    const original = (stmt[method] as (...params: unknown[]) => unknown).bind(stmt);
    (stmt as unknown as Record<string, unknown>)[method] = (...params: unknown[]) => {
      count.writes += 1;
      return original(...params);
    };
  }
}

/**
 * How many writes this connection has made (statement runs that write, and execs; counted before
 * they run, so a failed or rolled-back write counts too). Something read from the database is
 * still what the database holds while this number has not moved: the bank's process is the only
 * writer of its file (other tools open it read-only, or while the bank is stopped).
 */
export function writeCount(db: Db): number {
  return WRITES.get(db)?.writes ?? Number.NaN;
}

/** Drops every row (BANK_RESET=1), so the seed starts from nothing. */
export function wipe(db: Db): void {
  db.transaction(() => {
    for (const t of TABLES) db.prepare(`DELETE FROM ${t}`).run();
  })();
}

export function isSeeded(db: Db): boolean {
  return db.prepare(`SELECT 1 FROM customers LIMIT 1`).get() !== undefined;
}
