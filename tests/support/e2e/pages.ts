/**
 * Page objects for the renderer's screens: the tests speak of steps, not selectors. One file per
 * screen group; this one gathers them so a spec imports from one place.
 */
export { LoginPage, Shell, type Lang, type Route } from './shell.js';
export { OtpLockPanel, OtpPromptPart } from './otp-prompt.js';
export { BillPage, TransferPage, Wizard } from './transfer-pages.js';
export { GuidancePart, StartOfUsePage } from './start-of-use-pages.js';
