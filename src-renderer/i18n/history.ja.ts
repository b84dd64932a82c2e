/** Japanese names of the kinds of history rows (the bank sends a language-neutral kind). */
export const historyJa = {
  'tx.account-opened': '口座開設',
  'tx.salary': '給与',
  'tx.atm-withdrawal': 'ATM出金',
  'tx.transfer': '振込',
  'tx.incoming-transfer': '振込入金',
  'tx.fee': '振込手数料',
  'tx.bill-payment': '料金払込み',
  'tx.other': 'その他',
} as const;

export type HistoryKey = keyof typeof historyJa;
