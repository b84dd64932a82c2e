/**
 * `--open`: the app in a window of its own. With Debian's Chromium that is an app-mode window in a
 * private, throw-away profile (no extensions, no sync, none of the user's cookies), owned by the
 * host: stopping the host closes it, and closing it stops the host, as quitting a desktop app would.
 * Elsewhere the system browser opens the URL and lives on its own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export interface AppWindow {
  /** Closes the window (if the host owns it) with all of Chromium's helper processes, and removes its profile. */
  close(): Promise<void>;
}

/** Chromium's command line for the app window; --no-sandbox only where Chromium demands it (root). */
export function chromiumAppArgs(url: string, profileDir: string, isRoot: boolean): string[] {
  return [
    `--app=${url}`,
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-extensions',
    '--disable-sync',
    '--disable-background-networking',
    '--disable-component-update',
    // The page says it is Japanese (or English) on purpose: no Translate bar over the app.
    '--disable-features=Translate',
    ...(isRoot ? ['--no-sandbox'] : []),
  ];
}

export function openAppWindow(url: string, onClosedByUser: () => void, warn: (text: string) => void): AppWindow {
  if (!existsSync(CHROMIUM_PATH)) return openSystemBrowser(url, warn);
  const profileDir = mkdtempSync(path.join(tmpdir(), 'netbank-window-'));
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  // A process group of its own, so that closing reaches Chromium's zygote and renderer processes too.
  const child: ChildProcess = spawn(CHROMIUM_PATH, chromiumAppArgs(url, profileDir, isRoot), { stdio: 'ignore', detached: true });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let closing = false;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      // the group is gone already
    }
  };
  // Helpers that outlived the browser process go first; then the profile, which they may still write.
  const removeProfile = () => {
    signalGroup('SIGKILL');
    try {
      rmSync(profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    } catch (e) {
      warn(`could not remove the window's profile ${profileDir} (${e instanceof Error ? e.message : String(e)})`);
    }
  };
  child.on('error', (e) => warn(`could not open Chromium (${e.message}); open the URL yourself`));
  child.on('exit', (code) => {
    removeProfile();
    if (closing) return;
    // A failed start (no display, say) is not the customer closing the app: keep serving the URL.
    if (code !== null && code !== 0) warn(`Chromium stopped with exit code ${code}; open the URL yourself`);
    else onClosedByUser();
  });
  return {
    async close() {
      closing = true;
      if (child.exitCode === null && child.signalCode === null) {
        signalGroup('SIGTERM');
        const timer = setTimeout(() => signalGroup('SIGKILL'), 3000);
        await exited;
        clearTimeout(timer);
      }
      removeProfile();
    },
  };
}

function openSystemBrowser(url: string, warn: (text: string) => void): AppWindow {
  const [cmd, args] = process.platform === 'darwin'
    ? ['open', [url]]
    : process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '', url]]
      : ['xdg-open', [url]];
  const child = spawn(cmd, args, { detached: true, stdio: 'ignore' });
  child.on('error', (e) => warn(`could not open a browser (${e.message}); open the URL yourself`));
  child.unref();
  return { close: async () => undefined };
}
