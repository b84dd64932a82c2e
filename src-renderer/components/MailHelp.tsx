/** "Didn't get the mail?": what to check, and that without the mail the operation cannot be done. */
import { useT } from '../i18n/use-t.js';
import { senderDomainsOf, useProfile } from '../lib/profile.js';
import { SenderDomains } from './SenderDomains.js';

export function MailHelp({ destinations }: { destinations: string[] }) {
  const { t, lang } = useT();
  const profile = useProfile();
  if (!profile) return null;
  const [otp, notice] = senderDomainsOf(profile);
  return (
    <details className="mail-help">
      <summary>{t('otp.help.summary')}</summary>
      <ul>
        <li>{t('otp.help.senders', { otp, notice })}</li>
        <li>{t('otp.help.spam')}</li>
        <li>{t('otp.help.address', { destinations: destinations.join(lang === 'ja' ? '、' : ', ') })}</li>
        <li>{t('otp.help.device')}</li>
        <li>{t('otp.help.wait')}</li>
      </ul>
      <p className="strong-note">{t('otp.help.cannot', { phone: profile.support.phone, hours: profile.support.hours[lang] })}</p>
      <SenderDomains />
    </details>
  );
}
