/** English messages for the bank's limits on one-time passwords (lock, issue limit) and the kiosk login reset. */
import type { lockJa } from './lock.ja.js';

export const lockEn: Record<keyof typeof lockJa, string> = {
  'lock.title': 'Transactions that need a one-time password are stopped',
  'lock.why': 'Wrong one-time passwords were entered too many times. To protect your account, we have stopped transfers, bill payments, changes of your registered details and everything else that asks for a password.',
  'lock.callTitle': 'To lift the stop, please call us',
  'lock.call': 'You cannot lift this stop yourself. Please call the number below.',
  'lock.phone': 'Phone',
  'lock.hours': 'Hours',
  'lock.notYou': 'If you did not enter these passwords yourself, someone else may know your passwords: please tell us when you call.',
  'lock.stillOk': 'You can still view your balances and history.',
  'lock.home': 'Transfers and other transactions that need a one-time password are stopped for now. To lift the stop, please call {phone} ({hours}).',
  'lock.checking': 'Checking which transactions the bank accepts…',
  'lock.issue.title': 'No more passwords can be sent for now',
  'lock.issue.why': 'Only a limited number of mail-notified passwords can be sent in one hour (new transactions, resends and start-of-use mails count together).',
  'lock.issue.until': 'The next password can be sent from {time} (Japan time). What you typed is kept: please try again then.',
  'lock.issue.left': '{time} to go',
  'lock.issue.over': 'A new password can be sent again. Please try again.',
};
