import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BANK_ENTRY, ensureBankBuilt } from '../../support/bank-process.js';
import { listMessages, waitForMessage } from '../../support/mailbox.js';
import { bankLogEntry, DemoBankError, startDemoBank, type DemoBank, type ForkBank } from '../../../src-main/electron/test-build/demo-bank.js';
import {
  guardMailboxContents, guardMailboxSession, isMailboxUrl, mailboxWindowOptions, MAILBOX_PARTITION, testerControlsUrl,
} from '../../../src-main/electron/test-build/mailbox-window.js';
import { fetchDemoCustomers, resetDemoData, resetQuestion, testerMenu } from '../../../src-main/electron/test-build/tester.js';
import { fetchTesterState, watchTesterState } from '../../../src-main/electron/test-build/tester-state.js';
import { testerPanel } from '../../../mock-bank/mailbox-panel.js';
import { TESTER_PATHS, type TesterState } from '../../../src-shared/bank-api/index.js';

const MAILBOX = 'http://127.0.0.1:4025';

describe('mailbox window (tester builds)', () => {
  it('is sandboxed, isolated, without preload or developer tools, in its own in-memory partition', () => {
    const prefs = mailboxWindowOptions('x').webPreferences!;
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, devTools: false, partition: MAILBOX_PARTITION });
    expect(prefs.preload).toBeUndefined();
    expect(MAILBOX_PARTITION.startsWith('persist:')).toBe(false);
  });

  it('may show the mailbox origin only', () => {
    expect(isMailboxUrl(`${MAILBOX}/?to=a%40b.jp`, MAILBOX)).toBe(true);
    expect(isMailboxUrl(`${MAILBOX}/messages/1/html`, MAILBOX)).toBe(true);
    expect(isMailboxUrl('http://127.0.0.1:4010/api/v1/me', MAILBOX)).toBe(false);
    expect(isMailboxUrl('https://example.com/', MAILBOX)).toBe(false);
    expect(isMailboxUrl('not a url', MAILBOX)).toBe(false);
  });

  it('navigation inside the mailbox works, anything else and every new window is refused', () => {
    const listeners = new Map<string, (e: { preventDefault(): void }, url: string) => void>();
    let openHandler: ((d: { url: string }) => { action: string }) | null = null;
    guardMailboxContents({
      on: (event: string, l: (e: { preventDefault(): void }, url: string) => void) => listeners.set(event, l),
      setWindowOpenHandler: (h) => { openHandler = h; },
    }, MAILBOX);
    const navigate = (event: string, url: string) => {
      let prevented = false;
      listeners.get(event)!({ preventDefault: () => { prevented = true; } }, url);
      return prevented;
    };
    expect(navigate('will-navigate', `${MAILBOX}/?to=x`)).toBe(false);
    expect(navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate('will-redirect', 'http://127.0.0.1:4010/')).toBe(true);
    expect(navigate('will-frame-navigate', 'file:///etc/passwd')).toBe(true);
    let webview = false;
    (listeners.get('will-attach-webview') as unknown as (e: { preventDefault(): void }) => void)({ preventDefault: () => { webview = true; } });
    expect(webview).toBe(true);
    expect(openHandler!({ url: `${MAILBOX}/` })).toEqual({ action: 'deny' });
  });

  it('its session refuses permissions and every request outside the mailbox', () => {
    let request!: (c: unknown, p: string, cb: (g: boolean) => void) => void;
    let check!: () => boolean;
    let before!: (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
    guardMailboxSession({
      setPermissionRequestHandler: (h) => { request = h; },
      setPermissionCheckHandler: (h) => { check = h; },
      webRequest: { onBeforeRequest: (l) => { before = l; } },
    }, MAILBOX);
    let granted: boolean | null = null;
    request(null, 'notifications', (g) => { granted = g; });
    expect(granted).toBe(false);
    expect(check()).toBe(false);
    const cancel = (url: string) => {
      let r: boolean | null = null;
      before({ url }, (x) => { r = x.cancel; });
      return r;
    };
    expect(cancel(`${MAILBOX}/api/messages`)).toBe(false);
    expect(cancel('https://fonts.example/x.css')).toBe(true);
  });
});

