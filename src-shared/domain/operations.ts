/** The kinds of operation the bank authorizes, and how many authorization steps each takes. */
export const OPERATION_TYPES = [
  'transfer',
  'bill-payment',
  'email-change',
  'select-email-change',
  'otp-destination-change',
  'token-start',
  'token-release',
  'limit-change',
  'login-notice-change',
] as const;
export type OperationType = (typeof OPERATION_TYPES)[number];

export const OPERATION_STATUSES = ['awaiting-authorization', 'completed', 'voided'] as const;
export type OperationStatus = (typeof OPERATION_STATUSES)[number];

/**
 * Operations whose first authorization step sends a second password somewhere new (or returns a
 * token to enroll), so they complete only at step 2.
 */
export const TWO_STEP_TYPES: readonly OperationType[] = ['email-change', 'otp-destination-change', 'token-start'];

export const OPERATION_LABELS: Record<OperationType, { ja: string; en: string }> = {
  transfer: { ja: '振込', en: 'Transfer' },
  'bill-payment': { ja: '料金払込み', en: 'Bill payment' },
  'email-change': { ja: '登録メールアドレスの変更', en: 'Change of registered e-mail address' },
  'select-email-change': { ja: 'セレクトEメールサービスの利用変更', en: 'Change of Select E-mail service' },
  'otp-destination-change': { ja: 'メール通知パスワード送信先の変更', en: 'Change of mail-notified password destinations' },
  'token-start': { ja: 'ワンタイムパスワードの利用開始', en: 'Start of the one-time password app' },
  'token-release': { ja: 'ワンタイムパスワードの利用解除', en: 'Release of the one-time password app' },
  'limit-change': { ja: '振込限度額の変更', en: 'Change of the daily transfer limit' },
  'login-notice-change': { ja: 'ログイン通知メールの停止', en: 'Stopping login notice mails' },
};
