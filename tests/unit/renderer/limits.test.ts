import { describe, expect, it } from 'vitest';
import type { TransferLimits } from '../../../src-shared/bank-api/limits.js';
import type { IpcError } from '../../../src-shared/ipc/errors.js';
import { translate } from '../../../src-renderer/i18n/i18n.js';
import { aboveBankMaximum, checkLimitInput, limitDate, overLimit, openLimitSettingsNext, takeSettingsPage } from '../../../src-renderer/lib/limits.js';
import { limitMenuState } from '../../../src-renderer/screens/settings/limit-menu.js';

const fmt = (n: number) => `¥${n.toLocaleString('en-US')}`;
const LIMITS: TransferLimits = { dailyLimit: 2_000_000, usedToday: 500_000, remainingToday: 1_500_000, maximum: 10_000_000, pendingRaise: null };

describe('limit screens, pure parts', () => {
  it('say each bad new limit its own way, with the amounts filled in', () => {
    const key = (text: string, l = LIMITS) => {
      const r = checkLimitInput(text, l, fmt);
      return r.ok ? r.value : r.error.key;
    };
    expect(key('')).toBe('lim.err.LIMIT_EMPTY');
    expect(key('abc')).toBe('lim.err.LIMIT_NOT_A_NUMBER');
    expect(key('0')).toBe('lim.err.LIMIT_TOO_SMALL');
    expect(key('1500')).toBe('lim.err.LIMIT_NOT_THOUSANDS');
    expect(key('12,000,000')).toBe('lim.err.LIMIT_ABOVE_MAXIMUM');
    expect(key('2,000,000')).toBe('lim.err.same');
    expect(key('2,000,000', { ...LIMITS, pendingRaise: { amount: 3_000_000, effectiveFrom: '2025-03-10T15:00:00.000Z' } })).toBe(2_000_000);
    expect(key('３，０００，０００')).toBe(3_000_000);
    const over = checkLimitInput('12000000', LIMITS, fmt);
    expect(over.ok ? '' : translate('en', over.error.key, over.error.vars)).toContain('¥10,000,000');
  });

  it('tells the bank\'s refusal of a limit above its maximum (400, issue at dailyLimit) from its other refusals', () => {
    const refusal = (issues: { path: string[]; code: string }[], code: IpcError['code'] = 'VALIDATION_FAILED'): IpcError =>
      ({ code, message: 'm', issues: issues.map((i) => ({ ...i, message: 'm' })) });
    expect(aboveBankMaximum(refusal([{ path: ['dailyLimit'], code: 'too_big' }]))).toBe(true);
    expect(aboveBankMaximum(refusal([{ path: ['dailyLimit'], code: 'not_multiple_of' }]))).toBe(false);
    expect(aboveBankMaximum(refusal([{ path: ['amount'], code: 'too_big' }]))).toBe(false);
    expect(aboveBankMaximum(refusal([{ path: ['dailyLimit'], code: 'too_big' }], 'DAILY_LIMIT_EXCEEDED'))).toBe(false);
    expect(aboveBankMaximum({ code: 'VALIDATION_FAILED', message: 'm' })).toBe(false);
    expect(aboveBankMaximum(null)).toBe(false);
  });

  it('an amount over what is left names the remaining amount, or says nothing is left', () => {
    expect(overLimit(1_500_000, 1_500_000, fmt)).toBeNull();
    expect(overLimit(2_000_000, undefined, fmt)).toBeNull();
    const over = overLimit(1_500_001, 1_500_000, fmt)!;
    expect(translate('ja', over.key, over.vars)).toContain('¥1,500,000');
    expect(overLimit(1, 0, fmt)).toEqual({ key: 'lim.tr.none' });
  });

  it('dates a raise by the Japan-time day and shows it in the settings menu', () => {
    const from = '2025-03-10T15:00:00.000Z'; // 2025-03-11 00:00 in Japan
    expect(limitDate(from, 'en')).toContain('11 Mar 2025');
    expect(limitDate(from, 'ja')).toContain('2025年3月11日');
    const t = (k: Parameters<typeof translate>[1], v?: Parameters<typeof translate>[2]) => translate('en', k, v);
    expect(limitMenuState(t, 'en', LIMITS)).toBe('¥2,000,000 a day');
    expect(limitMenuState(t, 'en', { ...LIMITS, pendingRaise: { amount: 3_000_000, effectiveFrom: from } })).toContain('¥3,000,000 from');
  });

  it('the transfer screen opens the limit page once', () => {
    expect(takeSettingsPage()).toBeNull();
    openLimitSettingsNext();
    expect(takeSettingsPage()).toBe('limit');
    expect(takeSettingsPage()).toBeNull();
  });
});