describe('tester controls from the Test menu', () => {
  it('opens the mailbox page at its tester panel, whose heading has that id', () => {
    const url = testerControlsUrl(`${MAILBOX}/?to=x`);
    expect(url).toBe(`${MAILBOX}/#tester-title`);
    expect(isMailboxUrl(url, MAILBOX)).toBe(true);
    expect(testerPanel(['mail-user'])).toContain(`id="${new URL(url).hash.slice(1)}"`);
    const opened: string[] = [];
    const menu = testerMenu({ openMailbox: () => opened.push('mailbox'), openTesterControls: () => opened.push('controls'), resetDemoData: () => opened.push('reset') });
    const items = (menu.submenu as { label?: string; click?: () => void }[]).filter((i) => i.label);
    expect(items.map((i) => i.label)).toEqual(['メールボックスを開く (Open mailbox)', 'テスター操作を開く (Open tester controls)', 'デモデータをリセット… (Reset demo data…)']);
    for (const i of items) i.click!();
    expect(opened).toEqual(['mailbox', 'controls', 'reset']);
  });

  it('a state answer that does not fit the schema, or no answer, reads as unknown (null)', async () => {
    const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"active":"yes"}'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    expect(await fetchTesterState(url)).toBeNull();
    await new Promise((r) => server.close(r));
    expect(await fetchTesterState(url)).toBeNull();
  });
});

describe('reset demo data', () => {
  it('does nothing unless the tester confirms; confirmed, it logs out, resets, then reloads', async () => {
    const steps: string[] = [];
    const deps = (answer: number, failReset = false) => ({
      ask: async () => { steps.push('ask'); return answer; },
      logout: async () => { steps.push('logout'); },
      resetBank: async () => { steps.push('reset'); if (failReset) throw new Error('no'); },
      reload: () => { steps.push('reload'); },
    });
    expect(await resetDemoData(deps(resetQuestion().cancelId))).toBe('cancelled');
    expect(steps).toEqual(['ask']);
    steps.length = 0;
    expect(await resetDemoData(deps(0))).toBe('reset');
    expect(steps).toEqual(['ask', 'logout', 'reset', 'reload']);
    steps.length = 0;
    expect(await resetDemoData(deps(0, true))).toBe('failed');
    expect(steps).toEqual(['ask', 'logout', 'reset', 'reload']);
    expect(resetQuestion().defaultId).toBe(resetQuestion().cancelId); // Enter does not erase anything
  });
});

