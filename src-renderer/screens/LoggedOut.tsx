/** After logout or an automatic logout: says why, what to do on a shared computer, and offers to log in again. */
import { StepHeading } from '../components/Heading.js';
import { useT } from '../i18n/use-t.js';
import { navigate, useApp } from '../state/app-store.js';

export default function LoggedOut() {
  const { t } = useT();
  const reason = useApp((s) => s.endReason) ?? 'logout';
  // A kiosk has been wiped by now and cannot be closed: the customer is told they can simply leave.
  const kiosk = useApp((s) => s.info?.kiosk ?? false);
  return (
    <section className="card narrow" aria-labelledby="out-title" data-testid="logged-out" data-reason={reason}>
      <StepHeading level={1} id="out-title">{t('out.title')}</StepHeading>
      <p>{t(`out.${reason}`)}</p>
      <p className="note">{t(kiosk ? 'out.kiosk' : 'out.shared')}</p>
      <div className="actions">
        <button type="button" className="btn btn-primary" onClick={() => navigate('login')}>{t('out.again')}</button>
      </div>
    </section>
  );
}
