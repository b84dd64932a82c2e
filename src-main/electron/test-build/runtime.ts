/**
 * Tester builds only (main.ts imports this behind the build-time flag, so a customer bundle holds
 * none of it): starts the bundled demo bank, opens the mailbox window, resets the demo data.
 *
 * The bank runs in Electron's utilityProcess, not child_process with ELECTRON_RUN_AS_NODE: the
 * packaged app has the runAsNode fuse off (so that variable is ignored, and our signed binary can
 * never be borrowed as a plain Node.js), while a utility process is a Node child that Electron
 * itself starts, that never gets a window or the app's privileges, and that ends with the app.
 */
import { BrowserWindow, session, utilityProcess, type MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import type { DemoCustomer } from '../../../src-shared/bank-api/index.js';
import type { Core } from '../../core/core.js';
import type { TesterInfo } from '../../core/ipc/services.js';
import type { Logger } from '../../core/logger.js';
import type { PlainMessage } from '../lifecycle.js';
import { denyDownloads } from '../downloads.js';
import { bankLogEntry, startDemoBank, type DemoBank } from './demo-bank.js';
import { guardMailboxContents, guardMailboxSession, mailboxWindowOptions, MAILBOX_PARTITION, testerControlsUrl } from './mailbox-window.js';
import { fetchDemoCustomers, resetDemoData, testerMenu } from './tester.js';
import { fetchTesterState, watchTesterState } from './tester-state.js';

export interface TesterDeps {
  /** dist/bank/main.mjs inside the package. */
  bankEntry: string;
  dataDir: string;
  log: Logger;
  ask(message: PlainMessage): Promise<number>;
  /** The app window to reload after a reset. */
  reloadApp(): void;
}

export interface TesterRuntime {
  readonly bank: DemoBank;
  /** For the core (createCore's `tester`): app.info carries these and changes come as `tester.state`. */
  readonly info: TesterInfo;
  menu(core: Core): MenuItemConstructorOptions;
  /** Closes the mailbox window (with the app window: the app never outlives its banking window). */
  closeMailbox(): void;
  stop(): Promise<void>;
}

export async function startTester(d: TesterDeps): Promise<TesterRuntime> {
  const bank = await startDemoBank(
    (env) => utilityProcess.fork(d.bankEntry, [], { env: { ...env, PATH: process.env.PATH ?? '' }, stdio: 'pipe', serviceName: 'Netbank demo bank' }),
    // The bank's own log (warn and above: tester controls used, faults fired, mail relay failures) joins main's.
    { dbPath: path.join(d.dataDir, 'demo-bank.sqlite'), onOutput: (line) => d.log.warn({ bank: bankLogEntry(line) }, 'demo bank log') },
  );
  let customers: DemoCustomer[] | null = await fetchDemoCustomers(bank.mailboxUrl);
  if (!customers) d.log.warn('the demo bank did not list its seed customers');
  d.log.info({ bank: bank.apiUrl, mailbox: bank.mailboxUrl }, 'tester build: demo bank started');
  // The banner says while a tester control is in force: main reads them every few seconds.
  const testerState = await watchTesterState(() => fetchTesterState(bank.apiUrl));
  testerState.onChange((s) => d.log.info({ tester: { active: s.active, clockOffsetMinutes: s.clockOffsetMinutes, mail: s.mail, faults: s.faults } }, 'tester build: tester controls changed'));

  const mailboxSession = session.fromPartition(MAILBOX_PARTITION);
  guardMailboxSession(mailboxSession, bank.mailboxUrl);
  denyDownloads(mailboxSession, (what) => d.log.warn(what, 'mailbox window: download refused'));
  let mailbox: BrowserWindow | null = null;
  const openMailbox = (url = bank.mailboxUrl) => {
    if (mailbox && !mailbox.isDestroyed()) {
      if (url !== bank.mailboxUrl) void mailbox.loadURL(url);
      mailbox.focus();
      return;
    }
    const win = new BrowserWindow(mailboxWindowOptions('メールボックス (Demo mailbox)'));
    guardMailboxContents(win.webContents, bank.mailboxUrl);
    win.once('ready-to-show', () => win.show());
    win.on('closed', () => {
      if (mailbox === win) mailbox = null;
    });
    void win.loadURL(url);
    mailbox = win;
  };

  return {
    bank,
    info: { demoCustomers: () => customers, testerState: () => testerState.current(), onTesterState: (l) => testerState.onChange(l) },
    menu: (core) => testerMenu({
      openMailbox: () => openMailbox(),
      openTesterControls: () => openMailbox(testerControlsUrl(bank.mailboxUrl)),
      resetDemoData: () => {
        void resetDemoData({
          ask: d.ask,
          logout: async () => {
            await core.dispatch('session.logout', {});
          },
          resetBank: async () => {
            await bank.reset();
            customers = (await fetchDemoCustomers(bank.mailboxUrl)) ?? customers;
            await testerState.refresh();
            if (mailbox && !mailbox.isDestroyed()) mailbox.webContents.reload();
          },
          reload: d.reloadApp,
        }).then((r) => d.log.info({ result: r }, 'tester build: reset demo data'));
      },
    }),
    closeMailbox: () => {
      if (mailbox && !mailbox.isDestroyed()) mailbox.close();
    },
    stop: () => {
      testerState.stop();
      return bank.stop();
    },
  };
}

/** Whether this web contents belongs to the mailbox window (main's global guards leave it to its own). */
export function isMailboxContents(contents: { session: unknown }): boolean {
  return contents.session === session.fromPartition(MAILBOX_PARTITION);
}
