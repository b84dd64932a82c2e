/** English names of the kinds of history rows (the bank sends a language-neutral kind). */
import type { HistoryKey } from './history.ja.js';

export const historyEn: Record<HistoryKey, string> = {
  'tx.account-opened': 'Account opened',
  'tx.salary': 'Salary',
  'tx.atm-withdrawal': 'ATM withdrawal',
  'tx.transfer': 'Transfer',
  'tx.incoming-transfer': 'Incoming transfer',
  'tx.fee': 'Transfer fee',
  'tx.bill-payment': 'Bill payment',
  'tx.other': 'Other',
};
