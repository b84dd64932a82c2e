/**
 * Authorizing a created operation: the confirmation password and/or the one-time password the
 * bank asked for (`factors`), one submit each with a fresh intent id. Used by transfers, bill
 * payment and the settings flows (two-step operations hand the next step to `onNextStep`).
 * Passwords live only in this component's state and are cleared after every submit, right or
 * wrong, as a bank's form does (except an unspent mail code when only the next password could not
 * be sent: 429 OTP_ISSUE_LIMIT). After a failed submit focus goes to the field that was wrong (its
 * error is announced), and every other cleared field says it must be typed again. The bank's
 * one-time-password lock is shown by the screen's gate (components/OtpLock.tsx).
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import type { OtpInfo } from '../../src-shared/bank-api/common.js';
import type { OtpDestinationChoice } from '../../src-shared/bank-api/operations.js';
import { normalizeOtpInput } from '../../src-shared/domain/text.js';
import type { IpcError } from '../../src-shared/ipc/errors.js';
import { useT } from '../i18n/use-t.js';
import { netbank, newIntentId } from '../lib/bridge.js';
import type { FieldError } from '../lib/forms.js';
import { afterRefusal, GO_BACK, OUTCOME_UNKNOWN } from '../lib/authorize-refusal.js';
import type { OtpProblem } from '../lib/otp.js';
import type { Completed, NextStep, PendingOperation } from '../lib/flow/operation.js';
import { useFocusAfterRender } from '../lib/use-focus-after-render.js';
import { Alert } from './Alert.js';
import { Field } from './Field.js';
import { OtpPrompt } from './OtpPrompt.js';

export type { Completed, NextStep, PendingOperation };

export interface AuthorizeStepProps {
  operation: PendingOperation;
  children?: ReactNode;
  submitLabel?: string;
  onCompleted: (done: Completed) => void;
  onNextStep?: (next: NextStep) => void;
  /** Offered when the bank refuses the operation itself (funds, limit): go back and change it. */
  onBack?: () => void;
  backLabel?: string;
  /**
   * What the step takes besides the passwords (a destination change's choice at step 1), read at
   * submit; null stops the submit (the screen says why).
   */
  details?: () => { destinations: OtpDestinationChoice } | null;
}

