// Every idempotent POST first deletes the keys past their 24 hours: that must be an index range,
// not a scan of every key the bank kept for a day.
import { describe, expect, it } from 'vitest';
import { openDb } from '../../../mock-bank/db.js';

describe('idempotency purge', () => {
  it('finds the stale keys through the created_at index', () => {
    const db = openDb(':memory:');
    try {
      const plan = db.prepare(`EXPLAIN QUERY PLAN DELETE FROM idempotency WHERE created_at < ?`).all(0) as { detail: string }[];
      const text = plan.map((p) => p.detail).join('\n');
      expect(text).toContain('idempotency_by_time');
      expect(text).not.toMatch(/^SCAN idempotency$/m);
    } finally {
      db.close();
    }
  });
});
