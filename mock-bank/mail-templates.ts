/**
 * The bank's two mails, Japanese first with English below, as text and HTML: the mail-notified
 * password (from the OTP sender domain) and the transaction acceptance notice (from the notice
 * domain). Account numbers appear only masked; the acceptance notice never holds a password.
 */
import { DEFAULT_BANK_PROFILE, payeeBankFor, type BankProfile } from '../src-shared/bank-profile/index.js';
import { ACCOUNT_TYPE_LABELS, OPERATION_LABELS, formatYenPlain, maskPayeeName, type OperationType } from '../src-shared/domain/index.js';
import type { OperationSummary } from '../src-shared/bank-api/index.js';
import { escapeHtml, formatJst } from './html.js';

export interface Words { ja: string; en: string }
export interface MailContent { subject: string; text: string; html: string; headers: Record<string, string> }

export const otpSender = (p: BankProfile = DEFAULT_BANK_PROFILE): string => `"${p.bankName.ja} / ${p.bankName.en}" <otp-notice@${p.otpSenderDomain}>`;
export const noticeSender = (p: BankProfile = DEFAULT_BANK_PROFILE): string => `"${p.bankName.ja} / ${p.bankName.en}" <info@${p.noticeSenderDomain}>`;

/** "普通 ****321" as the English part of a mail writes it: "Ordinary ****321" (one language per part). */
function accountInEnglish(masked: string): string {
  for (const l of Object.values(ACCOUNT_TYPE_LABELS)) if (masked.startsWith(`${l.ja} `)) return `${l.en}${masked.slice(l.ja.length)}`;
  return masked;
}

/** The operation in words, as the mails name it (the bank's own name in each part's language). */
export function describeOperation(type: OperationType | 'start-of-use', s: OperationSummary, p: BankProfile = DEFAULT_BANK_PROFILE): Words {
  if (type === 'start-of-use') return { ja: 'ご利用開始手続き（メールアドレスの確認）', en: 'Start of use (confirming your e-mail address)' };
  const label = OPERATION_LABELS[type];
  if (type === 'transfer' && s.amount !== undefined) {
    const payee = s.payeeName ? maskPayeeName(s.payeeName) : '';
    const fee = s.fee ?? 0;
    return {
      ja: `${label.ja} ${formatYenPlain(s.amount, 'ja')}（手数料 ${formatYenPlain(fee, 'ja')}） 振込先 ${payee} 様 ${payeeBankFor(p, 'ja', s) ?? ''} 口座番号 ${s.payeeAccountMasked ?? ''}`,
      en: `${label.en} of ${formatYenPlain(s.amount, 'en')} (fee ${formatYenPlain(fee, 'en')}) to ${payee}, ${payeeBankFor(p, 'en', s) ?? ''}, account ${accountInEnglish(s.payeeAccountMasked ?? '')}`,
    };
  }
  if (type === 'bill-payment' && s.amount !== undefined) {
    return {
      ja: `${label.ja} ${formatYenPlain(s.amount, 'ja')} 収納機関 ${s.collectorName ?? ''}`,
      en: `${label.en} of ${formatYenPlain(s.amount, 'en')} to ${s.collectorName ?? ''}`,
    };
  }
  if (type === 'limit-change' && s.dailyLimit !== undefined) {
    const from = s.limitEffectiveFrom ? new Date(Date.parse(s.limitEffectiveFrom) + 9 * 3_600_000).toISOString().slice(0, 10).replace(/-/g, '/') : null;
    return {
      ja: `${label.ja}（新しい1日の限度額 ${formatYenPlain(s.dailyLimit, 'ja')}、${from ? `${from}から適用` : '即時適用'}）`,
      en: `${label.en} (new daily limit ${formatYenPlain(s.dailyLimit, 'en')}, ${from ? `from ${from}, Japan time` : 'applies at once'})`,
    };
  }
  if (type === 'email-change' && s.newEmailMasked) {
    return { ja: `${label.ja}（新しいアドレス ${s.newEmailMasked}）`, en: `${label.en} (new address ${s.newEmailMasked})` };
  }
  return { ...label };
}

