import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { createLogger, REDACTED_KEYS, redactValue, silentLogger } from '../../../src-main/core/logger.js';

function capture(level = 'debug') {
  const lines: string[] = [];
  const log = createLogger(level, { write: (l: string) => lines.push(l) });
  return { log, lines, parsed: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('core logger', () => {
  it('writes one JSON line per call in the bank\'s line shape: numeric level, time, pid, hostname, app, fields, msg', () => {
    const { log, lines, parsed } = capture();
    const before = Date.now();
    log.info({ channel: 'app.info', n: 3 }, 'call answered');
    log.warn('plain message');
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.endsWith('}\n') && !l.slice(0, -1).includes('\n'))).toBe(true);
    const [a, b] = parsed();
    expect(a).toMatchObject({ level: 30, pid: process.pid, app: 'netbank-core', channel: 'app.info', n: 3, msg: 'call answered' });
    expect(typeof a?.hostname).toBe('string');
    expect(a?.time).toBeGreaterThanOrEqual(before);
    expect(b).toMatchObject({ level: 40, msg: 'plain message' });
  });

  it('drops calls below its level and writes nothing at all when silent', () => {
    const { log, parsed } = capture('warn');
    log.debug({ a: 1 }, 'd');
    log.info({ a: 1 }, 'i');
    log.warn({ a: 1 }, 'w');
    log.error({ a: 1 }, 'e');
    expect(parsed().map((l) => l.level)).toEqual([40, 50]);
    expect(silentLogger().level).toBe('silent');
    expect(() => createLogger('loud')).toThrow(/unknown log level "loud"/);
  });

  it('censors every secret key at any depth and in arrays, and never changes the object logged', () => {
    const { log, lines } = capture();
    const secrets = Object.fromEntries(REDACTED_KEYS.map((k, i) => [k, `SECRET-${i}-VALUE`]));
    const fields = { top: secrets, list: [{ nested: { deeper: secrets } }], ...secrets };
    log.error(fields, 'with secrets');
    const text = lines.join('');
    for (let i = 0; i < REDACTED_KEYS.length; i++) expect(text).not.toContain(`SECRET-${i}-VALUE`);
    expect(text.match(/\[redacted\]/g)).toHaveLength(REDACTED_KEYS.length * 3);
    expect((fields as Record<string, unknown>).password).toBe(`SECRET-${REDACTED_KEYS.indexOf('password')}-VALUE`);
  });

  it('writes errors as type, message and stack, objects by their toJSON, and stops at a depth instead of following a cycle', () => {
    const err = new TypeError('bad thing');
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    const out = redactValue({ err, at: new Date(0), url: new URL('http://127.0.0.1:9/x'), big: 12n, cyclic }) as Record<string, unknown>;
    expect(out.err).toMatchObject({ type: 'TypeError', message: 'bad thing' });
    expect(String((out.err as { stack: string }).stack)).toContain('bad thing');
    expect(out.at).toBe('1970-01-01T00:00:00.000Z');
    expect(out.url).toBe('http://127.0.0.1:9/x');
    expect(out.big).toBe('12');
    expect(JSON.stringify(out)).toContain('[too deep]');
  });

  it('by default writes to stderr, synchronously: a line logged just before process.exit is there', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'logger-'));
    const outfile = path.join(dir, 'logger.mjs');
    await build({ entryPoints: [fileURLToPath(new URL('../../../src-main/core/logger.ts', import.meta.url))], outfile, format: 'esm', platform: 'node', logLevel: 'silent' });
    const code = `import('${outfile}').then((m) => { m.createLogger('info').info({ token: 'x', step: 1 }, 'last words'); process.exit(3); });`;
    const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    expect(r.status).toBe(3);
    expect(r.stdout).toBe('');
    const line = JSON.parse(r.stderr.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>;
    expect(line).toMatchObject({ msg: 'last words', token: '[redacted]', step: 1 });
  });
});
