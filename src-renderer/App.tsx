/** The app shell: header (bank name, language, menu, logout), the current screen, idle dialog. */
import { lazy, Suspense, useEffect, type ComponentType, type ReactNode } from 'react';
import { BrandMark } from './components/BrandMark.js';
import { IdleDialog } from './components/IdleDialog.js';
import { IssueWaitNotice } from './components/IssueWait.js';
import { OtpLockGate } from './components/OtpLock.js';
import { loadMessages } from './i18n/messages.js';
import { useT } from './i18n/use-t.js';
import { useLive } from './lib/use-live.js';
import { navigate, useApp, type Route } from './state/app-store.js';
import { logout, reportActivity, setLanguage } from './state/session.js';
import { Login } from './screens/Login.js';

/** Replaced at build time (scripts/build.mjs): true only in tester builds, whose banner a customer build does not contain. */
declare const __TEST_BUILD__: boolean | undefined;
const TestBuildBanner = typeof __TEST_BUILD__ !== 'undefined' && __TEST_BUILD__ ? lazy(() => import('./components/TestBuildBanner.js')) : null;

// Each screen but the login is its own chunk, and comes with the full message catalogs (the
// login screen has its own few, i18n/messages.ts): the first screen loads little.
function screen<M extends { default: ComponentType }>(load: () => Promise<M>) {
  return lazy(() => Promise.all([load(), loadMessages()]).then(([m]) => m));
}
const StartOfUse = screen(() => import('./screens/StartOfUse.js'));
const Home = screen(() => import('./screens/Home.js'));
const Transfer = screen(() => import('./screens/Transfer.js'));
const BillPayment = screen(() => import('./screens/BillPayment.js'));
const Guidance = screen(() => import('./screens/Guidance.js'));
const LoggedOut = screen(() => import('./screens/LoggedOut.js'));
const Settings = screen(() => import('./screens/settings/Settings.js'));
const Statements = screen(() => import('./screens/statements/Statements.js'));
const Receipts = screen(() => import('./screens/statements/Receipts.js'));

/** A screen that asks for a one-time password: the locked panel instead while the bank says so. */
function Guarded({ children }: { children: ReactNode }) {
  const { t } = useT();
  return <OtpLockGate onMenu={() => navigate('home')} menuLabel={t('common.toHome')}>{children}</OtpLockGate>;
}

function Screen({ route }: { route: Route }) {
  const loginEpoch = useApp((s) => s.loginEpoch);
  switch (route) {
    // A new key is a blank login screen (a kiosk's, after its idle time).
    case 'login': return <Login key={loginEpoch} />;
    case 'start-of-use': return <StartOfUse />;
    case 'home': return <Home />;
    case 'transfer': return <Guarded><Transfer /></Guarded>;
    case 'bill': return <Guarded><BillPayment /></Guarded>;
    case 'guidance': return <Guidance />;
    case 'logged-out': return <LoggedOut />;
    case 'settings': return <Settings />;
    case 'statements': return <Statements />;
    case 'receipts': return <Receipts />;
  }
}

function LanguageSwitch() {
  const { t, lang } = useT();
  const offered = useApp((s) => s.info?.languages) ?? (['ja', 'en'] as const);
  if (offered.length < 2) return null;
  return (
    <div className="lang-switch" role="group" aria-label={t('app.language')}>
      {offered.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={lang === l} className="btn btn-small btn-ghost" onClick={() => void setLanguage(l)}>
          {t(`app.language.${l}`)}
        </button>
      ))}
    </div>
  );
}

function Nav() {
  const { t } = useT();
  const route = useApp((s) => s.route);
  const items: [Route, Parameters<typeof t>[0]][] = [['home', 'nav.home'], ['statements', 'nav.statements'], ['transfer', 'nav.transfer'], ['bill', 'nav.bill'], ['receipts', 'nav.receipts'], ['guidance', 'nav.guidance'], ['settings', 'nav.settings']];
  return (
    <nav aria-label={t('nav.label')} className="main-nav">
      <ul>
        {items.map(([r, key]) => (
          <li key={r}>
            <button type="button" className="nav-link" data-route={r} aria-current={route === r ? 'page' : undefined} onClick={() => navigate(r)}>
              {t(key)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function App() {
  const { t, lang } = useT();
  const { phase, route, session, info } = useApp();
  const profile = info?.profile ?? null;
  const live = useLive();
  const title = profile ? t('app.title', { bank: profile.bankName[lang] }) : t('login.title');

  useEffect(() => {
    document.title = title;
  }, [title]);
  useEffect(() => {
    const onActivity = () => reportActivity();
    window.addEventListener('keydown', onActivity, { passive: true });
    window.addEventListener('pointerdown', onActivity, { passive: true });
    return () => {
      window.removeEventListener('keydown', onActivity);
      window.removeEventListener('pointerdown', onActivity);
    };
  }, []);

  // No wait for main's first answers (phase 'booting'): the login form is usable at once and
  // takes what they say when they come (state/startup.ts).

  return (
    <>
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      {TestBuildBanner ? <Suspense fallback={null}><TestBuildBanner /></Suspense> : null}
      <header className="app-header">
        <div className="brand">
          <BrandMark />
          <span className="brand-name">{title}</span>
          {info?.kiosk ? <span className="badge">{t('app.kiosk')}</span> : null}
        </div>
        <div className="header-tools">
          <LanguageSwitch />
          {session !== 'logged-out' ? (
            <button type="button" className="btn btn-small btn-secondary" onClick={() => void logout()}>{t('nav.logout')}</button>
          ) : null}
        </div>
      </header>
      {session === 'ready' ? <Nav /> : null}
      {/* Busy while only the prerendered HTML is there (until React has taken it over). */}
      <main id="main" tabIndex={-1} aria-busy={live ? undefined : true}>
        {phase === 'no-bridge' ? (
          <div role="alert" className="alert alert-error">{t('app.bridgeMissing')}</div>
        ) : route === 'login' ? (
          // Outside the boundary: the login screen is in the entry chunk and never suspends, and
          // React takes its prerendered HTML (index.html) over in the same pass as the rest of the
          // page; inside a boundary that would be a second pass at a lower priority.
          <Screen route={route} />
        ) : (
          <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
            <Screen route={route} />
          </Suspense>
        )}
      </main>
      {session !== 'logged-out' ? <IssueWaitNotice /> : null}
      <footer className="app-footer">
        {profile ? <p>{t('app.footer', { phone: profile.support.phone, hours: profile.support.hours[lang] })}</p> : null}
      </footer>
      <IdleDialog />
    </>
  );
}
