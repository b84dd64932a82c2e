// The bank's key lives outside the database file: BANK_SECRET_KEY or `<db>.key` (mode 0600), never
// the meta table. A copy of the database alone reveals no live code, no token secret and no
// start-of-use password; idempotency fingerprints are keyed; the token set-up details are never
// replayed (410 SECRET_SHOWN_ONCE).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { URI, type TOTP } from 'otpauth';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../mock-bank/crypto.js';
import { stableJson } from '../../../mock-bank/idempotency.js';
import { TOKEN_USER_TOTP_SECRET } from '../../../mock-bank/seed.js';
import { otpFor, startTestBank, type TestBank } from './helpers.js';

let t: TestBank | undefined;
let dir: string | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const freshDb = () => {
  dir = mkdtempSync(path.join(tmpdir(), 'bank-keys-'));
  return path.join(dir, 'bank.sqlite');
};
const fileBytes = (dbPath: string) => ['', '-wal'].map((s) => (existsSync(dbPath + s) ? readFileSync(dbPath + s).toString('latin1') : '')).join('');

describe('keys outside the database', () => {
  it('creates <db>.key with mode 0600 and keeps nothing secret in the database file', async () => {
    const dbPath = freshDb();
    t = await startTestBank({ dbPath });
    expect(statSync(`${dbPath}.key`).mode & 0o777).toBe(0o600);
    const token = await t.api.login('mail-user');
    const op = await t.api.post('/api/v1/operations', { type: 'token-start' }, token);
    const mailOtp = await otpFor(t.mailboxUrl, op.body.otp.reference);
    const step1 = await t.api.post(`/api/v1/operations/${op.body.id}/authorize`, { confirmationPassword: 'demo-confirm-1', mailOtp }, token);
    const secret = (URI.parse(step1.body.provisioningUri as string) as TOTP).secret.base32;
    const db = new Database(dbPath, { readonly: true });
    const meta = db.prepare(`SELECT key FROM meta`).all();
    const sealed = db.prepare(`SELECT totp_secret FROM customers WHERE totp_secret IS NOT NULL`).all() as { totp_secret: string }[];
    db.close();
    expect(meta).toEqual([]);
    expect(sealed.length).toBeGreaterThan(0);
    for (const r of sealed) expect(r.totp_secret).toMatch(/^sealed1:/);
    const bytes = fileBytes(dbPath);
    expect(bytes).not.toContain(secret);
    expect(bytes).not.toMatch(new RegExp(`(?<!\\d)${mailOtp}(?!\\d)`));
    expect(bytes).not.toContain(readFileSync(`${dbPath}.key`, 'utf8').trim());
  });

  it('uses BANK_SECRET_KEY when given (no key file), and the same key across restarts keeps passwords valid', async () => {
    const dbPath = freshDb();
    const secretKey = randomBytes(32);
    t = await startTestBank({ dbPath, secretKey });
    expect(existsSync(`${dbPath}.key`)).toBe(false);
    const token = await t.api.login('mail-user');
    const op = await t.api.post('/api/v1/operations', { type: 'token-start' }, token);
    const mailOtp = await otpFor(t.mailboxUrl, op.body.otp.reference);
    await t.close();
    t = await startTestBank({ dbPath, secretKey });
    const again = await t.api.login('mail-user');
    expect((await t.api.post(`/api/v1/operations/${op.body.id}/authorize`, { confirmationPassword: 'demo-confirm-1', mailOtp }, again)).status).toBe(200);
  });

  it('moves an older database: the meta key is deleted, its passwords void, token secrets sealed', async () => {
    const dbPath = freshDb();
    t = await startTestBank({ dbPath });
    await t.close();
    t = undefined;
    const db = new Database(dbPath);
    db.prepare(`INSERT INTO meta (key, value) VALUES ('otp-secret', ?)`).run(randomBytes(32));
    db.prepare(`UPDATE customers SET totp_secret = ? WHERE login_id = 'token-user'`).run(TOKEN_USER_TOTP_SECRET);
    db.close();
    t = await startTestBank({ dbPath });
    const check = new Database(dbPath, { readonly: true });
    expect(check.prepare(`SELECT COUNT(*) AS n FROM meta WHERE key = 'otp-secret'`).get()).toEqual({ n: 0 });
    expect((check.prepare(`SELECT totp_secret FROM customers WHERE login_id = 'token-user'`).get() as { totp_secret: string }).totp_secret).toMatch(/^sealed1:/);
    check.close();
  });
});

describe('idempotency without secrets', () => {
  it('fingerprints are keyed: the unkeyed SHA-256 of a start-of-use body is nowhere in the database', async () => {
    const dbPath = freshDb();
    t = await startTestBank({ dbPath });
    const token = await t.api.login('new-user', 'demo-first-1');
    const body = { newLoginPassword: 'dict-Login-1234', confirmationPassword: 'dict-Confirm-5678', email: 'new-user@docomo.ne.jp' };
    expect((await t.api.post('/api/v1/start-of-use', body, token)).status).toBe(202);
    const db = new Database(dbPath, { readonly: true });
    const prints = (db.prepare(`SELECT fingerprint FROM idempotency`).all() as { fingerprint: string }[]).map((r) => r.fingerprint);
    db.close();
    expect(prints).toHaveLength(1);
    expect(prints[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(prints[0]).not.toBe(sha256Hex(`POST /api/v1/start-of-use\n${stableJson(body)}`));
    const bytes = fileBytes(dbPath);
    for (const s of [body.newLoginPassword, body.confirmationPassword]) expect(bytes).not.toContain(s);
  });

  it('a replay of token start step 1 answers 410 SECRET_SHOWN_ONCE instead of the provisioning URI', async () => {
    t = await startTestBank();
    const token = await t.api.login('mail-user');
    const op = await t.api.post('/api/v1/operations', { type: 'token-start' }, token);
    const mailOtp = await otpFor(t.mailboxUrl, op.body.otp.reference);
    const body = { confirmationPassword: 'demo-confirm-1', mailOtp };
    const first = await t.api.post(`/api/v1/operations/${op.body.id}/authorize`, body, token, 'token-start-key-1');
    expect(first.body.provisioningUri).toMatch(/^otpauth:\/\//);
    const replay = await t.api.post(`/api/v1/operations/${op.body.id}/authorize`, body, token, 'token-start-key-1');
    expect(replay.status).toBe(410);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.error.code).toBe('SECRET_SHOWN_ONCE');
    expect(replay.body.error.message).toMatch(/start the token set-up again/i);
    expect(JSON.stringify(replay.body)).not.toContain('otpauth');
  });
});
