/** The row of steps at the top of a wizard; the current one is marked for assistive technology. */
import { useT } from '../i18n/use-t.js';

export function WizardSteps({ steps, current }: { steps: string[]; current: number }) {
  const { t } = useT();
  return (
    <nav aria-label={t('wizard.label')} className="wizard-steps">
      <p className="visually-hidden">{t('wizard.stepOf', { n: current + 1, total: steps.length })}</p>
      <ol>
        {steps.map((label, i) => (
          <li key={label} className={i === current ? 'current' : i < current ? 'done' : 'todo'} aria-current={i === current ? 'step' : undefined}>
            <span className="num" aria-hidden="true">{i + 1}</span>
            <span className="label">{label}</span>
            {i < current ? <span className="visually-hidden">{t('wizard.done')}</span> : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}
