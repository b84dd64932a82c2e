// The bank's count of its own writes, which tells the session lookup whether a row it read is still
// what the database holds: reads leave it alone, every write statement and exec moves it.
import { describe, expect, it } from 'vitest';
import { openDb, writeCount } from '../../../mock-bank/db.js';

describe('writeCount', () => {
  it('moves on each write and each exec, never on a read', () => {
    const db = openDb(':memory:');
    try {
      const start = writeCount(db);
      expect(Number.isFinite(start)).toBe(true);
      db.prepare(`SELECT COUNT(*) AS n FROM sessions`).get();
      db.prepare(`SELECT COUNT(*) AS n FROM customers`).all();
      expect(writeCount(db)).toBe(start);
      db.prepare(`INSERT INTO meta (key, value) VALUES ('a', 'b')`).run();
      expect(writeCount(db)).toBe(start + 1);
      // The same statement again (from the statement cache) still counts.
      db.prepare(`DELETE FROM meta WHERE key = ?`).run('a');
      db.prepare(`DELETE FROM meta WHERE key = ?`).run('a');
      expect(writeCount(db)).toBe(start + 3);
      db.exec(`DELETE FROM meta`);
      expect(writeCount(db)).toBe(start + 4);
      // Inside a transaction too, and a write that fails counts (counted before it runs).
      db.transaction(() => db.prepare(`UPDATE customers SET locked = 1 WHERE id = -1`).run())();
      expect(() => db.prepare(`INSERT INTO sessions (token_hash) VALUES ('x')`).run()).toThrow();
      expect(writeCount(db)).toBe(start + 6);
      // A write with RETURNING gives a row (a "reader" to the driver): it counts as well.
      db.prepare(`INSERT INTO meta (key, value) VALUES ('r', 'v') RETURNING key`).get();
      db.prepare(`UPDATE meta SET value = 'w' WHERE key = 'r' RETURNING value`).all();
      expect(writeCount(db)).toBe(start + 8);
    } finally {
      db.close();
    }
  });
});
