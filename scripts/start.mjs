// `npm start`: the desktop app against the demo bank.
//  1. builds what is missing or older than its sources (scripts/build.mjs);
//  2. starts the demo bank as a separate process and waits for its `BANK_READY <api> <mailbox>`;
//  3. starts Electron pointed at it, or, where Electron's binary is not available (as on our build
//     machines), says so in one paragraph and starts the browser host in a Chromium app window.
// Ctrl-C or SIGTERM stops every process it started. Flags: --no-open (browser host only: print the
// URL instead of opening a window); other flags go to the app (--kiosk, --profile <file>).
// The bank's ports and database come from its own environment variables (BANK_PORT, BANK_DB, ...).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Where Electron keeps its executable inside a dist folder, per platform (as electron/index.js). */
export function executableName(platform) {
  if (platform === 'win32') return 'electron.exe';
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return 'electron';
}

/**
 * Finds the Electron executable without running the electron package's own lookup (which tries to
 * download a missing binary and throws). Never throws: answers { ok, executable } or { ok, reason }.
 */
export function findElectron({ env = process.env, platform = process.platform, resolvePackage, exists = existsSync, readFile = (p) => readFileSync(p, 'utf8') } = {}) {
  let packageDir;
  try {
    const resolve = resolvePackage ?? ((name) => createRequire(path.join(root, 'package.json')).resolve(name));
    packageDir = path.dirname(resolve('electron/package.json'));
  } catch {
    packageDir = null;
  }
  let recorded = null;
  if (packageDir) {
    try {
      recorded = readFile(path.join(packageDir, 'path.txt')).trim() || null;
    } catch {
      recorded = null;
    }
  }
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const executable = path.join(override, recorded ?? executableName(platform));
    return exists(executable)
      ? { ok: true, executable }
      : { ok: false, reason: `ELECTRON_OVERRIDE_DIST_PATH is set to ${override}, but there is no Electron executable at ${executable}` };
  }
  if (!packageDir) return { ok: false, reason: 'the electron package is not installed' };
  if (!recorded) return { ok: false, reason: 'the electron package was installed without downloading its binary' };
  const executable = path.join(packageDir, 'dist', recorded);
  return exists(executable) ? { ok: true, executable } : { ok: false, reason: `the Electron binary is missing from ${path.dirname(executable)}` };
}

/** The one paragraph shown when Electron cannot start here. */
export function fallbackNotice(reason) {
  return (
    `Electron's binary isn't available on this machine (${reason}), so the desktop window cannot open here. ` +
    'Starting the browser host instead: the same app and the same demo bank, shown in a Chromium app window. ' +
    'To use Electron, install its binary (npm explains how in node_modules/electron) or set ELECTRON_OVERRIDE_DIST_PATH to a folder that holds one.'
  );
}

/** Chromium refuses to start as root with its sandbox on; anyone else keeps it (and sees no warning bar). */
export function sandboxArgs(isRoot = process.getuid?.() === 0) {
  return isRoot ? ['--no-sandbox'] : [];
}

const SECOND_FACTOR = { 'not-used': 'mail password', active: 'token app', suspended: 'token suspended: mail password' };

/**
 * The demo bank's seed customers as terminal lines, from its mailbox's GET /api/seed-customers
 * (demo passwords only, published in mock-bank/README.md). Null when the answer is not such a list.
 */
export function demoCustomerLines(list) {
  const isText = (v) => typeof v === 'string' && v.length > 0 && v.length <= 64 && ![...v].some((ch) => ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127);
  if (!Array.isArray(list) || list.length === 0 || list.length > 50) return null;
  if (!list.every((c) => c && isText(c.loginId) && isText(c.loginPassword) && (c.confirmationPassword === null || isText(c.confirmationPassword)))) return null;
  const rows = [['login ID', 'login password', 'confirmation password', 'second factor']];
  for (const c of list) {
    const factor = c.startOfUseDone === false ? 'start of use not done yet' : SECOND_FACTOR[c.tokenState] ?? String(c.tokenState);
    rows.push([c.loginId, c.loginPassword, c.confirmationPassword ?? '(chosen at start of use)', factor]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => `  ${r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]))).join('   ')}`);
}

async function printDemoCustomers(mailboxUrl) {
  let lines = null;
  try {
    const res = await fetch(new URL('/api/seed-customers', mailboxUrl), { signal: AbortSignal.timeout(5000) });
    if (res.ok) lines = demoCustomerLines(await res.json());
  } catch {
    lines = null;
  }
  if (!lines) return say('the demo bank did not list its customers; mock-bank/README.md has them');
  say('demo customers (demo passwords only; the mail-notified passwords arrive in the mailbox above):');
  process.stderr.write(`${lines.join('\n')}\n`);
}

function newestSource(dirs) {
  let newest = 0;
  const walk = (dir) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|tsx|css|html|json|svg)$/.test(e.name)) newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  for (const d of dirs) walk(path.join(root, d));
  return newest;
}

