/** Guidance: who needs the mail-notified password and why, the diagram, address advice, sender domains. */
import { SenderDomains } from '../components/SenderDomains.js';
import { StepHeading } from '../components/Heading.js';
import { useT } from '../i18n/use-t.js';
import { navigate, useApp } from '../state/app-store.js';
import { DecisionDiagram } from './DecisionDiagram.js';

export default function Guidance() {
  const { t } = useT();
  const session = useApp((s) => s.session);
  return (
    <article className="guidance" aria-labelledby="guide-title">
      <StepHeading level={1} id="guide-title">{t('guide.title')}</StepHeading>
      <p className="lead">{t('guide.intro')}</p>
      <section className="card" aria-labelledby="diagram-heading">
        <h2 id="diagram-heading">{t('guide.diagram.title')}</h2>
        <DecisionDiagram />
        <h3>{t('guide.text.title')}</h3>
        <ul>
          <li>{t('guide.text.inquiry')}</li>
          <li>{t('guide.text.registered')}</li>
          <li>{t('guide.text.phone')}</li>
          <li>{t('guide.text.token')}</li>
          <li><strong>{t('guide.text.mail')}</strong></li>
        </ul>
      </section>
      <section className="card" aria-labelledby="why-title">
        <h2 id="why-title">{t('guide.why.title')}</h2>
        <p>{t('guide.why.body')}</p>
      </section>
      <section className="card" aria-labelledby="address-title">
        <h2 id="address-title">{t('guide.address.title')}</h2>
        <ul>
          <li>{t('guide.address.where')}</li>
          <li>{t('guide.address.device')}</li>
          <li>{t('guide.address.free')}</li>
        </ul>
      </section>
      <div className="card">
        <SenderDomains headingLevel={2} />
      </div>
      <div className="actions">
        <button type="button" className="btn btn-secondary" onClick={() => navigate(session === 'ready' ? 'home' : 'login')}>
          {session === 'ready' ? t('common.toHome') : t('nav.login')}
        </button>
      </div>
    </article>
  );
}
