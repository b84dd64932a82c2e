import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { clearMailbox, listMessages } from '../../support/mailbox.js';
import { startTestBank, type TestBank } from './helpers.js';

let t: TestBank;
afterEach(async () => t?.close());

const body = (amount = 10_000) => ({
  type: 'transfer', fromAccountId: 'acc_1234567', amount,
  payee: { bankCode: '0005', branchCode: '101', accountType: 'ordinary', accountNumber: '7654321', name: 'ﾔﾏﾀﾞ ｻﾁｺ' },
});

/**
 * A bank on a file that was stopped in the middle of a create: the operation made, its key still
 * running (and a second key whose request had made nothing yet), then started again on the file.
 */
async function interruptedCreate() {
  const dir = mkdtempSync(path.join(tmpdir(), 'netbank-idem-'));
  const dbPath = path.join(dir, 'bank.sqlite');
  t = await startTestBank({ dbPath });
  const key = randomUUID();
  const first = await t.api.post('/api/v1/operations', body(), await t.api.login('mail-user'), key);
  expect(first.status).toBe(201);
  await t.close();
  const db = new Database(dbPath);
  expect(db.prepare(`SELECT operation_id FROM idempotency WHERE key = ?`).get(key)).toEqual({ operation_id: first.body.id });
  db.prepare(`UPDATE idempotency SET state = 'running', status_code = NULL, body = NULL WHERE key = ?`).run(key);
  db.prepare(`INSERT INTO idempotency (scope, key, fingerprint, state, created_at) VALUES ('c1', 'made-nothing-1', 'x', 'running', ?)`).run(Date.now());
  db.close();
  t = await startTestBank({ dbPath });
  return { dir, dbPath, key, first };
}

