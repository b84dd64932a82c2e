/** The daily transfer limit as the screens check and show it; pure. The bank checks everything again. */
import type { TransferLimits } from '../../src-shared/bank-api/limits.js';
import type { IpcError } from '../../src-shared/ipc/errors.js';
import { LIMIT_MIN_YEN, LIMIT_STEP_YEN, parseLimit } from '../../src-shared/domain/limits.js';
import type { FieldError } from './forms.js';

const DATE: Record<'ja' | 'en', Intl.DateTimeFormat> = {
  ja: new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', year: 'numeric', month: 'long', day: 'numeric', weekday: 'short' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Tokyo', year: 'numeric', month: 'short', day: 'numeric', weekday: 'short' }),
};

/** The Japan-time date a raise applies from ("2025年3月11日(火)" / "Tue, 11 Mar 2025"). */
export function limitDate(iso: string, lang: 'ja' | 'en'): string {
  return DATE[lang].format(new Date(iso));
}

/** A new limit as typed: the value, or the message for what is wrong with it. */
export function checkLimitInput(text: string, limits: TransferLimits, format: (yen: number) => string): { ok: true; value: number } | { ok: false; error: FieldError } {
  const r = parseLimit(text, limits.maximum);
  if (!r.ok) {
    return { ok: false, error: { key: `lim.err.${r.error.code}`, vars: { min: format(LIMIT_MIN_YEN), step: format(LIMIT_STEP_YEN), max: format(limits.maximum) } } };
  }
  if (r.value === limits.dailyLimit && limits.pendingRaise === null) return { ok: false, error: { key: 'lim.err.same' } };
  return r;
}

/**
 * The bank refused a new limit above its maximum (400 with the issue at dailyLimit): the maximum
 * changed since the screen read it, so the screen reads the limits again and says the new one.
 */
export function aboveBankMaximum(error: IpcError | null): boolean {
  return error?.code === 'VALIDATION_FAILED' && (error.issues ?? []).some((i) => i.path.join('.') === 'dailyLimit' && i.code === 'too_big');
}

/** An amount over what is left today: the message that says what is left and what to do. */
export function overLimit(amount: number, remainingToday: number | undefined, format: (yen: number) => string): FieldError | null {
  if (remainingToday === undefined || amount <= remainingToday) return null;
  return remainingToday === 0 ? { key: 'lim.tr.none' } : { key: 'lim.tr.over', vars: { remaining: format(remainingToday) } };
}

/** Settings opened at one page from elsewhere (the transfer screen's "change the limit"): read once. */
let openAt: 'limit' | null = null;
export function openLimitSettingsNext(): void {
  openAt = 'limit';
}
export function takeSettingsPage(): 'limit' | null {
  const page = openAt;
  openAt = null;
  return page;
}
