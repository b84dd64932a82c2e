/**
 * An e-mail address field with live advice from the shared email policy as the customer types:
 * a phone carrier address is good; any other needs checking where it is received; free or cloud
 * mail gets a warning and a checkbox the customer must tick to go on. Used by start-of-use and by
 * the address-change settings.
 */
import { classifyEmail, type EmailAdvice } from '../../src-shared/domain/email-policy.js';
import { useT } from '../i18n/use-t.js';
import type { FieldError } from '../lib/forms.js';
import { Field, FieldMessage } from './Field.js';

const TONE: Record<EmailAdvice, 'good' | 'warn' | 'info'> = {
  'separate-device-good': 'good',
  'check-receiving-device': 'info',
  'receive-where-you-bank': 'info',
  'free-mail-warning': 'warn',
  'cloud-mail-warning': 'warn',
};

export interface EmailAdviceFieldProps {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onValue: (v: string) => void;
  acknowledged: boolean;
  onAcknowledged: (v: boolean) => void;
  error?: FieldError | null | undefined;
  ackError?: FieldError | null | undefined;
}

export function EmailAdviceField({ id, label, hint, value, onValue, acknowledged, onAcknowledged, error, ackError }: EmailAdviceFieldProps) {
  const { t } = useT();
  const c = classifyEmail(value);
  const advice = c.valid ? c.advice : [];
  const needsAck = c.valid && c.requiresAcknowledgement;
  return (
    <div className="email-advice-field">
      <Field
        id={id}
        label={label}
        hint={hint}
        value={value}
        onValue={onValue}
        error={error}
        type="email"
        inputMode="email"
        autoComplete="email"
        spellCheck={false}
        autoCapitalize="off"
        required
        aria-describedby={`${id}-advice`}
      />
      <div id={`${id}-advice`} className="advice" aria-live="polite">
        {advice.length > 0 ? (
          <>
            <p className="visually-hidden">{t('email.advice')}</p>
            <ul>
              {advice.map((a) => (
                <li key={a} className={`advice-${TONE[a]}`} data-advice={a}>
                  <span className="advice-icon" aria-hidden="true">{TONE[a] === 'good' ? '✓' : TONE[a] === 'warn' ? '!' : 'i'}</span>
                  {t(`email.advice.${a}`)}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
      {needsAck ? (
        <div className={`check-field${ackError ? ' has-error' : ''}`}>
          <input
            type="checkbox"
            id={`${id}-ack`}
            checked={acknowledged}
            onChange={(e) => onAcknowledged(e.target.checked)}
            aria-invalid={ackError ? true : undefined}
            aria-describedby={ackError ? `${id}-ack-error` : undefined}
          />
          <label htmlFor={`${id}-ack`}>{t('email.ack')}</label>
          <FieldMessage id={`${id}-ack`} error={ackError} />
        </div>
      ) : null}
    </div>
  );
}

/**
 * The guide's address advice, shown before anything is typed: what to register and why, and a way
 * to the full guidance (`onGuide`; the form that shows this keeps what was typed meanwhile).
 */
export function AddressAdvice({ id, onGuide }: { id: string; onGuide?: () => void }) {
  const { t } = useT();
  return (
    <section className="address-advice" aria-labelledby={`${id}-title`} data-testid="address-advice">
      <h3 id={`${id}-title`}>{t('sou.advice.title')}</h3>
      <p>{t('sou.advice.intro')}</p>
      <ul>
        <li data-advice="where">{t('guide.address.where')}</li>
        <li data-advice="device">{t('guide.address.device')}</li>
        <li data-advice="free">{t('guide.address.free')}</li>
      </ul>
      {onGuide ? (
        <p>
          <button type="button" id={`${id}-guide`} className="link-button" onClick={onGuide} aria-describedby={`${id}-guide-note`}>{t('sou.guideLink')}</button>
          <span id={`${id}-guide-note`} className="note"> {t('sou.guideLinkNote')}</span>
        </p>
      ) : null}
    </section>
  );
}
