/**
 * THE one-time password prompt, used by every sensitive flow. Mail mode shows where the password
 * went (masked), the reference and send time as in the mail, a countdown with a bar, a resend
 * button (the bank's cooldown, once known, counts down from each send; a "too soon" answer says how
 * long to wait and that the password on screen still works), the states that need a new password, and
 * the "didn't get the mail?" panel. Token mode asks for the app's current digits. The code is
 * typed as the customer likes (full-width digits, pasted spaces); the caller normalizes on submit.
 */
import { useEffect, useState } from 'react';
import type { OtpInfo } from '../../src-shared/bank-api/common.js';
import type { IpcResult } from '../../src-shared/ipc/errors.js';
import { clock, mailTime } from '../i18n/i18n.js';
import { useT } from '../i18n/use-t.js';
import { findBridge } from '../lib/bridge.js';
import type { FieldError } from '../lib/forms.js';
import { otpClock, otpPhase, type OtpProblem } from '../lib/otp.js';
import { useFocusAfterRender } from '../lib/use-focus-after-render.js';
import { cooldownFromRefusal, cooldownOf, knownResendCooldown, learnResendCooldown } from '../lib/resend-cooldown.js';
import { useNow } from '../lib/use-now.js';
import { Alert } from './Alert.js';
import { ISSUE_WAIT_ID, useIssueWaiting } from './IssueWait.js';
import { describedBy, FieldMessage } from './Field.js';
import { MailHelp } from './MailHelp.js';

export interface OtpPromptProps {
  id: string;
  mode: 'mail' | 'token';
  otp?: OtpInfo | null;
  /** The operation the password belongs to (null for start-of-use): matches `otp.expired` events. */
  operationId?: string | null;
  value: string;
  onValue: (v: string) => void;
  problem: OtpProblem | null;
  /** Asks the bank for a new password; the prompt shows the cooldown when the bank says "too soon". */
  resend?: () => Promise<IpcResult<{ otp: OtpInfo }>>;
  /** A new password was sent: the caller stores it and clears the problem. */
  onResent?: (otp: OtpInfo) => void;
  disabled?: boolean;
  /** The code typed before was cleared after a failed submit for another reason: ask to type it again. */
  retype?: boolean;
}

function problemMessage(problem: OtpProblem | null): FieldError | null {
  if (!problem) return null;
  switch (problem.kind) {
    case 'format': return { key: 'otp.err.format' };
    case 'invalid': return problem.attemptsLeft === undefined ? { key: 'otp.err.invalidNoCount' } : { key: 'otp.err.invalid', vars: { n: problem.attemptsLeft } };
    case 'token-invalid': return problem.attemptsLeft === undefined ? { key: 'otp.err.tokenInvalid' } : { key: 'otp.err.tokenInvalidLeft', vars: { n: problem.attemptsLeft } };
    default: return null;
  }
}

/**
 * A new password on screen: when it arrived, and the resend button waiting out the bank's cooldown
 * from the start (as the password says it, else as learned from a refusal) instead of being refused.
 */
function firstShown(key: string, otp: OtpInfo | null): { key: string; at: number; cooldownUntil: number } {
  const at = Date.now();
  const known = (otp ? cooldownOf(otp) : null) ?? knownResendCooldown();
  return { key, at, cooldownUntil: known === null ? 0 : at + known };
}

