/** 各種利用設定: every setting with its present state in a line, grouped as the bank's menu is. */
import type { Me } from '../../../src-shared/bank-api/customer.js';
import { maskEmail } from '../../../src-shared/domain/email-policy.js';
import { Alert } from '../../components/Alert.js';
import { StepHeading } from '../../components/Heading.js';
import type { Lang, MessageKey } from '../../i18n/i18n.js';
import { useT, type T } from '../../i18n/use-t.js';
import { useApp } from '../../state/app-store.js';
import { listOf, slotNo } from './list.js';
import { limitMenuState } from './limit-menu.js';
import { loginsMenuState, noticeMenuState } from './login-menu.js';
import { useLoginHistory } from '../../lib/logins.js';
import { useLimits } from './TransferLimit.js';
import { useMe } from './use-me.js';

export type SettingsPage = 'email' | 'select' | 'destinations' | 'token-start' | 'token-release' | 'limit' | 'logins' | 'login-notice' | 'language' | 'remembered' | 'about';

interface Item { page: SettingsPage; title: MessageKey; state: string | null }

function slotsState(t: T, me: Me): string {
  const used = me.selectEmail.filter((s) => s.use && s.address);
  return used.length === 0 ? t('set.menu.selectNone') : t('set.menu.selectUsed', { n: used.length });
}

function destinationsState(t: T, lang: Lang, me: Me): string {
  const extra = me.selectEmail.filter((s) => s.use && s.otpDestination && s.address).map((s) => t('set.slot', { n: slotNo(s.slot, lang) }));
  return extra.length === 0 ? t('set.menu.destOnlyRegistered') : t('set.menu.destWith', { list: listOf(extra, lang) });
}

export function SettingsMenu({ onOpen }: { onOpen: (page: SettingsPage) => void }) {
  const { t, lang } = useT();
  const { me, failed, reload } = useMe();
  const { rememberedLoginId, info } = useApp();
  const { limits } = useLimits();
  const { history } = useLoginHistory();
  const groups: { title: MessageKey; items: Item[] }[] = [
    {
      title: 'set.menu.groupMail',
      items: [
        { page: 'email', title: 'set.email.title', state: me ? (me.email ? t('set.menu.emailNow', { address: maskEmail(me.email) }) : t('set.menu.emailNone')) : null },
        { page: 'select', title: 'set.select.title', state: me ? slotsState(t, me) : null },
        { page: 'destinations', title: 'set.dest.title', state: me ? destinationsState(t, lang, me) : null },
      ],
    },
    {
      title: 'set.menu.groupToken',
      items: me?.tokenState === 'active'
        ? [{ page: 'token-release', title: 'set.release.title', state: t('set.menu.tokenActive') }]
        : [{ page: 'token-start', title: 'set.token.title', state: me ? t(me.tokenState === 'suspended' ? 'set.menu.tokenSuspended' : 'set.menu.tokenNotUsed') : null }],
    },
    { title: 'lim.menu.group', items: [{ page: 'limit', title: 'lim.title', state: limits ? limitMenuState(t, lang, limits) : null }] },
    {
      title: 'lgn.menu.group',
      items: [
        { page: 'logins', title: 'lgn.history.title', state: loginsMenuState(t, history) },
        { page: 'login-notice', title: 'lgn.notice.title', state: noticeMenuState(t, me) },
      ],
    },
    {
      title: 'set.menu.groupApp',
      items: [
        { page: 'language', title: 'set.lang.title', state: t('set.menu.languageNow', { language: t(`app.language.${lang}`) }) },
        ...(info?.kiosk ? [] : [{ page: 'remembered' as const, title: 'set.remember.title' as const, state: rememberedLoginId ? t('set.menu.rememberedYes') : t('set.menu.rememberedNo') }]),
        { page: 'about', title: 'set.about.title', state: info ? t('set.menu.version', { version: info.version }) : null },
      ],
    },
  ];
  return (
    <div className="settings-menu" data-testid="settings-menu">
      <StepHeading level={1} id="settings-title">{t('set.title')}</StepHeading>
      <p className="lead">{t('set.intro')}</p>
      {failed ? (
        <Alert kind="error">
          <p>{t('home.loadError')}</p>
          <button type="button" className="btn btn-secondary" onClick={() => void reload()}>{t('common.retry')}</button>
        </Alert>
      ) : null}
      {groups.map((g) => (
        <section key={g.title} className="card" aria-labelledby={`${g.title}-h`}>
          <h2 id={`${g.title}-h`}>{t(g.title)}</h2>
          <ul className="plain settings-list">
            {g.items.map((item) => (
              <li key={item.page}>
                <button type="button" className="settings-item" data-page={item.page} onClick={() => onOpen(item.page)} aria-describedby={`set-item-${item.page}`}>
                  {t(item.title)}
                </button>
                <span id={`set-item-${item.page}`} className="settings-state">{item.state ?? t('common.loading')}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