describe('the bundled demo bank as a child process (real bank, forked by Node as utilityProcess would)', () => {
  let dir: string;
  let bank: DemoBank | null = null;
  const children: ReturnType<typeof fork>[] = [];
  const forkBank: ForkBank = (env) => {
    const child = fork(BANK_ENTRY, [], { env: { PATH: process.env.PATH ?? '', ...env }, silent: true });
    children.push(child);
    return child;
  };

  beforeAll(() => {
    ensureBankBuilt();
    dir = mkdtempSync(path.join(os.tmpdir(), 'netbank-demo-bank-'));
  }, 60_000);
  afterAll(async () => {
    await bank?.stop();
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts, lists its seed customers, and a reset comes back on the same ports with the seed data and an empty mailbox', async () => {
    bank = await startDemoBank(forkBank, { dbPath: path.join(dir, 'bank.sqlite') });
    const { apiUrl, mailboxUrl } = bank;
    expect(apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetchDemoCustomers(mailboxUrl))?.map((c) => c.loginId)).toEqual(['mail-user', 'token-user', 'suspended-user', 'new-user']);

    // Change something: new-user's first login works once; a failed login for mail-user adds to its counter; mail arrives.
    const login = (loginId: string, password: string) => fetch(`${apiUrl}/api/v1/sessions`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ loginId, password, channel: 'pc' }),
    });
    const first = await login('new-user', 'demo-first-1');
    expect(first.status).toBe(201);
    const { token } = (await first.json()) as { token: string };
    const sou = await fetch(`${apiUrl}/api/v1/start-of-use`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': 'reset-test-key-1' },
      body: JSON.stringify({ newLoginPassword: 'changed-login-9', confirmationPassword: 'changed-conf-9', email: 'new-user@docomo.ne.jp' }),
    });
    expect(sou.status).toBe(202);
    await waitForMessage(mailboxUrl, 'new-user@docomo.ne.jp', () => true);

    await bank.reset();
    expect(bank.apiUrl).toBe(apiUrl);
    expect(bank.mailboxUrl).toBe(mailboxUrl);
    expect(await listMessages(mailboxUrl)).toEqual([]);
    expect((await login('new-user', 'demo-first-1')).status).toBe(201);
    expect(children).toHaveLength(2);
    expect(children[0]!.exitCode ?? children[0]!.signalCode).not.toBeNull();

    await bank.stop();
    expect(children[1]!.exitCode ?? children[1]!.signalCode).not.toBeNull();
    await expect(bank.reset()).rejects.toBeInstanceOf(DemoBankError);
    bank = null;
  }, 90_000);

  it('runs with the tester controls on; main reads them and reports each change once', async () => {
    const envs: Record<string, string>[] = [];
    bank = await startDemoBank((env) => { envs.push(env); return forkBank(env); }, { dbPath: path.join(dir, 'controls.sqlite') });
    const { apiUrl } = bank;
    expect(envs[0]).toMatchObject({ BANK_TESTER_CONTROLS: '1' });
    expect(await fetchTesterState(apiUrl)).toMatchObject({ active: false, clockOffsetMinutes: 0, faults: [], mail: { held: false } });
    let reads = 0;
    const seen: TesterState[] = [];
    const watch = await watchTesterState(async () => { reads++; return fetchTesterState(apiUrl); }, 20);
    watch.onChange((st) => seen.push(st));
    try {
      // The first reading is in before the watch is handed out.
      expect(watch.current()).toMatchObject({ active: false });
      const post = (p: string, body: unknown) => fetch(`${apiUrl}${p}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect((await post(TESTER_PATHS.clock, { advanceMinutes: 90 })).status).toBe(200);
      await until(() => seen.length === 1, 'the clock change');
      expect(seen[0]).toMatchObject({ active: true, clockOffsetMinutes: 90 });
      // Later readings with the same controls (the bank's time moves on) are no change.
      const before = reads;
      await until(() => reads >= before + 3, 'three more readings');
      expect(seen).toHaveLength(1);
      expect((await post(TESTER_PATHS.clock, { reset: true })).status).toBe(200);
      await until(() => seen.length === 2, 'the clock reset');
      expect(seen[1]).toMatchObject({ active: false, clockOffsetMinutes: 0 });
    } finally {
      watch.stop();
    }
    await bank.stop();
    bank = null;
    expect(await fetchTesterState(apiUrl)).toBeNull();
  }, 90_000);

  it('logs every tester control and fired fault at the level the tester build runs its bank, for main\'s log', async () => {
    const lines: string[] = [];
    bank = await startDemoBank(forkBank, { dbPath: path.join(dir, 'logged.sqlite'), onOutput: (l) => lines.push(l) });
    const { apiUrl } = bank;
    const post = (p: string, body: unknown) => fetch(`${apiUrl}${p}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    for (const [p, body] of [
      [TESTER_PATHS.expireOtps, { loginId: 'mail-user' }], [TESTER_PATHS.clock, { advanceMinutes: 5 }], [TESTER_PATHS.mail, { delaySeconds: 2 }],
      [TESTER_PATHS.lock, { loginId: 'token-user', locked: true }], [TESTER_PATHS.lock, { loginId: 'token-user', locked: false }],
      [TESTER_PATHS.faults, { kind: 'login', mode: '503', count: 1 }], [TESTER_PATHS.reset, {}],
    ] as const) expect((await post(p, body)).status, p).toBe(200);
    const entries = () => lines.map(bankLogEntry) as { msg?: string; tester?: { control?: string } }[];
    await until(() => entries().filter((e) => e.msg === 'tester control used').length === 7, 'seven control lines');
    expect(entries().filter((e) => e.msg === 'tester control used').map((e) => e.tester!.control)).toEqual(['expire-otps', 'clock', 'mail', 'lock', 'lock', 'faults', 'reset']);
    await post(TESTER_PATHS.faults, { kind: 'login', mode: '503', count: 1 });
    expect((await post('/api/v1/sessions', { loginId: 'mail-user', password: 'demo-login-1', channel: 'pc' })).status).toBe(503);
    await until(() => entries().some((e) => e.msg === 'tester fault: request refused'), 'the fault line');
    expect(lines.join('\n')).not.toContain('demo-login-1');
    expect(bankLogEntry('not json')).toEqual({ text: 'not json' });
    await bank.stop();
    bank = null;
  }, 90_000);

  it('a bank that cannot start is a plain DemoBankError, not a hang', async () => {
    const failing: ForkBank = (env) => forkBank({ ...env, BANK_PORT: 'not-a-port' });
    await expect(startDemoBank(failing, { dbPath: path.join(dir, 'bad.sqlite') })).rejects.toThrow(/stopped while starting/);
  }, 60_000);
});

async function until(check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`still waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
