// What the authorize form does after each kind of refusal: which passwords are asked again, where
// focus goes, what the fields and the form say.
import { describe, expect, it } from 'vitest';
import type { IpcError } from '../../../src-shared/ipc/errors.js';
import { afterRefusal, GO_BACK, OUTCOME_UNKNOWN } from '../../../src-renderer/lib/authorize-refusal.js';

const both = { confirm: true, code: true };
const confirmOnly = { confirm: true, code: false };
const codeOnly = { confirm: false, code: true };
const err = (code: IpcError['code'], extra: Partial<IpcError> = {}): IpcError => ({ code, message: `m-${code}`, ...extra });

describe('afterRefusal', () => {
  it('a wrong mailed code: the code field says so with the attempts left, focus there, the confirmation typed again', () => {
    expect(afterRefusal(err('OTP_INVALID', { attemptsLeft: 2 }), both)).toEqual({
      keepCode: false, retype: { confirm: true, code: false }, focus: 'code',
      problem: { kind: 'invalid', attemptsLeft: 2 }, confirmError: null, pageError: null,
    });
  });
  it('a wrong app code: the same, as the app code', () => {
    const a = afterRefusal(err('TOKEN_OTP_INVALID'), codeOnly);
    expect(a.problem).toEqual({ kind: 'token-invalid' });
    expect(a.focus).toBe('code');
    expect(a.retype).toEqual({ confirm: false, code: false });
  });
  it('an older mail\'s code: typed again (the newest one works), focus on the code', () => {
    const a = afterRefusal(err('OTP_SUPERSEDED', { currentReference: '1234' }), both);
    expect(a.problem).toEqual({ kind: 'superseded', reference: '1234' });
    expect(a.focus).toBe('code');
  });
  it('a password that needs replacing (expired, replaced, too many tries): focus on the resend button', () => {
    expect(afterRefusal(err('OTP_EXPIRED'), both)).toMatchObject({ focus: 'resend', problem: { kind: 'expired' }, pageError: null });
    expect(afterRefusal(err('OTP_SUPERSEDED', { currentReference: null }), both)).toMatchObject({ focus: 'resend', problem: { kind: 'replaced' } });
    expect(afterRefusal(err('OTP_ATTEMPTS_EXCEEDED'), both)).toMatchObject({ focus: 'resend', problem: { kind: 'exceeded' } });
  });
  it('the next password could not be sent: the unspent code is put back, the confirmation typed again, the form says why', () => {
    const e = err('OTP_ISSUE_LIMIT', { retryAfter: 600 });
    expect(afterRefusal(e, both)).toEqual({
      keepCode: true, retype: { confirm: true, code: false }, focus: null, problem: null, confirmError: null, pageError: e,
    });
  });
  it('a wrong confirmation password: its field says so with the attempts left, focus there, the code typed again', () => {
    expect(afterRefusal(err('CONFIRMATION_PASSWORD_INVALID', { attemptsLeft: 1 }), both)).toEqual({
      keepCode: false, retype: { confirm: false, code: true }, focus: 'confirm', problem: null,
      confirmError: { key: 'auth.err.confirmInvalid', vars: { n: 1 } }, pageError: null,
    });
    expect(afterRefusal(err('CONFIRMATION_PASSWORD_INVALID'), confirmOnly)).toMatchObject({
      retype: { confirm: false, code: false }, confirmError: { key: 'auth.err.confirmInvalidNoCount' },
    });
  });
  it('an answer that got lost (and the status did not show it done): both typed again, the code\'s message left, the form says so', () => {
    for (const code of OUTCOME_UNKNOWN) {
      const a = afterRefusal(err(code, { attemptsLeft: 3 }), both);
      expect(a).toEqual({ keepCode: false, retype: both, focus: null, problem: 'keep', confirmError: null, pageError: { code, message: `m-${code}` } });
    }
  });
  it('a refusal of the operation itself (funds, limit, voided): both typed again, the form says it', () => {
    for (const code of GO_BACK) {
      const e = err(code);
      expect(afterRefusal(e, both)).toEqual({ keepCode: false, retype: both, focus: null, problem: null, confirmError: null, pageError: e });
    }
  });
  it('only the passwords the step takes are asked again', () => {
    expect(afterRefusal(err('UNEXPECTED'), confirmOnly).retype).toEqual({ confirm: true, code: false });
    expect(afterRefusal(err('UNEXPECTED'), codeOnly).retype).toEqual({ confirm: false, code: true });
    expect(afterRefusal(err('OTP_INVALID'), codeOnly).retype).toEqual({ confirm: false, code: false });
  });
});
