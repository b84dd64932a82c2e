/**
 * ログイン通知メール: sent from the notice domain at each login of a customer with notices on. It
 * states the time (Japan time) and the channel only: no login ID, no password, no address.
 */
import { DEFAULT_BANK_PROFILE, type BankProfile } from '../src-shared/bank-profile/index.js';
import type { Channel } from '../src-shared/domain/index.js';
import { formatJst } from './html.js';
import { render, type MailContent } from './mail-templates.js';

const CHANNEL_WORDS: Record<Channel, { ja: string; en: string }> = {
  pc: { ja: 'パソコン', en: 'PC' },
  smartphone: { ja: 'スマートフォン', en: 'Smartphone' },
};

export interface LoginNoticeInput {
  at: number;
  channel: Channel;
  profile?: BankProfile;
}

export function loginNoticeMail(m: LoginNoticeInput): MailContent {
  const p = m.profile ?? DEFAULT_BANK_PROFILE;
  const subject = `【${p.bankName.ja}】ログインのお知らせ / ${p.bankName.en}: login notice`;
  return render(
    subject,
    [
      ['ログイン日時', `${formatJst(m.at)}（日本時間）`],
      ['ご利用環境', CHANNEL_WORDS[m.channel].ja],
    ],
    [
      `${p.bankName.ja}のインターネットバンキングに、上記の日時にログインがありました。`,
      `このメールにパスワードは含まれていません。${p.bankName.ja}がメールでパスワードの入力をお願いすることはありません。`,
      `ご自身のログインでない場合は、すぐに${p.support.phone}（${p.support.hours.ja}）へお電話ください。あわせてログインパスワードと確認用パスワードを変更してください。`,
      'このお知らせは、各種利用設定の「ログイン通知メール」で停止できます。停止にはメール通知パスワード（またはワンタイムパスワード）と確認用パスワードが必要です。',
    ],
    [
      ['Logged in', `${formatJst(m.at)} (JST)`],
      ['Channel', CHANNEL_WORDS[m.channel].en],
    ],
    [
      `Someone logged in to ${p.bankName.en} internet banking at the time above.`,
      `This mail contains no password. ${p.bankName.en} never asks you to enter a password from a mail.`,
      `If this was not you, call ${p.support.phone} (${p.support.hours.en}) at once, and change your login password and your confirmation password.`,
      'You can stop these notices under Settings, "Login notice mails". Stopping them needs your mail-notified password (or token code) and your confirmation password.',
    ],
    {},
  );
}
