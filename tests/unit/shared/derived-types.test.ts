/**
 * Types the layers share are derived from the contract, not copied: these pairings fail to compile
 * (tsc -b, part of `npm run lint`) when one side drifts, and the runtime checks fail in vitest when
 * the schemas do.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ErrorBody, ErrorDetail, ErrorExtras } from '../../../src-shared/bank-api/common.js';
import {
  RememberOutcome, contract, type HostInfo, type KeychainStatus, type Preferences, type ResponseOf,
} from '../../../src-shared/ipc/contract.js';
import { IpcError } from '../../../src-shared/ipc/errors.js';
import { EndReason, type EventPayload } from '../../../src-shared/ipc/events.js';
import type { RetryPolicy } from '../../../src-main/core/bank-client/call.js';
import type { CoreConfig } from '../../../src-main/core/config.js';
import { CoreError } from '../../../src-main/core/errors.js';
import type { KioskFile, WipeReason } from '../../../src-main/core/kiosk/index.js';
import type { PreferenceService } from '../../../src-main/core/preferences/service.js';
import type { EndReason as SessionEndReason } from '../../../src-main/core/session/session.js';
import type { AppState, EndReason as RendererEndReason, HostInfo as RendererHostInfo } from '../../../src-renderer/state/app-store.js';
import { BankError } from '../../../mock-bank/errors.js';

describe('types derived from the contract', () => {
  it('session end reasons: the event, the session, the renderer and the kiosk wipe share one union', () => {
    expectTypeOf<SessionEndReason>().toEqualTypeOf<EventPayload<'session.ended'>['reason']>();
    expectTypeOf<RendererEndReason>().toEqualTypeOf<EndReason>();
    expectTypeOf<EndReason>().toMatchTypeOf<WipeReason>();
    expect(contract).toBeDefined();
    expect(EndReason.options).toEqual(['idle', 'absolute', 'logout', 'revoked']);
  });

  it('host info, keychain status and the remember outcome are the contract\'s own', () => {
    expectTypeOf<RendererHostInfo>().toEqualTypeOf<ResponseOf<'app.info'>>();
    expectTypeOf<HostInfo>().toEqualTypeOf<ResponseOf<'app.info'>>();
    expectTypeOf<AppState['keychain']>().toEqualTypeOf<KeychainStatus>();
    expectTypeOf<Preferences['keychain']>().toEqualTypeOf<KeychainStatus>();
    expectTypeOf<ResponseOf<'session.login'>['remember']>().toEqualTypeOf<RememberOutcome>();
    expectTypeOf<Awaited<ReturnType<PreferenceService['afterLogin']>>>().toEqualTypeOf<RememberOutcome>();
    expect(contract['session.login'].response.shape.remember).toBe(RememberOutcome);
  });

  it('the core\'s config uses the bank caller\'s retry policy, the contract\'s host kinds and the kiosk file\'s languages', () => {
    expectTypeOf<CoreConfig['retry']>().toEqualTypeOf<RetryPolicy>();
    expectTypeOf<CoreConfig['host']>().toEqualTypeOf<HostInfo['host']>();
    expectTypeOf<NonNullable<CoreConfig['kioskLanguages']>>().toEqualTypeOf<KioskFile['languages']>();
  });
});

describe('one error schema for the bank\'s body, IPC and the bank\'s extras', () => {
  it('IpcError is the error inside ErrorBody, and both carry every extra', () => {
    expect(IpcError).toBe(ErrorDetail);
    expect(ErrorBody.shape.error).toBe(ErrorDetail);
    for (const key of Object.keys(ErrorExtras.shape)) expect(Object.keys(IpcError.shape)).toContain(key);
    expectTypeOf<IpcError>().toEqualTypeOf<ErrorBody['error']>();
    expectTypeOf<Omit<IpcError, 'code' | 'message'>>().toEqualTypeOf<ErrorExtras>();
    expectTypeOf<ConstructorParameters<typeof CoreError>[2]>().toEqualTypeOf<ErrorExtras | undefined>();
    expectTypeOf<ReturnType<BankError['body']>>().toMatchTypeOf<ErrorBody>();
  });

  it('a bank error with each extra parses as ErrorBody and passes to IPC unchanged', () => {
    const extras: ErrorExtras[] = [
      { attemptsLeft: 2 },
      { retryAfter: 30 },
      { currentReference: '0412' },
      { currentReference: null },
      { remainingToday: 5000 },
      { issues: [{ path: ['amount'], message: 'too small', code: 'too_small' }] },
    ];
    for (const extra of extras) {
      const body = ErrorBody.parse(new BankError('OTP_INVALID', 'wrong', extra).body());
      const { code, message, ...rest } = body.error;
      const ipc = new CoreError(code, message, rest).ipc;
      expect(IpcError.parse(ipc)).toEqual({ code: 'OTP_INVALID', message: 'wrong', ...extra });
    }
  });
});
