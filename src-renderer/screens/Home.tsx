/** Home: accounts and balances, recent history, and how this customer authorizes, in words. */
import { useCallback, useEffect, useState } from 'react';
import type { Account, Transaction } from '../../src-shared/bank-api/accounts.js';
import type { Me } from '../../src-shared/bank-api/customer.js';
import { maskEmail } from '../../src-shared/domain/email-policy.js';
import { Alert } from '../components/Alert.js';
import { StepHeading } from '../components/Heading.js';
import { PreviousLogin } from '../components/PreviousLogin.js';
import { dateTime, yen } from '../i18n/i18n.js';
import { useT } from '../i18n/use-t.js';
import { accountLabel } from '../lib/labels.js';
import { netbank } from '../lib/bridge.js';
import { navigate, useApp } from '../state/app-store.js';
import { noteMe } from '../state/session.js';

function FactorStatus({ me }: { me: Me }) {
  const { t, lang } = useT();
  const selectDest = me.selectEmail.filter((s) => s.use && s.otpDestination && s.address).map((s) => maskEmail(s.address!));
  return (
    <section className="card factor" aria-labelledby="factor-title" data-testid="factor-status" data-factor={me.secondFactor}>
      <h2 id="factor-title">{t('home.factor.title')}</h2>
      {me.secondFactor === 'token' ? (
        <p>{t('home.factor.token')}</p>
      ) : me.secondFactor === 'mail-otp' ? (
        <>
          {me.tokenState === 'suspended' ? <p>{t('home.factor.suspended')}</p> : null}
          <p>{me.email ? t('home.factor.mail', { dest: maskEmail(me.email) }) : t('home.factor.noEmail')}</p>
          {selectDest.length > 0 ? <p>{t('home.factor.mailSelect', { list: selectDest.join(lang === 'ja' ? '、' : ', ') })}</p> : null}
        </>
      ) : (
        <p>{t('home.factor.none')}</p>
      )}
      <p className="note" data-testid="registered-payee-rule">{t(me.policy.registeredPayeeNeedsOtp ? 'trd.guide.registeredOtp' : 'trd.guide.registeredConfirmOnly')}</p>
      <p><button type="button" className="link-button" onClick={() => navigate('settings')}>{t('set.homeLink')}</button></p>
    </section>
  );
}

function History({ account }: { account: Account }) {
  const { t, lang } = useT();
  const [rows, setRows] = useState<Transaction[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const load = useCallback(async (from?: string) => {
    const r = await netbank().accounts.transactions(from ? { accountId: account.id, cursor: from } : { accountId: account.id });
    if (!r.ok) return setFailed(true);
    setRows((old) => (from ? [...old, ...r.value.transactions] : r.value.transactions));
    setCursor(r.value.nextCursor);
  }, [account.id]);
  useEffect(() => void load(), [load]);
  const caption = t('home.historyFor', { account: accountLabel(t, account) });
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">{t('home.history')}</h2>
      {failed ? <Alert kind="error">{t('home.loadError')}</Alert> : null}
      {rows.length === 0 && !failed ? <p>{t('home.historyEmpty')}</p> : (
        <div className="table-wrap">
          <table className="history" data-testid="history">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('home.col.date')}</th>
                <th scope="col">{t('home.col.desc')}</th>
                <th scope="col" className="num">{t('home.col.amount')}</th>
                <th scope="col" className="num">{t('home.col.balance')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((tx) => (
                <tr key={tx.id}>
                  <td>{dateTime(tx.postedAt, lang)}</td>
                  <td>{tx.detail ? `${t(`tx.${tx.kind}`)} ${tx.detail}` : t(`tx.${tx.kind}`)}</td>
                  <td className={`num ${tx.amount < 0 ? 'out' : 'in'}`}>{yen(tx.amount, lang)}</td>
                  <td className="num">{yen(tx.balanceAfter, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {cursor ? <button type="button" className="btn btn-secondary" onClick={() => void load(cursor)}>{t('home.more')}</button> : null}
    </section>
  );
}

export default function Home() {
  const { t, lang } = useT();
  const [me, setMe] = useState<Me | null>(null);
  const [accounts, setAccounts] = useState<Account[] | null>(null);
  const [failed, setFailed] = useState(false);
  const notice = useApp((s) => s.notice);
  const otpLocked = useApp((s) => s.otpLocked);
  const support = useApp((s) => s.info?.profile.support);

  const load = useCallback(async () => {
    setFailed(false);
    const [m, a] = await Promise.all([netbank().customer.me({}), netbank().accounts.list({})]);
    if (m.ok) {
      setMe(m.value);
      noteMe(m.value);
    }
    if (a.ok) setAccounts(a.value.accounts);
    if (!m.ok || !a.ok) setFailed(true);
  }, []);
  useEffect(() => void load(), [load]);

  return (
    <div className="home">
      <StepHeading level={1} id="home-title">{t('home.title')}</StepHeading>
      {notice ? (
        <Alert kind="info">
          <p>{t(notice)}</p>
          <button type="button" className="btn btn-secondary btn-small" onClick={() => useApp.setState({ notice: null })}>{t('common.close')}</button>
        </Alert>
      ) : null}
      {otpLocked ? (
        <Alert kind="warning" title={t('lock.title')}>
          <p data-testid="home-otp-lock">{support ? t('lock.home', { phone: support.phone, hours: support.hours[lang] }) : t('error.OTP_LOCKED')}</p>
        </Alert>
      ) : null}
      {me ? <p className="greeting">{t('home.greeting', { name: me.name })}</p> : null}
      {me ? <PreviousLogin /> : null}
      {failed ? (
        <Alert kind="error">
          <p>{t('home.loadError')}</p>
          <button type="button" className="btn btn-secondary" onClick={() => void load()}>{t('common.retry')}</button>
        </Alert>
      ) : null}
      {!me && !accounts && !failed ? <p role="status">{t('common.loading')}</p> : null}
      <div className="home-grid">
        {accounts ? (
          <section className="card" aria-labelledby="accounts-title">
            <h2 id="accounts-title">{t('home.accounts')}</h2>
            <ul className="accounts plain">
              {accounts.map((a) => (
                <li key={a.id} className="account" data-testid="account">
                  <span className="account-name">{accountLabel(t, a)}</span>
                  <span className="balance">
                    <span className="balance-label">{t('home.balance')}</span>
                    <span className="balance-value" data-testid="balance">{yen(a.balance, lang)}</span>
                  </span>
                </li>
              ))}
            </ul>
            <div className="actions" role="group" aria-label={t('home.actions')}>
              <button type="button" className="btn btn-primary" onClick={() => navigate('transfer')}>{t('nav.transfer')}</button>
              <button type="button" className="btn btn-secondary" onClick={() => navigate('bill')}>{t('nav.bill')}</button>
            </div>
          </section>
        ) : null}
        {me ? <FactorStatus me={me} /> : null}
      </div>
      {accounts && accounts[0] ? <History account={accounts[0]} /> : null}
    </div>
  );
}
