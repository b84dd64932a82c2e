/** What the IPC handlers work with: the core's services, built once by createCore. */
import type { BankClient } from '../bank-client/client.js';
import type { CoreConfig } from '../config.js';
import type { PreferenceService } from '../preferences/service.js';
import type { Logger } from '../logger.js';
import type { OtpWatch } from '../otp-watch.js';
import type { Session } from '../session/session.js';
import type { FileSaver } from '../statements/files.js';

export interface Services {
  config: CoreConfig;
  bank: BankClient;
  session: Session;
  prefs: PreferenceService;
  otp: OtpWatch;
  log: Logger;
  /** The host's way of saving and printing (Electron: dialogs and fs; browser host: downloads). */
  files: FileSaver;
}
