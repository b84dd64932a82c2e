/**
 * `npm run host`: the app's core and renderer for a browser on this machine.
 *   --port <n>          listen on this port (default: a free one)
 *   --bank <url>        use this bank (also BANK_URL); then no demo bank is started
 *   --no-bank-start     never start the demo bank
 *   --open              open the app in its own Chromium app window (closing it stops the host),
 *                       or in the system browser
 *   --renderer-dir <d>  serve the renderer from here (default dist/renderer)
 *   --kiosk, --kiosk-config <file>, --profile <file>: as for the desktop app
 * Prints exactly one line on stdout, `NETBANK_URL=<url with token>`; everything else goes to stderr.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createCore } from '../core/create-core.js';
import { loadKiosk } from '../core/kiosk/index.js';
import { flagValue, hasFlag, loadConfig } from '../core/config.js';
import { createLogger } from '../core/logger.js';
import { openAppWindow, type AppWindow } from './app-window.js';
import { startBankChild, type BankChild } from './bank-child.js';
import { startHostServer } from './server.js';

// Bundled as CommonJS (dist/host/host.cjs, run by entry.ts), as the Electron main is.
const here = __dirname;
const root = path.resolve(here, '../..');

function version(): string {
  try {
    return (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

function fail(message: string): never {
  process.stderr.write(`host: ${message}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const env = process.env;
  const portRaw = flagValue(argv, 'port');
  const port = portRaw === undefined ? 0 : Number(portRaw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be 0–65535 (got ${portRaw})`);

  const readFile = (p: string) => readFileSync(p, 'utf8');
  const loaded = loadConfig({ argv, env, readFile }, { host: 'browser', version: version() });
  if (!loaded.ok) fail(loaded.problems.join('\n      '));
  // The same kiosk settings as the desktop app (--kiosk, --kiosk-config <file>, NETBANK_KIOSK_CONFIG).
  const withKiosk = loadKiosk({ argv, env, readFile }, loaded.config);
  if (!withKiosk.ok) fail(`kiosk settings: ${withKiosk.problems.join('\n      ')}`);
  const config = withKiosk.config;

  let stopping = false;
  const bankGiven = flagValue(argv, 'bank') !== undefined || (env.BANK_URL ?? '') !== '';
  let bank: BankChild | null = null;
  if (!hasFlag(argv, 'no-bank-start') && !bankGiven) {
    try {
      bank = await startBankChild(path.join(root, 'dist/bank/main.mjs'), env);
    } catch (e) {
      fail(e instanceof Error ? e.message : String(e));
    }
    config.bankUrl = bank.apiUrl;
    process.stderr.write(`host: demo bank at ${bank.apiUrl}, its mailbox at ${bank.mailboxUrl}\n`);
    bank.child.once('exit', (code, signal) => {
      if (!stopping) process.stderr.write(`host: the demo bank stopped (${code ?? signal}); calls will fail until it is back\n`);
    });
  }

  const log = createLogger(config.logLevel);
  const rendererDir = path.resolve(flagValue(argv, 'renderer-dir') ?? env.NETBANK_RENDERER_DIR ?? path.join(root, 'dist/renderer'));
  // The core applies the kiosk's rules itself (config.kiosk, allowPrinting, kioskLanguages).
  const server = await startHostServer({ createCore: (files) => createCore(config, { log, files }), rendererDir, bridgeScript: path.join(here, 'bridge-client.js'), port, log });
  log.info({ origin: server.origin, bank: config.bankUrl, kiosk: config.kiosk }, 'browser host ready');

  let appWindow: AppWindow | null = null;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'browser host stopping');
    await appWindow?.close();
    await server.close().catch(() => undefined);
    await bank?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  process.stdout.write(`NETBANK_URL=${server.url}\n`);
  if (hasFlag(argv, 'open')) {
    appWindow = openAppWindow(
      server.url,
      () => {
        process.stderr.write('host: the app window was closed; stopping\n');
        void stop('window closed');
      },
      (text) => process.stderr.write(`host: ${text}\n`),
    );
  }
}

/** Settles once the host has printed its URL (entry.ts writes the code cache then). */
export const started: Promise<void> = main().catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
