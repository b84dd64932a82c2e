/**
 * The login form's check and the shapes every form check returns (lib/forms.ts has the others).
 * Its own module so that the first screen's chunk does not carry the other forms' checks and the
 * domain rules they use (payee names, e-mail policy, passwords).
 */
import type { MessageKey, Vars } from '../i18n/i18n.js';

export interface FieldError { key: MessageKey; vars?: Vars }
export type FieldErrors<F extends string> = Partial<Record<F, FieldError>>;
export type Checked<T, F extends string> = { ok: true; value: T } | { ok: false; errors: FieldErrors<F> };

export function done<T, F extends string>(errors: FieldErrors<F>, value: () => T): Checked<T, F> {
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: value() };
}

export type LoginField = 'loginId' | 'password';
export function checkLogin(input: { loginId: string; password: string }): Checked<{ loginId: string; password: string }, LoginField> {
  const errors: FieldErrors<LoginField> = {};
  if (input.loginId.trim() === '') errors.loginId = { key: 'login.err.loginId' };
  if (input.password === '') errors.password = { key: 'login.err.password' };
  return done(errors, () => ({ loginId: input.loginId.trim(), password: input.password }));
}
