/**
 * The customer's logins as the bank reports them (GET /me/logins through main), and opening the
 * settings at the login history from Home.
 */
import type { LoginEntry, LoginHistoryResponse } from '../../src-shared/bank-api/logins.js';
import { mailTime } from '../i18n/i18n.js';
import type { T } from '../i18n/use-t.js';
import { netbank } from './bridge.js';
import { useBankValue } from './use-bank-value.js';

export function useLoginHistory(): { history: LoginHistoryResponse | null; failed: boolean } {
  const { value, failed } = useBankValue(() => netbank().customer.logins({}));
  return { history: value, failed };
}

/** A login's time as the bank's mails print it (Japan time, to the second), so the two can be matched. */
export function loginTime(entry: LoginEntry): string {
  return mailTime(entry.at);
}

export function channelName(t: T, entry: LoginEntry): string {
  return t(entry.channel === 'pc' ? 'channel.pc' : 'channel.smartphone');
}

export type LoginsPage = 'logins' | 'login-notice';

/** Settings opened at one of the login pages from elsewhere (Home's "see the login history"): read once. */
let openAt: LoginsPage | null = null;
export function openLoginsSettingsNext(page: LoginsPage): void {
  openAt = page;
}
export function takeLoginsPage(): LoginsPage | null {
  const page = openAt;
  openAt = null;
  return page;
}
