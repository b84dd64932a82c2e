/** The page objects' text patterns: exact in either language, labels with or without "required". */
import { describe, expect, it } from 'vitest';
import { either, fieldLabel, like, translate } from '../../support/e2e/text.js';

describe('E2E text patterns', () => {
  it('either matches the whole message in each language and nothing longer', () => {
    const p = either('login.submit');
    expect(p.test(translate('ja', 'login.submit'))).toBe(true);
    expect(p.test(translate('en', 'login.submit'))).toBe(true);
    expect(p.test(translate('ja', 'nav.login'))).toBe(false);
  });
  it('fieldLabel accepts the required mark and refuses another label that starts the same', () => {
    const p = fieldLabel('login.loginId');
    expect(p.test(translate('ja', 'login.loginId'))).toBe(true);
    expect(p.test(`${translate('en', 'login.loginId')} (${translate('en', 'common.required')})`)).toBe(true);
    expect(p.test(translate('ja', 'login.remember'))).toBe(false);
  });
  it('like leaves unknown values open and keeps given ones', () => {
    expect(like('ja', 'otp.err.invalid').test(translate('ja', 'otp.err.invalid', { n: 3 }))).toBe(true);
    expect(like('ja', 'otp.err.invalid', { n: 2 }).test(translate('ja', 'otp.err.invalid', { n: 3 }))).toBe(false);
  });
});