export function AuthorizeStep({ operation, children, submitLabel, onCompleted, onNextStep, onBack, backLabel, details }: AuthorizeStepProps) {
  const { t } = useT();
  const needsConfirm = operation.factors.includes('confirmation-password');
  const otpMode = operation.factors.includes('mail-otp') ? 'mail' : operation.factors.includes('token-otp') ? 'token' : null;
  const [confirm, setConfirm] = useState('');
  const [code, setCode] = useState('');
  const [otp, setOtp] = useState<OtpInfo | undefined>(operation.otp);
  const [problem, setProblem] = useState<OtpProblem | null>(null);
  const [confirmError, setConfirmError] = useState<FieldError | null>(null);
  const [pageError, setPageError] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState<'idle' | 'submitting' | 'checking'>('idle');
  /** Fields cleared after a failed submit that were not what the bank refused: "type it again". */
  const [retype, setRetype] = useState<{ confirm: boolean; code: boolean }>({ confirm: false, code: false });
  const confirmId = `auth-confirm-${operation.id}`;
  const otpId = `auth-otp-${operation.id}`;

  // During the submit the code field is disabled; focus lands once it is enabled again.
  const focus = useFocusAfterRender();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy !== 'idle') return;
    setPageError(null);
    const normalized = otpMode ? normalizeOtpInput(code) : null;
    const missingConfirm = needsConfirm && confirm === '';
    const badCode = otpMode !== null && normalized === null;
    setConfirmError(missingConfirm ? { key: 'auth.err.confirmRequired' } : null);
    if (badCode) setProblem({ kind: 'format' });
    if (badCode || missingConfirm) {
      focus(badCode ? otpId : confirmId);
      return;
    }
    const more = details ? details() : {};
    if (more === null) return;
    setBusy('submitting');
    const request = {
      ...more,
      operationId: operation.id,
      intentId: newIntentId(),
      ...(needsConfirm ? { confirmationPassword: confirm } : {}),
      ...(otpMode === 'mail' && normalized ? { mailOtp: normalized } : {}),
      ...(otpMode === 'token' && normalized ? { tokenOtp: normalized } : {}),
    };
    const r = await netbank().operations.authorize(request);
    const typedCode = code;
    // Neither password outlives the submit.
    setConfirm('');
    setCode('');
    setRetype({ confirm: false, code: false });
    if (r.ok) {
      setBusy('idle');
      if (r.value.status === 'completed') onCompleted(r.value);
      else onNextStep?.(r.value);
      return;
    }
    if (OUTCOME_UNKNOWN.has(r.error.code)) {
      setBusy('checking');
      const s = await netbank().operations.status({ operationId: operation.id });
      if (s.ok && s.value.status === 'completed' && s.value.receiptNumber && s.value.completedAt) {
        setBusy('idle');
        onCompleted({ status: 'completed', receiptNumber: s.value.receiptNumber, completedAt: s.value.completedAt });
        return;
      }
    }
    setBusy('idle');
    const after = afterRefusal(r.error, { confirm: needsConfirm, code: otpMode !== null });
    if (after.keepCode) setCode(typedCode);
    setRetype(after.retype);
    if (after.problem !== 'keep') setProblem(after.problem);
    setConfirmError(after.confirmError);
    setPageError(after.pageError);
    if (after.focus) focus({ code: otpId, resend: `${otpId}-resend`, confirm: confirmId }[after.focus]);
  };

  return (
    <form className="authorize" onSubmit={(e) => void submit(e)} noValidate>
      {children}
      {pageError ? (
        <Alert kind="error" id="auth-page-error">
          <p>{busy === 'idle' && OUTCOME_UNKNOWN.has(pageError.code) ? t('auth.notDone') : t(`error.${pageError.code}`)}</p>
          {onBack && GO_BACK.has(pageError.code) ? (
            <button type="button" className="btn btn-secondary" onClick={onBack}>{backLabel ?? t('common.back')}</button>
          ) : null}
        </Alert>
      ) : null}
      {busy === 'checking' ? <Alert kind="info">{t('auth.checking')}</Alert> : null}
      {otpMode ? (
        <OtpPrompt
          id={otpId}
          mode={otpMode}
          otp={otp ?? null}
          operationId={operation.id}
          value={code}
          onValue={(v) => {
            setCode(v);
            if (v !== '' && retype.code) setRetype((r) => ({ ...r, code: false }));
            if (problem?.kind === 'format' || problem?.kind === 'invalid' || problem?.kind === 'token-invalid') setProblem(null);
          }}
          problem={problem}
          resend={async () => await netbank().operations.resendOtp({ operationId: operation.id })}
          onResent={(next) => {
            setOtp(next);
            setProblem(null);
          }}
          disabled={busy !== 'idle'}
          retype={retype.code}
        />
      ) : null}
      {needsConfirm ? (
        <Field
          id={confirmId}
          label={t('auth.confirmPassword')}
          hint={t('auth.confirmHint')}
          type="password"
          autoComplete="off"
          value={confirm}
          onValue={(v) => {
            setConfirm(v);
            if (v !== '' && retype.confirm) setRetype((r) => ({ ...r, confirm: false }));
            if (confirmError?.key === 'auth.err.confirmRequired') setConfirmError(null);
          }}
          error={confirmError}
          aria-describedby={retype.confirm && !confirmError ? `${confirmId}-retype` : undefined}
          after={
            <p id={`${confirmId}-retype`} className="retype-note" aria-live="polite">
              {retype.confirm && !confirmError ? t('auth.confirmRetype') : null}
            </p>
          }
          required
        />
      ) : null}
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={busy !== 'idle'}>
          {busy === 'idle' ? submitLabel ?? t('auth.submit') : t('auth.submitting')}
        </button>
      </div>
    </form>
  );
}