/** A mail in both languages: Japanese rows and notes, a rule, then the English ones; text and HTML. */
export function render(subject: string, ja: [string, string][], jaNotes: string[], en: [string, string][], enNotes: string[], headers: Record<string, string>): MailContent {
  const lines = (rows: [string, string][]) => rows.map(([k, v]) => `${k}: ${v}`).join('\n');
  const text = [lines(ja), '', ...jaNotes, '', '-'.repeat(40), '', lines(en), '', ...enNotes, ''].join('\n');
  const table = (rows: [string, string][]) =>
    `<table style="border-collapse:collapse">${rows.map(([k, v]) => `<tr><th style="text-align:left;padding:2px 12px 2px 0">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('')}</table>`;
  const paras = (ps: string[]) => ps.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
  const html = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="font-family:sans-serif;line-height:1.6">
<section lang="ja">${table(ja)}${paras(jaNotes)}</section><hr><section lang="en">${table(en)}${paras(enNotes)}</section></body></html>`;
  return { subject, text, html, headers };
}

export interface OtpMailInput {
  code: string;
  reference: string;
  sentAt: number;
  expiresAt: number;
  operation: Words;
  profile?: BankProfile;
}

export function otpMail(m: OtpMailInput): MailContent {
  const p = m.profile ?? DEFAULT_BANK_PROFILE;
  const subject = `【${p.bankName.ja}】メール通知パスワード（照合番号 ${m.reference}）/ ${p.bankName.en}: mail-notified password (ref. ${m.reference})`;
  return render(
    subject,
    [
      ['照合番号', m.reference],
      ['送信日時', `${formatJst(m.sentAt)}（日本時間）`],
      ['お取引', m.operation.ja],
      ['メール通知パスワード', m.code],
      ['有効期限', `${formatJst(m.expiresAt)}（日本時間）まで`],
    ],
    [
      `${p.bankName.ja}です。お手続き中のお取引のメール通知パスワードをお送りします。`,
      '画面に表示された照合番号と同じ番号のメールのパスワードを入力してください。使えるのは、いちばん新しく送られたメール通知パスワードだけです。新しいパスワードが送信されると、それまでのパスワードは無効になります。',
      `このパスワードは、どなたにも絶対に教えないでください。${p.bankName.ja}の職員が電話やメールでお尋ねすることはありません。`,
      `お心当たりのない場合は入力せず、${p.support.phone}（${p.support.hours.ja}）までご連絡ください。`,
    ],
    [
      ['Reference', m.reference],
      ['Sent', `${formatJst(m.sentAt)} (JST)`],
      ['Transaction', m.operation.en],
      ['Mail-notified password', m.code],
      ['Valid until', `${formatJst(m.expiresAt)} (JST)`],
    ],
    [
      `This is ${p.bankName.en}. Here is the mail-notified password for the transaction you are making.`,
      'Enter the password from the mail whose reference matches the one on your screen. Only the newest mail-notified password works: when a new one is sent, earlier ones stop working.',
      `Never tell this password to anyone. ${p.bankName.en} staff will never ask for it by phone or by mail.`,
      `If you did not start this transaction, do not enter the password and call ${p.support.phone} (${p.support.hours.en}).`,
    ],
    { 'X-Bank-Reference': m.reference },
  );
}

export interface AcceptanceMailInput {
  receiptNumber: string;
  completedAt: number;
  operation: Words;
  profile?: BankProfile;
}

export function acceptanceMail(m: AcceptanceMailInput): MailContent {
  const p = m.profile ?? DEFAULT_BANK_PROFILE;
  const subject = `【${p.bankName.ja}】お取引受付のお知らせ / ${p.bankName.en}: transaction accepted`;
  return render(
    subject,
    [
      ['受付番号', m.receiptNumber],
      ['受付日時', `${formatJst(m.completedAt)}（日本時間）`],
      ['お取引', m.operation.ja],
    ],
    [
      `${p.bankName.ja}をご利用いただきありがとうございます。上記のお取引を受け付けました。`,
      `このメールにパスワードは含まれていません。${p.bankName.ja}がメールでパスワードの入力をお願いすることはありません。`,
      `お心当たりのない場合は、${p.support.phone}（${p.support.hours.ja}）までご連絡ください。`,
    ],
    [
      ['Receipt number', m.receiptNumber],
      ['Accepted', `${formatJst(m.completedAt)} (JST)`],
      ['Transaction', m.operation.en],
    ],
    [
      `Thank you for banking with ${p.bankName.en}. We have accepted the transaction above.`,
      `This mail contains no password. ${p.bankName.en} never asks you to enter a password from a mail.`,
      `If you did not make this transaction, call ${p.support.phone} (${p.support.hours.en}).`,
    ],
    {},
  );
}
