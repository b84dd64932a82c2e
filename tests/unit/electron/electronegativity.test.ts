/** The Electronegativity gate: the real scan passes, and a weakened window or a stale entry fails it. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const script = path.join(root, 'scripts/electronegativity.mjs');
const allowlistPath = path.join(root, 'src-main/electron/electronegativity-allowlist.json');
const temp = mkdtempSync(path.join(tmpdir(), 'netbank-eneg-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function scan(...args: string[]) {
  const r = spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

interface Summary { findings: { id: string; file: string }[]; unlisted: { id: string }[]; stale: unknown[]; parseErrors: unknown[]; checks: number }

describe('electronegativity scan', () => {
  it('src-main/electron has no finding the reviewed allow-list does not explain', () => {
    const r = scan('--json');
    expect(r.status, r.out + r.err).toBe(0);
    const s = JSON.parse(r.out) as Summary;
    expect(s.checks).toBeGreaterThan(30);
    expect(s.unlisted).toEqual([]);
    expect(s.stale).toEqual([]);
    expect(s.parseErrors).toEqual([]);
    const listed = (JSON.parse(readFileSync(allowlistPath, 'utf8')) as { allowed: { id: string }[] }).allowed.map((e) => e.id).sort();
    expect(s.findings.map((f) => f.id).sort()).toEqual(listed);
  }, 60_000);

  it('fails, naming the checks, on a window with weakened settings', () => {
    const dir = mkdtempSync(path.join(temp, 'weak-'));
    writeFileSync(path.join(dir, 'main.js'), [
      "const { BrowserWindow } = require('electron');",
      'const win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false, webSecurity: false } });',
      "win.loadURL('http://example.com/');",
    ].join('\n'));
    const r = scan('--input', dir);
    expect(r.status).toBe(1);
    for (const id of ['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'WEB_SECURITY_JS_CHECK', 'HTTP_RESOURCES_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK']) expect(r.out).toContain(`NOT ALLOWED  ${id}`);
  }, 60_000);

  it('fails on an allow-list entry that matches nothing', () => {
    const list = JSON.parse(readFileSync(allowlistPath, 'utf8')) as { allowed: unknown[] };
    list.allowed.push({ id: 'NODE_INTEGRATION_JS_CHECK', file: 'main.ts', reason: 'an entry for a finding that does not exist' });
    const file = path.join(temp, 'stale.json');
    writeFileSync(file, JSON.stringify(list));
    const r = scan('--allowlist', file);
    expect(r.status).toBe(1);
    expect(r.out).toContain('STALE ENTRY  NODE_INTEGRATION_JS_CHECK main.ts');
  }, 60_000);

  it('refuses an allow-list entry without a reason', () => {
    const file = path.join(temp, 'no-reason.json');
    writeFileSync(file, JSON.stringify({ allowed: [{ id: 'CSP_GLOBAL_CHECK', file: 'N/A', reason: 'ok' }] }));
    const r = scan('--allowlist', file);
    expect(r.status).toBe(2);
    expect(r.err).toContain('needs a reason');
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});