export function OtpPrompt({ id, mode, otp, operationId = null, value, onValue, problem, resend, onResent, disabled, retype = false }: OtpPromptProps) {
  const { t } = useT();
  const otpKey = otp ? `${otp.reference}|${otp.sentAt}` : '';
  // When this password reached the screen (the countdown runs on this computer's clock from here)
  // and until when the resend button waits: taken anew as each new password is shown.
  const [shown, setShown] = useState(() => firstShown(otpKey, otp ?? null));
  if (shown.key !== otpKey) setShown(firstShown(otpKey, otp ?? null));
  const receivedAt = shown.at;
  const cooldownUntil = shown.cooldownUntil;
  const setCooldownUntil = (until: number) => setShown((s) => ({ ...s, cooldownUntil: until }));
  const [expiredByEvent, setExpiredByEvent] = useState(false);
  const [resending, setResending] = useState(false);
  // Kept as a message key, so that it follows a change of language.
  const [resendNote, setResendNote] = useState<(FieldError & { kind: 'ok' | 'wait' | 'error' }) | null>(null);
  const now = useNow(1000, mode === 'mail' && Boolean(otp));
  const focusAfterRender = useFocusAfterRender();

  const c = otp ? otpClock(otp, receivedAt, now) : { secondsLeft: 0, fraction: 0, expired: false };
  const phase = otpPhase(problem, mode === 'mail' && otp ? c.expired || expiredByEvent : false);
  const cooldownLeft = Math.max(0, Math.ceil((cooldownUntil - now) / 1000));
  // The bank's hourly limit on passwords: the window's notice says until when; the button waits.
  const issueWaiting = useIssueWaiting();

  useEffect(() => setExpiredByEvent(false), [otpKey]);
  // The "too soon" note is about the wait: gone when the wait is over.
  useEffect(() => {
    if (cooldownLeft === 0 && resendNote?.kind === 'wait') setResendNote(null);
  }, [cooldownLeft, resendNote]);
  useEffect(() => {
    const bridge = findBridge();
    if (!bridge || mode !== 'mail') return;
    return bridge.on('otp.expired', (e) => {
      // Trust the event only near the end of this password's life: a late timer of an older one
      // must not void the password on screen.
      if (e.operationId === operationId && otp && otpClock(otp, receivedAt, Date.now()).secondsLeft <= 5) setExpiredByEvent(true);
    });
  }, [mode, operationId, otp, receivedAt]);

  const doResend = async () => {
    if (!resend || resending || cooldownLeft > 0 || issueWaiting) return;
    setResending(true);
    setResendNote(null);
    const r = await resend();
    setResending(false);
    if (r.ok) {
      onResent?.(r.value.otp);
      setResendNote({ kind: 'ok', key: 'otp.resent', vars: { reference: r.value.otp.reference } });
      onValue('');
      // The field may still be disabled (expired, too many attempts) until the new password renders.
      focusAfterRender(id);
    } else if (r.error.code === 'OTP_RESEND_TOO_SOON') {
      const wait = r.error.retryAfter ?? 30;
      const refusedAt = Date.now();
      if (otp) learnResendCooldown(cooldownFromRefusal(receivedAt, refusedAt, wait));
      setCooldownUntil(refusedAt + wait * 1000);
      // Said once (the live region must not tick every second); the countdown is shown beside it.
      setResendNote(phase === 'enter' && otp ? { kind: 'wait', key: 'otp.tooSoon.stillValid', vars: { reference: otp.reference } } : { kind: 'wait', key: 'otp.tooSoon' });
    } else if (r.error.code !== 'OTP_ISSUE_LIMIT') {
      setResendNote({ kind: 'error', key: `error.${r.error.code}` });
    }
  };

  const msg = problemMessage(problem);
  const inputDisabled = disabled || phase === 'expired' || phase === 'exceeded' || phase === 'replaced';
  const showRetype = retype && !msg && !inputDisabled;
  const resendBlocked = resending || cooldownLeft > 0 || issueWaiting;
  const hintId = `${id}-hint`;
  const legend = mode === 'mail' ? t('otp.mailLegend') : t('otp.tokenLegend');

  return (
    <fieldset className="otp-prompt" data-phase={phase} data-testid="otp-prompt">
      <legend>{legend}</legend>
      {mode === 'mail' && otp ? (
        <>
          <dl className="otp-facts">
            <div>
              <dt>{t('otp.sentTo')}</dt>
              <dd data-testid="otp-destinations">
                <ul className="plain">{otp.destinations.map((d) => <li key={d}>{d}</li>)}</ul>
              </dd>
            </div>
            <div>
              <dt>{t('otp.reference')}</dt>
              <dd className="reference" data-testid="otp-reference">{otp.reference}</dd>
            </div>
            <div>
              <dt>{t('otp.sentAt')}</dt>
              <dd data-testid="otp-sent-at">{mailTime(otp.sentAt)}{t('common.inParens', { text: t('common.jst') })}</dd>
            </div>
          </dl>
          <p className="hint">{t('otp.referenceHint')}</p>
          <div className="timer">
            <div
              className={`timer-bar${c.fraction < 0.2 ? ' low' : ''}`}
              role="progressbar"
              aria-label={t('otp.timerLabel')}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.round(c.fraction * 100)}
              aria-valuetext={t('otp.timeLeft', { time: clock(phase === 'expired' ? 0 : c.secondsLeft) })}
            >
              <div className="timer-fill" style={{ width: `${phase === 'expired' ? 0 : c.fraction * 100}%` }} />
            </div>
            <p className="timer-text" data-testid="otp-time-left">{t('otp.timeLeft', { time: clock(phase === 'expired' ? 0 : c.secondsLeft) })}</p>
          </div>
        </>
      ) : null}

      {phase === 'expired' ? (
        <Alert kind="warning" title={t('otp.expired.title')}>{t('otp.expired.body')}</Alert>
      ) : phase === 'exceeded' ? (
        <Alert kind="warning" title={t('otp.exceeded.title')}>{t('otp.exceeded.body')}</Alert>
      ) : phase === 'superseded' ? (
        <Alert kind="warning" title={t('otp.superseded.title')}>
          {t('otp.superseded.body', { reference: (problem?.kind === 'superseded' ? problem.reference : undefined) ?? otp?.reference ?? '' })}
        </Alert>
      ) : phase === 'replaced' ? (
        <Alert kind="warning" title={t('otp.replaced.title')}>{t('otp.replaced.body')}</Alert>
      ) : null}

      <div className={`field otp-field${msg ? ' has-error' : ''}`}>
        <label htmlFor={id}>{mode === 'mail' ? t('otp.code') : t('otp.tokenCode')}</label>
        <p id={hintId} className="hint">{mode === 'mail' ? t('otp.codeHint') : t('otp.tokenHint')}</p>
        <input
          id={id}
          className="otp-input"
          value={value}
          onChange={(e) => onValue(e.target.value)}
          autoComplete="one-time-code"
          inputMode="numeric"
          maxLength={16}
          spellCheck={false}
          disabled={inputDisabled}
          aria-invalid={msg ? true : undefined}
          aria-describedby={describedBy(id, true, Boolean(msg), showRetype ? `${id}-retype` : undefined)}
          aria-required="true"
        />
        <FieldMessage id={id} error={msg} />
        <p id={`${id}-retype`} className="retype-note" aria-live="polite">
          {showRetype ? t(mode === 'mail' ? 'otp.retype' : 'otp.retypeToken') : null}
        </p>
      </div>

      {mode === 'mail' && resend ? (
        <div className="resend">
          {/* aria-disabled, not disabled: a keyboard user pressing it keeps focus on it while it waits. */}
          <button
            id={`${id}-resend`}
            type="button"
            className={`btn ${phase === 'enter' || phase === 'superseded' ? 'btn-secondary' : 'btn-primary'}`}
            onClick={() => void doResend()}
            aria-disabled={resendBlocked ? true : undefined}
            aria-describedby={`${id}-resend-wait ${id}-resend-status${issueWaiting ? ` ${ISSUE_WAIT_ID}` : ''}`}
            data-testid="otp-resend"
          >
            {resending ? t('otp.resending') : t('otp.resend')}
          </button>
          <p id={`${id}-resend-wait`} className="resend-wait" data-testid="otp-resend-wait" hidden={cooldownLeft === 0 && !issueWaiting}>
            {issueWaiting ? t('lock.issue.title') : cooldownLeft > 0 ? t('otp.cooldown', { n: cooldownLeft }) : null}
          </p>
          <p id={`${id}-resend-status`} className={`resend-status${resendNote?.kind === 'error' ? ' error-text' : ''}`} aria-live="polite" data-kind={resendNote?.kind}>
            {resendNote ? t(resendNote.key, resendNote.vars) : ''}
          </p>
        </div>
      ) : null}

      {mode === 'mail' && otp ? <MailHelp destinations={otp.destinations} /> : null}
    </fieldset>
  );
}
