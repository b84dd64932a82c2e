/**
 * What confirming this transfer will take, said exactly. Before the operation exists (review) it
 * follows what the bank reported in /me: its transfer policy, the customer's second factor, and
 * where mail-notified passwords go (the registered address and every Select address marked as a
 * destination, masked). Once the bank has created it (authorize), the operation's own `factors`
 * and `otp.destinations` say it.
 */
import type { Me } from '../../../src-shared/bank-api/customer.js';
import type { OtpInfo } from '../../../src-shared/bank-api/common.js';
import { maskEmail } from '../../../src-shared/domain/email-policy.js';
import type { Factor } from '../../../src-shared/domain/second-factor.js';
import type { MessageKey } from '../../i18n/i18n.js';
import { useT, type T } from '../../i18n/use-t.js';

export type Expected = 'mail' | 'token' | 'confirm-only' | 'unknown';

/** What the bank will ask for, from /me (null: not known). */
export function expectedFactor(me: Me | null, registeredPayee: boolean): Expected {
  if (!me) return 'unknown';
  if (registeredPayee && !me.policy.registeredPayeeNeedsOtp) return 'confirm-only';
  if (me.secondFactor === 'token') return 'token';
  if (me.secondFactor === 'mail-otp') return 'mail';
  return 'confirm-only';
}

/** The payee kind's hint on the first step. */
export const HINT_KEYS: Record<Expected, MessageKey> = {
  mail: 'trd.hint.mail', token: 'trd.hint.token', 'confirm-only': 'trd.hint.confirmOnly', unknown: 'trd.hint.unknown',
};

/** Where this customer's mail-notified passwords go, as the screen names them. */
export function destinationLines(t: T, me: Me): string[] {
  const lines = me.email ? [t('trd.dest.registered', { address: maskEmail(me.email) })] : [];
  for (const s of me.selectEmail) {
    if (s.use && s.otpDestination && s.address) lines.push(t(s.slot === 1 ? 'trd.dest.select1' : 'trd.dest.select2', { address: maskEmail(s.address) }));
  }
  return lines;
}

export function ReviewFactorNote({ me, registeredPayee }: { me: Me | null; registeredPayee: boolean }) {
  const { t } = useT();
  const expected = expectedFactor(me, registeredPayee);
  const text: Record<Expected, MessageKey> = {
    mail: 'trd.review.mail', token: 'trd.review.token', 'confirm-only': 'trd.review.confirmOnly', unknown: 'trd.review.unknown',
  };
  return (
    <div className="factor-note" data-testid="factor-note" data-expected={expected}>
      <p>{t(text[expected])}</p>
      {expected === 'mail' && me ? (
        <ul data-testid="factor-destinations">{destinationLines(t, me).map((l) => <li key={l}>{l}</li>)}</ul>
      ) : null}
    </div>
  );
}

export function AuthorizeFactorNote({ factors, otp }: { factors: Factor[]; otp?: OtpInfo | undefined }) {
  const { t } = useT();
  const kind = factors.includes('mail-otp') ? 'mail' : factors.includes('token-otp') ? 'token' : 'confirm-only';
  const text = { mail: 'trd.auth.mail', token: 'trd.auth.token', 'confirm-only': 'trd.auth.confirmOnly' } as const;
  return (
    <div className="factor-note" data-testid="factor-note" data-expected={kind}>
      <p>{t(text[kind])}</p>
      {kind === 'mail' && otp ? <ul data-testid="factor-destinations">{otp.destinations.map((d) => <li key={d}>{d}</li>)}</ul> : null}
    </div>
  );
}