describe('idempotency keys', () => {
  it('are required on every state-changing POST', async () => {
    t = await startTestBank();
    const token = await t.api.login('mail-user');
    for (const path of ['/api/v1/operations', '/api/v1/operations/op_x/authorize', '/api/v1/operations/op_x/otp']) {
      const r = await t.api.post(path, body(), token, null);
      expect(r.status, path).toBe(400);
      expect(r.body.error.code).toBe('IDEMPOTENCY_KEY_REQUIRED');
    }
    const malformed = await t.api.post('/api/v1/operations', body(), token, 'bad key!');
    expect(malformed.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('replay the first answer with Idempotent-Replayed, without doing it twice', async () => {
    t = await startTestBank();
    const token = await t.api.login('mail-user');
    await clearMailbox(t.mailboxUrl); // the login notice: only the operation's mails are counted below
    const key = randomUUID();
    const first = await t.api.post('/api/v1/operations', body(), token, key);
    const again = await t.api.post('/api/v1/operations', body(), token, key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await listMessages(t.mailboxUrl)).length).toBe(1);
    // Same for an error answer: the stored status comes back.
    const k2 = randomUUID();
    const e1 = await t.api.post(`/api/v1/operations/${first.body.id}/authorize`, { mailOtp: '000000', confirmationPassword: 'demo-confirm-1' }, token, k2);
    const e2 = await t.api.post(`/api/v1/operations/${first.body.id}/authorize`, { mailOtp: '000000', confirmationPassword: 'demo-confirm-1' }, token, k2);
    expect(e2.status).toBe(e1.status);
    expect(e2.body).toEqual(e1.body);
    expect(e2.headers.get('idempotent-replayed')).toBe('true');
  });

  it('refuse the same key with another body (422)', async () => {
    t = await startTestBank();
    const token = await t.api.login('mail-user');
    const key = randomUUID();
    await t.api.post('/api/v1/operations', body(10_000), token, key);
    const other = await t.api.post('/api/v1/operations', body(20_000), token, key);
    expect(other.status).toBe(422);
    expect(other.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    // Key order in the JSON does not matter.
    const reordered = { payee: body().payee, amount: 10_000, fromAccountId: 'acc_1234567', type: 'transfer' };
    expect((await t.api.post('/api/v1/operations', reordered, token, key)).status).toBe(201);
  });

  it('answer 409 while the first request with the key runs, and only one operation is made', async () => {
    t = await startTestBank();
    const token = await t.api.login('mail-user');
    await clearMailbox(t.mailboxUrl); // the login notice: only the operation's mails are counted below
    const key = randomUUID();
    const results = await Promise.all(Array.from({ length: 6 }, () => t.api.post('/api/v1/operations', body(), token, key)));
    const fresh = results.filter((r) => r.status === 201 && r.headers.get('idempotent-replayed') === null);
    const inProgress = results.filter((r) => r.status === 409);
    const replayed = results.filter((r) => r.headers.get('idempotent-replayed') === 'true');
    expect(fresh).toHaveLength(1);
    expect(inProgress.length + replayed.length).toBe(5);
    for (const r of inProgress) expect(r.body.error.code).toBe('IDEMPOTENCY_IN_PROGRESS');
    // Creating the operation waits for the mail to reach the sink, so the others meet it running.
    expect(inProgress.length).toBeGreaterThan(0);
    const ids = new Set([...fresh, ...replayed].map((r) => r.body.id));
    expect(ids.size).toBe(1);
    expect((await listMessages(t.mailboxUrl)).length).toBe(1);
  });

  it('are kept 24 hours', async () => {
    t = await startTestBank({ sessionTtlSeconds: 86_400, sessionMaxSeconds: 2 * 86_400 });
    const token = await t.api.login('mail-user');
    const key = randomUUID();
    const first = await t.api.post('/api/v1/operations', body(), token, key);
    t.clock.advance(23 * 3600 * 1000);
    expect((await t.api.post('/api/v1/operations', body(), token, key)).body.id).toBe(first.body.id);
    t.clock.advance(2 * 3600 * 1000);
    const token2 = await t.api.login('mail-user');
    const later = await t.api.post('/api/v1/operations', body(), token2, key);
    expect(later.status).toBe(201);
    expect(later.body.id).not.toBe(first.body.id);
  });

  it('are per customer', async () => {
    t = await startTestBank();
    const key = randomUUID();
    const a = await t.api.post('/api/v1/operations', body(), await t.api.login('mail-user'), key);
    const b = await t.api.post('/api/v1/operations', { ...body(), fromAccountId: 'acc_3456789' }, await t.api.login('suspended-user'), key);
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.body.id).not.toBe(a.body.id);
  });

  it('a create the bank stopped in the middle of (operation made, no answer) finishes that same operation when repeated, with a fresh password', async () => {
    const { dir, dbPath, key, first } = await interruptedCreate();
    try {
      const token = await t.api.login('mail-user');
      const again = await t.api.post('/api/v1/operations', body(), token, key);
      expect(again.status).toBe(201);
      expect(again.body).toMatchObject({ id: first.body.id, status: 'awaiting-authorization', step: 1 });
      expect(again.body.otp.reference).not.toBe(first.body.otp.reference);
      const replay = await t.api.post('/api/v1/operations', body(), token, key);
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(replay.body).toEqual(again.body);
      await t.close();
      const after = new Database(dbPath, { readonly: true });
      expect(after.prepare(`SELECT COUNT(*) AS n FROM operations WHERE customer_id = (SELECT customer_id FROM operations WHERE id = ?)`).get(first.body.id)).toEqual({ n: 1 });
      expect(after.prepare(`SELECT COUNT(*) AS n FROM idempotency WHERE key = 'made-nothing-1'`).get()).toEqual({ n: 0 });
      after.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a burst of repeats of an interrupted create finishes it once: one answer, the rest 409 or its replay, one password mail, one operation', async () => {
    const { dir, dbPath, key, first } = await interruptedCreate();
    try {
      const token = await t.api.login('mail-user');
      await clearMailbox(t.mailboxUrl); // the login notice: only the operation's mails are counted below
      const answers = await Promise.all(Array.from({ length: 8 }, () => t.api.post('/api/v1/operations', body(), token, key)));
      const fresh = answers.filter((a) => a.status === 201 && a.headers.get('idempotent-replayed') !== 'true');
      expect(fresh).toHaveLength(1);
      expect(fresh[0]!.body.id).toBe(first.body.id);
      for (const a of answers.filter((x) => x !== fresh[0])) {
        if (a.status === 409) expect(a.body.error.code).toBe('IDEMPOTENCY_IN_PROGRESS');
        else expect(a).toMatchObject({ status: 201, body: fresh[0]!.body });
      }
      expect((await listMessages(t.mailboxUrl)).length).toBe(1);
      await t.close();
      const after = new Database(dbPath, { readonly: true });
      expect(after.prepare(`SELECT COUNT(*) AS n FROM operations WHERE customer_id = (SELECT customer_id FROM operations WHERE id = ?)`).get(first.body.id)).toEqual({ n: 1 });
      after.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
