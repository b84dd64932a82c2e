export {
  KioskFile, loadKiosk, parseKioskFile, KIOSK_IDLE_DEFAULT_S, KIOSK_IDLE_MAX_S, KIOSK_IDLE_MIN_S, type KioskLoad, type KioskSettings, type KioskSources,
} from './kiosk-config.js';
export {
  createKioskWiper, WIPE_STEPS, WIPE_STEP_TIMEOUT_MS, type KioskStorage, type KioskWiper, type WipeReason, type WipeReport, type WipeStepName, type WipeStepResult,
} from './wipe.js';
