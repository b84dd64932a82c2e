/**
 * A kiosk's login screen must not keep anything for the next person: a typed login ID, a password,
 * a failed-login or lock message, a language someone chose. After the kiosk's idle time without
 * input on the login screen, it starts over blank; pure rules here, the timer in Login.tsx.
 */
import type { Lang } from '../i18n/i18n.js';

export interface LoginScreenContent {
  loginId: string;
  password: string;
  /** A failed-login or lock message, or field errors, on screen. */
  messages: boolean;
  language: Lang;
  /** The language a fresh login screen starts in (the kiosk's first). */
  startLanguage: Lang;
}

/** Whether the screen shows anything a blank one does not. */
export function loginScreenUsed(c: LoginScreenContent): boolean {
  return c.loginId !== '' || c.password !== '' || c.messages || c.language !== c.startLanguage;
}

export interface KioskResetRule {
  kiosk: boolean;
  /** The kiosk's idle time in seconds (the same as its session idle timeout); null while unknown. */
  idleSeconds: number | null;
  used: boolean;
}

/**
 * Milliseconds after the last input on the login screen at which it is cleared, or null when it
 * never needs to be (not a kiosk, idle time unknown, or nothing on screen).
 */
export function kioskResetDelayMs(rule: KioskResetRule): number | null {
  if (!rule.kiosk || rule.idleSeconds === null || !rule.used) return null;
  return Math.max(1, rule.idleSeconds) * 1000;
}
