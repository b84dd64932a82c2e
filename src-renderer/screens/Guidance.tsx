/**
 * Guidance: the guide's two headline rules first (only the newest password works; no mail, no
 * transfer) with the ※1 note on a released token app, then who needs what (the diagram), why,
 * which address to register, the Select E-mail service, where to change the destinations, and the
 * sender domains. The same body is shown inside start-of-use, which keeps its form meanwhile.
 */
import { SenderDomains } from '../components/SenderDomains.js';
import { StepHeading } from '../components/Heading.js';
import { useT } from '../i18n/use-t.js';
import { navigate, useApp } from '../state/app-store.js';
import { DecisionDiagram, RegisteredPayeeRule } from './DecisionDiagram.js';

/** The whole page but its way out; `back` is the button that leaves it. */
export function GuidanceBody({ back }: { back: { label: string; onClick: () => void } }) {
  const { t } = useT();
  const session = useApp((s) => s.session);
  return (
    <article className="guidance" aria-labelledby="guide-title">
      <StepHeading level={1} id="guide-title">{t('guide.title')}</StepHeading>
      <p className="lead">{t('guide.intro')}</p>
      <section className="card guide-rules" aria-labelledby="rules-title" data-testid="guide-rules">
        <h2 id="rules-title">{t('guide.rules.title')}</h2>
        <ol>
          <li data-rule="newest">
            <p className="strong-note">{t('guide.rule.newest')}</p>
            <p>{t('guide.rule.newestWhy')}</p>
          </li>
          <li data-rule="mail">
            <p className="strong-note">{t('guide.rule.mail')}</p>
            <p>{t('guide.rule.mailWhy')}</p>
          </li>
        </ol>
        <p className="note" data-rule="token">{t('guide.rule.token')}</p>
      </section>
      <section className="card" aria-labelledby="diagram-heading">
        <h2 id="diagram-heading">{t('guide.diagram.title')}</h2>
        <DecisionDiagram />
        <h3>{t('guide.text.title')}</h3>
        <ul>
          <li>{t('guide.text.inquiry')}</li>
          <li><RegisteredPayeeRule /></li>
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
      <section className="card" aria-labelledby="select-title" data-testid="guide-select">
        <h2 id="select-title">{t('guide.select.title')}</h2>
        <p>{t('guide.select.body')}</p>
        <p>{t('guide.select.dest')}</p>
      </section>
      <section className="card" aria-labelledby="change-title" data-testid="guide-change">
        <h2 id="change-title">{t('guide.change.title')}</h2>
        <ul>
          <li>{t('guide.change.dest')}</li>
          <li>{t('guide.change.select')}</li>
          <li>{t('guide.change.email')}</li>
        </ul>
        {session === 'ready' ? (
          <button type="button" className="btn btn-secondary" onClick={() => navigate('settings')}>{t('guide.change.open')}</button>
        ) : null}
      </section>
      <div className="card">
        <SenderDomains headingLevel={2} />
      </div>
      <div className="actions">
        <button type="button" className="btn btn-secondary" onClick={back.onClick}>{back.label}</button>
      </div>
    </article>
  );
}

export default function Guidance() {
  const { t } = useT();
  const session = useApp((s) => s.session);
  const ready = session === 'ready';
  return <GuidanceBody back={{ label: ready ? t('common.toHome') : t('nav.login'), onClick: () => navigate(ready ? 'home' : 'login') }} />;
}
