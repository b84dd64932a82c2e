/**
 * The bank stopped this customer's protected operations (423 OTP_LOCKED): the locked panel that
 * replaces every screen which would ask for a password, and the gate that puts it there — at once
 * when the store already knows (a refusal seen anywhere, or GET /me), else after asking GET /me
 * before the customer fills a form in vain.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useT } from '../i18n/use-t.js';
import { netbank } from '../lib/bridge.js';
import { useApp } from '../state/app-store.js';
import { noteMe } from '../state/session.js';
import { StepHeading } from './Heading.js';

/** `stillOk`: say that balances and history stay readable (not before the start-of-use procedure is done). */
export function OtpLockPanel({ onMenu, menuLabel, stillOk = true }: { onMenu: () => void; menuLabel: string; stillOk?: boolean }) {
  const { t, lang } = useT();
  const support = useApp((s) => s.info?.profile.support) ?? null;
  return (
    <section className="card narrow otp-lock" aria-labelledby="otp-lock-title" data-testid="otp-lock">
      <StepHeading level={1} id="otp-lock-title">{t('lock.title')}</StepHeading>
      <p>{t('lock.why')}</p>
      <div className="alert alert-warning otp-lock-call">
        <h2 className="alert-title">{t('lock.callTitle')}</h2>
        <p>{t('lock.call')}</p>
        {support ? (
          <dl className="otp-lock-contact">
            <div>
              <dt>{t('lock.phone')}</dt>
              <dd className="otp-lock-phone" data-testid="otp-lock-phone">{support.phone}</dd>
            </div>
            <div>
              <dt>{t('lock.hours')}</dt>
              <dd>{support.hours[lang]}</dd>
            </div>
          </dl>
        ) : null}
        <p>{t('lock.notYou')}</p>
      </div>
      {stillOk ? <p>{t('lock.stillOk')}</p> : null}
      <div className="actions">
        <button type="button" className="btn btn-primary" onClick={onMenu} data-testid="otp-lock-back">{menuLabel}</button>
      </div>
    </section>
  );
}

/** Shows `children` (a screen that asks for a password) only while the bank has not locked them. */
export function OtpLockGate({ children, onMenu, menuLabel }: { children: ReactNode; onMenu: () => void; menuLabel: string }) {
  const { t } = useT();
  const locked = useApp((s) => s.otpLocked);
  const [checked, setChecked] = useState(false);
  useEffect(() => {
    let live = true;
    void (async () => {
      const r = await netbank().customer.me({});
      if (r.ok) noteMe(r.value);
      // A failed look-up lets the screen open: the bank still refuses at the first step if locked.
      if (live) setChecked(true);
    })();
    return () => {
      live = false;
    };
  }, []);
  if (locked) return <OtpLockPanel onMenu={onMenu} menuLabel={menuLabel} />;
  if (!checked) return <p role="status" className="otp-lock-checking">{t('lock.checking')}</p>;
  return <>{children}</>;
}
