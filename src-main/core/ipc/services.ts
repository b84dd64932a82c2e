/** What the IPC handlers work with: the core's services, built once by createCore. */
import type { DemoCustomer, TesterState } from '../../../src-shared/bank-api/index.js';
import type { BankClient } from '../bank-client/client.js';
import type { CoreConfig } from '../config.js';
import type { PreferenceService } from '../preferences/service.js';
import type { Logger } from '../logger.js';
import type { OtpWatch } from '../otp-watch.js';
import type { Session } from '../session/session.js';
import type { FileSaver } from '../statements/files.js';

/** Tester builds: what the host learned from the demo bank, for app.info and the `tester.state` event. */
export interface TesterInfo {
  /** The seed customers for the login screen, or null when the bank did not list them. */
  demoCustomers(): DemoCustomer[] | null;
  /** The last reading of the tester controls, or null before the first. */
  testerState(): TesterState | null;
  /** Called with each reading whose controls changed. Returns unsubscribe. */
  onTesterState(listener: (state: TesterState) => void): () => void;
}

export interface Services {
  config: CoreConfig;
  bank: BankClient;
  session: Session;
  prefs: PreferenceService;
  otp: OtpWatch;
  log: Logger;
  /** The host's way of saving and printing (Electron: dialogs and fs; browser host: downloads). */
  files: FileSaver;
  /** Tester builds only. */
  tester?: TesterInfo | undefined;
}
