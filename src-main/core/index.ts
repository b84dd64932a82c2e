export type { Core, CoreEventListener } from './core.js';
export { createCore, type CoreDeps, type CoreWithServices } from './create-core.js';
export { loadConfig, defaultConfig, checkBankUrl, isLoopbackHost, flagValue, hasFlag, DEFAULT_BANK_URL, type CoreConfig, type Timeouts } from './config.js';
export { rendererCsp } from './csp.js';
export { createLogger, silentLogger, type Logger } from './logger.js';
export { CoreError } from './errors.js';
export { systemClock, type Clock, type TimerHandle } from './clock.js';
export { MemoryPreferenceStore, type PreferenceStore, type Remembered } from './preferences/store.js';
export { KeyringPreferenceStore, KEYRING_SERVICE } from './preferences/keyring-store.js';