const TARGETS = {
  bank: { outputs: ['dist/bank/main.mjs', 'dist/bank/parse-worker.mjs'], sources: ['mock-bank', 'src-shared'] },
  host: { outputs: ['dist/host/main.cjs', 'dist/host/host.cjs', 'dist/host/bridge-client.js'], sources: ['src-main/core', 'src-main/browser-host', 'src-shared'] },
  electron: { outputs: ['dist/electron/main.cjs', 'dist/electron/preload.cjs'], sources: ['src-main/core', 'src-main/electron', 'src-shared'] },
  renderer: { outputs: ['dist/renderer/index.html'], sources: ['src-renderer', 'src-shared'] },
};

/** The build targets among `names` whose output is missing or older than a source file. */
export function staleTargets(names) {
  return names.filter((name) => {
    const t = TARGETS[name];
    const outputs = t.outputs.map((o) => path.join(root, o));
    if (!outputs.every((o) => existsSync(o))) return true;
    return Math.min(...outputs.map((o) => statSync(o).mtimeMs)) < newestSource(t.sources);
  });
}

function say(line) {
  process.stderr.write(`start: ${line}\n`);
}

/** Starts the demo bank and resolves with its URLs once it prints BANK_READY. */
function startBank(children) {
  // stdin stays an open pipe: if this script dies (even by SIGKILL) the bank sees it close and stops.
  const child = spawn(process.execPath, [path.join(root, 'dist/bank/main.mjs')], { cwd: root, env: { ...process.env, BANK_EXIT_WITH_PARENT: '1' }, stdio: ['pipe', 'pipe', 'inherit'] });
  children.add(child);
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => reject(new Error('the demo bank did not get ready within 30 s')), 30_000);
    child.stdout.on('data', (d) => {
      process.stderr.write(d);
      buffered += d.toString('utf8');
      const m = /^BANK_READY (\S+) (\S+)$/m.exec(buffered);
      if (m) {
        clearTimeout(timer);
        resolve({ apiUrl: m[1], mailboxUrl: m[2], child });
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the demo bank stopped (${code ?? signal}) before it was ready`));
    });
    child.once('error', (e) => reject(new Error(`the demo bank could not start: ${e.message}`)));
  });
}

async function main() {
  const args = process.argv.slice(2);
  const open = !args.includes('--no-open');
  const appArgs = args.filter((a) => a !== '--no-open');
  process.env.ELECTRON_SKIP_BINARY_DOWNLOAD = '1';

  const electron = findElectron();
  const needed = ['bank', 'renderer', electron.ok ? 'electron' : 'host'];
  const stale = staleTargets(needed);
  if (stale.length) {
    say(`building ${stale.join(', ')}`);
    const r = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), ...stale], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    if (r.status !== 0) {
      say('the build failed (see above); nothing was started');
      process.exit(r.status ?? 1);
    }
  }

  const children = new Set();
  let stopping = false;
  const stopAll = async (code) => {
    if (stopping) return;
    stopping = true;
    const alive = [...children].filter((c) => c.exitCode === null && c.signalCode === null);
    await Promise.all(alive.map((c) => new Promise((resolve) => {
      const force = setTimeout(() => c.kill('SIGKILL'), 5000);
      c.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      c.kill('SIGTERM');
    })));
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  let bank;
  try {
    bank = await startBank(children);
  } catch (e) {
    say(e.message);
    return stopAll(1);
  }
  say(`demo bank at ${bank.apiUrl}; its mailbox (the OTP mails) at ${bank.mailboxUrl}`);
  await printDemoCustomers(bank.mailboxUrl);
  bank.child.once('exit', (code, signal) => {
    if (!stopping) {
      say(`the demo bank stopped (${code ?? signal}); stopping the app too`);
      void stopAll(1);
    }
  });

  let app;
  if (electron.ok) {
    app = spawn(electron.executable, [...sandboxArgs(), root, '--bank', bank.apiUrl, ...appArgs], { cwd: root, env: process.env, stdio: 'inherit' });
  } else {
    process.stderr.write(`\n${fallbackNotice(electron.reason)}\n\n`);
    const hostArgs = ['--no-bank-start', '--bank', bank.apiUrl, ...(open ? ['--open'] : []), ...appArgs];
    app = spawn(process.execPath, [path.join(root, 'dist/host/main.cjs'), ...hostArgs], { cwd: root, env: process.env, stdio: 'inherit' });
  }
  children.add(app);
  app.once('error', (e) => {
    say(`the app could not start: ${e.message}`);
    void stopAll(1);
  });
  app.once('exit', (code, signal) => {
    if (!stopping) void stopAll(code ?? (signal ? 1 : 0));
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((e) => {
    say(`could not start: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
