/**
 * The start-of-use procedure under the bank's one-time-password lock: a customer whose wrong codes
 * spent the budget (2 here) is not given a form whose password the bank would refuse, but the
 * locked panel with the bank's phone and a way out (log out), without the note that balances stay
 * readable (nothing else is reachable before the procedure is done).
 */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import StartOfUse from '../../src-renderer/screens/StartOfUse.js';
import { boot } from '../../src-renderer/state/session.js';
import { user, wrongCode } from './support/screen.js';
import { domStack, text } from './support/stack.js';

const stack = domStack({ BANK_OTP_FAILURES_BEFORE_LOCK: '2', BANK_OTP_RESEND_COOLDOWN_S: '0' }, { resetEach: true });
const NEW_LOGIN = 'lockNewLogin1';
const NEW_CONFIRM = 'lockConfirm22';
const ADDRESS = 'new-user@ezweb.ne.jp';
/** The procedure's fields by id: several labels begin with the same words (a password and its repeat). */
const field = (id: string) => document.getElementById(id) as HTMLInputElement;

describe('start of use under the one-time password lock', () => {
  it('the send that the bank refuses for the lock gives way to the locked panel with the bank\'s phone', async () => {
    const login = await stack.bridge.session.login({ loginId: 'new-user', password: 'demo-first-1', rememberId: false });
    expect(login.ok).toBe(true);
    await stack.bridge.preferences.set({ language: 'ja' });
    await boot();
    // The budget spent straight through the core (the renderer's store sees none of it).
    const sent = await stack.bridge.startOfUse.submit({ newLoginPassword: NEW_LOGIN, confirmationPassword: NEW_CONFIRM, email: ADDRESS, acknowledgeFreeMail: false });
    if (!sent.ok) throw new Error(`start of use not sent: ${sent.error.code}`);
    const { code } = await stack.bank.otpMail(ADDRESS, sent.value.otp.reference);
    const answers: string[] = [];
    for (let i = 0; i < 2; i++) {
      const r = await stack.bridge.startOfUse.verify({ mailOtp: wrongCode(code) });
      answers.push(r.ok ? 'ok' : r.error.code);
    }
    expect(answers).toEqual(['OTP_INVALID', 'OTP_LOCKED']);

    render(<StartOfUse />);
    const u = user();
    await u.type(field('sou-new-login'), NEW_LOGIN);
    await u.type(field('sou-new-login-again'), NEW_LOGIN);
    await u.type(field('sou-confirm'), NEW_CONFIRM);
    await u.type(field('sou-confirm-again'), NEW_CONFIRM);
    await u.click(screen.getByRole('button', { name: text('common.next') }));
    await u.type(field('sou-email'), ADDRESS);
    await u.type(field('sou-email-again'), ADDRESS);
    await u.click(screen.getByRole('button', { name: text('sou.send') }));

    expect(await screen.findByRole('heading', { name: text('lock.title') })).toBeTruthy();
    expect(screen.getByTestId('otp-lock-phone').textContent).toMatch(/\d{2,4}-\d{2,4}-\d{3,4}/);
    expect(screen.getByRole('button', { name: text('nav.logout') })).toBeTruthy();
    expect(screen.queryByText(text('lock.stillOk'))).toBeNull();
    expect(document.querySelectorAll('input[type="password"]')).toHaveLength(0);
  });
});
