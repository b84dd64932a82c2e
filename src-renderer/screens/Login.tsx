/**
 * Login: ID and password; "remember ID" only where the keychain works and never on a kiosk. A
 * kiosk's login screen starts over blank after its idle time without input, so that a typed ID or
 * a failed-login message never waits there for the next person.
 */
import { lazy, Suspense, useEffect, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { Alert } from '../components/Alert.js';
import { Field } from '../components/Field.js';
import { StepHeading } from '../components/Heading.js';
import { useT } from '../i18n/use-t.js';
import { netbank } from '../lib/bridge.js';
import type { IpcError } from '../../src-shared/ipc/errors.js';
import { checkLogin, type FieldErrors, type LoginField } from '../lib/login-form.js';
import { kioskResetDelayMs, loginScreenUsed } from '../lib/kiosk-login.js';
import { useLive } from '../lib/use-live.js';
import { navigate, useApp } from '../state/app-store.js';
import { resetLoginScreen, setSession } from '../state/session.js';

/** Replaced at build time (scripts/build.mjs): true only in tester builds. */
declare const __TEST_BUILD__: boolean | undefined;
const SeedCustomers = typeof __TEST_BUILD__ !== 'undefined' && __TEST_BUILD__ ? lazy(() => import('../components/SeedCustomers.js')) : null;

export function Login() {
  const { t, lang } = useT();
  const { keychain, rememberedLoginId, info, phase } = useApp();
  const profile = info?.profile ?? null;
  const canRemember = keychain === 'available' && !info?.kiosk;
  // Until main's first answers say whether the keychain can keep the ID, the row holds its place
  // (switched off), so the login button does not move under a pointer when they arrive.
  const booting = phase === 'booting';
  const [loginId, setLoginId] = useState(rememberedLoginId ?? '');
  const [password, setPassword] = useState('');
  const [remember, setRemember] = useState(rememberedLoginId !== null);
  const typedId = useRef(false);
  const enterId = (value: string) => {
    typedId.current = true;
    setLoginId(value);
  };
  useRememberedIdFill(rememberedLoginId, typedId, setLoginId, setRemember);
  const live = useTypedBeforeStart(loginId, enterId, password, setPassword);
  const [errors, setErrors] = useState<FieldErrors<LoginField>>({});
  // Kept as the bank's answer, not as text, so the message follows a change of language.
  const [failure, setFailure] = useState<{ code: IpcError['code']; attemptsLeft?: number | undefined } | null>(null);
  const [busy, setBusy] = useState(false);
  useKioskReset(loginId, password, failure !== null || Object.keys(errors).length > 0, busy);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setFailure(null);
    const checked = checkLogin({ loginId, password });
    if (!checked.ok) {
      setErrors(checked.errors);
      document.getElementById(checked.errors.loginId ? 'login-id' : 'login-password')?.focus();
      return;
    }
    setErrors({});
    setBusy(true);
    const r = await netbank().session.login({ ...checked.value, rememberId: canRemember && remember });
    setPassword('');
    setBusy(false);
    if (r.ok) {
      const remembered = r.value.remember;
      useApp.setState({
        rememberedLoginId: remembered === 'remembered' ? checked.value.loginId : remembered === 'forgotten' ? null : rememberedLoginId,
        endReason: null,
        notice: remembered === 'unavailable' ? 'login.keychainUnavailable' : null,
      });
      setSession(r.value.state);
      return;
    }
    setFailure({ code: r.error.code, attemptsLeft: r.error.attemptsLeft });
    document.getElementById('login-password')?.focus();
  };

  const failureText = !failure ? null
    : failure.code === 'INVALID_CREDENTIALS'
      ? failure.attemptsLeft === undefined ? t('login.err.invalid') : t('login.err.invalidLeft', { n: failure.attemptsLeft })
      : failure.code === 'ACCOUNT_LOCKED'
        ? profile ? t('login.err.locked', { phone: profile.support.phone, hours: profile.support.hours[lang] }) : t('error.ACCOUNT_LOCKED')
        : t(`error.${failure.code}`);

  return (
    <>
    <section className="card narrow login" aria-labelledby="login-title">
      <StepHeading level={1} id="login-title">{t('login.title')}</StepHeading>
      <p>{t('login.intro')}</p>
      {failureText ? <Alert kind="error" id="login-failure">{failureText}</Alert> : null}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Field id="login-id" label={t('login.loginId')} value={loginId} onValue={enterId} error={errors.loginId}
          autoComplete="username" spellCheck={false} autoCapitalize="off" required />
        <Field id="login-password" label={t('login.password')} type="password" value={password} onValue={setPassword}
          error={errors.password} autoComplete="current-password" required
          aria-describedby={failure ? 'login-failure' : undefined} />
        {canRemember || booting ? (
          <div className="check-field">
            <input type="checkbox" id="login-remember" checked={remember} disabled={booting} onChange={(e) => setRemember(e.target.checked)} aria-describedby="login-remember-hint" />
            <label htmlFor="login-remember">{t('login.remember')}</label>
            <p id="login-remember-hint" className="hint">{t('login.rememberHint')}</p>
          </div>
        ) : info?.kiosk ? (
          <p className="note">{t('login.kioskNote')}</p>
        ) : null}
        <div className="actions">
          <button type={live ? 'submit' : 'button'} className="btn btn-primary btn-wide" disabled={busy}>{busy ? t('login.submitting') : t('login.submit')}</button>
        </div>
        <p className="hint">{t('login.lockNote')}</p>
      </form>
      <p>
        <button type="button" className="link-button" onClick={() => navigate('guidance')}>{t('login.guidanceLink')}</button>
      </p>
    </section>
    {SeedCustomers ? <Suspense fallback={null}><SeedCustomers onUse={enterId} /></Suspense> : null}
    </>
  );
}

