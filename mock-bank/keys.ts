/**
 * The bank's secret key, kept out of the database file: from BANK_SECRET_KEY, else a key file
 * beside the database (`<db>.key`, created with mode 0600), else (for `:memory:`) a random key for
 * this process. A copy of the .sqlite alone therefore reveals no live code: OTPs are HMACs under
 * this key, idempotency fingerprints are keyed, and token secrets are sealed with it.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import type { Db } from './db.js';

export interface BankKeys {
  /** HMAC key of the one-time passwords. */
  otp: Buffer;
  /** HMAC key of the idempotency fingerprints. */
  idempotency: Buffer;
  /** AES-256-GCM key of the token secrets at rest. */
  seal: Buffer;
}

const KEY_BYTES = 32;

function readOrCreateKeyFile(file: string): Buffer {
  try {
    const fd = openSync(file, 'wx', 0o600);
    try {
      const key = randomBytes(KEY_BYTES);
      writeSync(fd, key.toString('hex'));
      return key;
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if ((error as { code?: string }).code !== 'EEXIST') throw error;
  }
  const text = readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-f]{64}$/i.test(text)) throw new Error(`the key file ${file} does not hold 32 bytes as hex`);
  return Buffer.from(text, 'hex');
}

const derive = (master: Buffer, label: string): Buffer => createHmac('sha256', master).update(label).digest();

export function loadKeys(dbPath: string, configured: Buffer | null): BankKeys {
  const master = configured ?? (dbPath === ':memory:' ? randomBytes(KEY_BYTES) : readOrCreateKeyFile(`${dbPath}.key`));
  return { otp: derive(master, 'otp'), idempotency: derive(master, 'idempotency'), seal: derive(master, 'seal') };
}

const SEALED = 'sealed1:';

export function seal(keys: BankKeys, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keys.seal, iv);
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return SEALED + [iv, data, cipher.getAuthTag()].map((b) => b.toString('base64url')).join('.');
}

/** The plain text of a sealed value (a value stored before sealing existed is returned as it is). */
export function unseal(keys: BankKeys, stored: string): string {
  if (!stored.startsWith(SEALED)) return stored;
  const [iv, data, tag] = stored.slice(SEALED.length).split('.').map((p) => Buffer.from(p, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', keys.seal, iv!);
  decipher.setAuthTag(tag!);
  return Buffer.concat([decipher.update(data!), decipher.final()]).toString('utf8');
}

/**
 * Moves an older database to the new key handling: the key once kept in the meta table is
 * deleted (passwords made with it are void, and the unkeyed idempotency fingerprints of that
 * version go with it), and token secrets stored in plain text are sealed.
 */
export function migrateSecrets(db: Db, keys: BankKeys): void {
  db.transaction(() => {
    if (db.prepare(`DELETE FROM meta WHERE key = 'otp-secret'`).run().changes > 0) {
      db.prepare(`UPDATE otps SET status = 'superseded' WHERE status = 'active'`).run();
      db.prepare(`DELETE FROM idempotency`).run(); // unkeyed fingerprints of older versions
    }
    const plain = db.prepare(`SELECT id, totp_secret FROM customers WHERE totp_secret IS NOT NULL AND totp_secret NOT LIKE 'sealed1:%'`).all() as { id: number; totp_secret: string }[];
    for (const r of plain) db.prepare(`UPDATE customers SET totp_secret = ? WHERE id = ?`).run(seal(keys, r.totp_secret), r.id);
  })();
}
