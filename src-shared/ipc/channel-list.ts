/**
 * The contract's channel and event names as plain lists, without a schema: what the preload and
 * the browser host's bridge script need to build `window.netbank`. Those scripts load before every
 * page, so they must not carry zod or the contract's schemas (main checks every request and every
 * answer against those; see bridge.ts). Only types come from the contract here, so the compiler
 * holds these lists to it: a channel added to the contract and not listed here fails `tsc`.
 */
import type { Channel } from './contract.js';
import type { EventName } from './events.js';

export const BRIDGE_CHANNELS = [
  'app.info',
  'session.login', 'session.logout', 'session.state', 'session.activity',
  'startOfUse.submit', 'startOfUse.resendOtp', 'startOfUse.verify',
  'customer.me', 'customer.logins', 'customer.loginNoticeOn',
  'accounts.list', 'accounts.transactions',
  'statements.exportCsv', 'print.page', 'receipts.list',
  'payees.list', 'limits.get', 'transfers.fee',
  'directory.banks', 'directory.branches',
  'operations.create', 'operations.resendOtp', 'operations.authorize', 'operations.status',
  'preferences.get', 'preferences.set', 'preferences.forgetLoginId',
] as const satisfies readonly Channel[];

export const BRIDGE_EVENTS = ['session.idleWarning', 'session.ended', 'otp.expired', 'tester.state'] as const satisfies readonly EventName[];

/** Compiles only while every contract channel and event is listed above (`never` left over). */
type Unlisted = Exclude<Channel, (typeof BRIDGE_CHANNELS)[number]> | Exclude<EventName, (typeof BRIDGE_EVENTS)[number]>;
export const EVERY_NAME_LISTED: [Unlisted] extends [never] ? true : Unlisted = true;