/**
 * The form is on screen before main's answers (state/startup.ts), so the remembered ID may come
 * after it: it is filled in then, with "remember" ticked, unless the customer has typed an ID or
 * is in the ID field (nothing appears under their caret; the password field keeps its caret).
 */
function useRememberedIdFill(remembered: string | null, typed: { current: boolean }, setId: (id: string) => void, setRemember: (on: boolean) => void): void {
  useEffect(() => {
    if (remembered === null || typed.current) return;
    if (document.activeElement?.id === 'login-id') return;
    typed.current = true;
    setId(remembered);
    setRemember(true);
  }, [remembered, typed, setId, setRemember]);
}

/**
 * The login screen's HTML is in index.html (scripts/prerender.mjs), so it can be typed into before
 * the script has run. Once React has taken the page over, what was typed is taken into the form's
 * state (before anything renders the fields again, which would empty them). Returns whether the
 * form may submit: until then its button is a plain button, so neither a press nor Enter sends the
 * browser's own form submission (a reload that would lose what was typed).
 */
function useTypedBeforeStart(loginId: string, setId: (id: string) => void, password: string, setPassword: (pw: string) => void): boolean {
  useLayoutEffect(() => {
    const typed = (id: string) => (document.getElementById(id) as HTMLInputElement | null)?.value ?? '';
    const id = typed('login-id');
    const pw = typed('login-password');
    if (id !== loginId) setId(id);
    if (pw !== password) setPassword(pw);
    // Once, when the screen is first on the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return useLive();
}

/** Input that counts as someone using the login screen. */
const INPUT_EVENTS = ['keydown', 'pointerdown', 'input'] as const;

/** On a kiosk: a login screen with anything on it is cleared after the idle time without input. */
function useKioskReset(loginId: string, password: string, messages: boolean, busy: boolean): void {
  const { info, idleTimeoutSeconds, language } = useApp();
  const used = loginScreenUsed({ loginId, password, messages, language, startLanguage: info?.languages?.[0] ?? 'ja' });
  // Not while a login is on its way: the answer decides what the screen shows next.
  const delay = busy ? null : kioskResetDelayMs({ kiosk: info?.kiosk ?? false, idleSeconds: idleTimeoutSeconds, used });
  useEffect(() => {
    if (delay === null) return;
    let timer = setTimeout(resetLoginScreen, delay);
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(resetLoginScreen, delay);
    };
    for (const name of INPUT_EVENTS) document.addEventListener(name, restart, { capture: true, passive: true });
    return () => {
      clearTimeout(timer);
      for (const name of INPUT_EVENTS) document.removeEventListener(name, restart, { capture: true });
    };
  }, [delay]);
}
