/** The two domains the bank's mails come from, each with a copy button (from the bank profile). */
import { useState } from 'react';
import { useT } from '../i18n/use-t.js';
import { copyText } from '../lib/clipboard.js';
import { senderDomainsOf, useProfile } from '../lib/profile.js';

export function SenderDomains({ headingLevel = 3 }: { headingLevel?: 2 | 3 }) {
  const { t, lang } = useT();
  const profile = useProfile();
  // The outcome of the last copy, translated when shown (it follows a change of language).
  const [status, setStatus] = useState<{ ok: boolean; domain: string } | null>(null);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  if (!profile) return null;
  const [otp, notice] = senderDomainsOf(profile);
  const copy = async (domain: string) => {
    setStatus({ ok: await copyText(domain), domain });
  };
  return (
    <section className="senders" aria-labelledby="senders-title">
      <Heading id="senders-title">{t('senders.title')}</Heading>
      <p>{t('senders.intro', { bank: profile.bankName[lang] })}</p>
      <ol className="domain-list">
        {[
          { domain: otp, what: t('senders.otp') },
          { domain: notice, what: t('senders.notice') },
        ].map(({ domain, what }) => (
          <li key={domain}>
            <code className="domain">{domain}</code>
            <span className="what">{what}</span>
            <button type="button" className="btn btn-small btn-secondary" onClick={() => void copy(domain)}>
              {t('senders.copy', { domain })}
            </button>
          </li>
        ))}
      </ol>
      <p className="copy-status" aria-live="polite">{status ? t(status.ok ? 'senders.copied' : 'senders.copyFailed', { domain: status.domain }) : ''}</p>
    </section>
  );
}
