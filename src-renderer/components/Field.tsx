/** A labelled input with its hint and error tied to it (aria-describedby), the error announced. */
import type { InputHTMLAttributes, ReactNode } from 'react';
import { useT } from '../i18n/use-t.js';
import type { FieldError } from '../lib/login-form.js';

export interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'id'> {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  hint?: ReactNode;
  error?: FieldError | null | undefined;
  after?: ReactNode;
}

export function describedBy(id: string, hint: boolean, error: boolean, extra?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : '', extra ?? ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function FieldMessage({ id, error }: { id: string; error?: FieldError | null | undefined }) {
  const { t } = useT();
  return (
    // Always in the page (empty when there is nothing to say): a live region that appears together
    // with its text is often not announced, one whose text changes is.
    <p id={`${id}-error`} className="field-error" aria-live="polite">
      {error ? t(error.key, error.vars) : null}
    </p>
  );
}

export function Field({ id, label, value, onValue, hint, error, after, required, className, 'aria-describedby': extra, ...rest }: FieldProps) {
  const { t } = useT();
  return (
    <div className={`field${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="req"> ({t('common.required')})</span> : null}
      </label>
      {hint ? <p id={`${id}-hint`} className="hint">{hint}</p> : null}
      <input
        id={id}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(error), extra)}
        aria-required={required ? true : undefined}
        {...rest}
      />
      {after}
      <FieldMessage id={id} error={error} />
    </div>
  );
}
