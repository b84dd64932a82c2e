// Every setting the demo bank reads from its environment has a row in mock-bank/README.md's table,
// with the default the code uses; a new setting without a row fails here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BankEnv, parseBankEnv } from '../../../mock-bank/config.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** Fixed, not a choice: the bank listens on loopback only (the README says so under the table). */
const NOT_SETTINGS = new Set(['BANK_HOST']);

/** The settings table's rows: name → the default cell's first word, backticks dropped. */
function readmeRows(text: string): Map<string, string> {
  const rows = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^\| `([A-Z_]+)` \| ([^|]*) \|/.exec(line);
    if (m) rows.set(m[1]!, m[2]!.trim().replace(/`/g, '').split(' ')[0]!);
  }
  return rows;
}

/** How the README writes a default: flags as 0/1, no default as "(none)". */
function shown(value: unknown): string {
  if (value === undefined) return '(none)';
  if (typeof value === 'boolean') return value ? '1' : '0';
  return String(value);
}

describe('mock-bank/README.md settings table', () => {
  const rows = readmeRows(readFileSync(path.join(root, 'mock-bank/README.md'), 'utf8'));
  const names = Object.keys(BankEnv.shape).filter((n) => !NOT_SETTINGS.has(n));

  it('has a row for every setting, and none the bank does not read', () => {
    expect(names.length).toBeGreaterThan(20);
    expect(names.filter((n) => !rows.has(n))).toEqual([]);
    expect([...rows.keys()].filter((n) => !names.includes(n))).toEqual([]);
  });

  it('states the default the code uses', () => {
    const defaults = BankEnv.parse({}) as Record<string, unknown>;
    for (const n of names) expect(rows.get(n), n).toBe(shown(defaults[n]));
  });

  it('the session and one-time-password limits have their documented defaults', () => {
    const r = parseBankEnv({});
    expect(r.ok && r.config).toMatchObject({ sessionTtlSeconds: 900, sessionMaxSeconds: 3600, otpFailuresBeforeLock: 10, otpIssuePerHour: 10, secretKey: null });
  });
});
