/**
 * The authorize step for a customer with the one-time password app: no mail facts, timer or
 * resend; a wrong code says how many more wrong tries lock access; the app's current code completes.
 * Codes are made from the demo bank's seed secret at the bank's time.
 */
import { render, screen } from '@testing-library/react';
import { Secret, TOTP } from 'otpauth';
import { describe, expect, it, vi } from 'vitest';
import { TOKEN_USER_TOTP_SECRET } from '../../mock-bank/seed.js';
import { AuthorizeStep } from '../../src-renderer/components/AuthorizeStep.js';
import { carryOut, user, wrongCode } from './support/screen.js';
import { CONFIRMATION_PASSWORD, domStack, text } from './support/stack.js';

const stack = domStack();
/** What the app shows now, by the bank's clock (which tests elsewhere may have moved on). */
const appCode = async () =>
  new TOTP({ secret: Secret.fromBase32(TOKEN_USER_TOTP_SECRET), algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp: await stack.bank.now() });

describe('authorize step with the one-time password app', () => {
  it('asks for the app digits, says how many wrong tries are left, and completes with the current code', async () => {
    await stack.login('token-user');
    const op = await stack.createTransfer();
    expect(op.factors).toContain('token-otp');
    const done = vi.fn();
    render(<AuthorizeStep operation={{ id: op.id, factors: op.factors, otp: op.otp }} onCompleted={done} />);
    expect(screen.getByLabelText(text('otp.tokenCode'))).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByRole('button', { name: text('otp.resend') })).toBeNull();

    const typeCode = (code: string) => user().type(screen.getByLabelText(text('otp.tokenCode')), code);
    await typeCode(wrongCode(await appCode()));
    await carryOut({ confirm: CONFIRMATION_PASSWORD });
    expect(await screen.findByText(text('otp.err.tokenInvalidLeft', { n: 4 }))).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText(text('otp.tokenCode')));
    expect(screen.getByText(text('auth.confirmRetype'))).toBeTruthy();

    await typeCode(await appCode());
    await carryOut({ confirm: CONFIRMATION_PASSWORD });
    expect(done).toHaveBeenCalledTimes(1);
  });
});
