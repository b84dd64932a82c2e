/**
 * The mailbox's page of one operation (GET /operations/{id}), linked from each mail: its kind and
 * status, times in Japan time, the customer, the mail-notified passwords issued for it and the
 * receipt number, with links back to the customer's mail and to the same data as JSON. Labels are
 * bilingual like the mailbox page's; every value is escaped, and the page has no script.
 */
import { OPERATION_LABELS } from '../src-shared/domain/index.js';
import { escapeHtml, formatJst } from './html.js';
import { MAILBOX_STYLE } from './mailbox-page.js';
import type { OperationView, OtpState } from './operation-view.js';

/** The operation's kind in both languages, as the mails name it (OPERATION_LABELS), or its code. */
function kindLabel(type: string): string {
  const label = (OPERATION_LABELS as Record<string, { ja: string; en: string } | undefined>)[type];
  return label ? `${label.ja} / ${label.en}` : type;
}

const STATUSES: Record<string, string> = {
  'awaiting-authorization': '確定待ち / Pending',
  'completed': '完了 / Completed',
  'voided': '無効 / Voided',
};

const OTP_STATES: Record<OtpState, string> = {
  valid: '有効 / Valid',
  expired: '期限切れ / Expired',
  used: '使用済み / Used',
  superseded: '無効（新しいパスワードを送信済み） / Void (a newer password was sent)',
  exhausted: '無効（入力誤りが上限に達した） / Void (too many wrong entries)',
  failed: '無効（送信できなかった） / Void (could not be sent)',
};

const STYLE = `
main.op{max-width:960px;margin:0 auto;padding:12px}nav.links{display:flex;flex-wrap:wrap;gap:8px 20px;margin:0 0 12px}
section{background:#fff;border:1px solid #d5dae1;border-radius:6px;padding:12px;margin-bottom:12px;overflow-wrap:anywhere}
section dl{font-size:1rem;gap:4px 16px}.status-line{font-size:1.4rem;margin:0 0 8px}
.status-line[data-status=completed]{color:#1d6b2f}.status-line[data-status=voided]{color:#8a1c1c}.note{color:#8a1c1c;font-weight:700;margin:0 0 8px}
.receipt{font-size:1.4rem;font-weight:700;letter-spacing:.06em;font-variant-numeric:tabular-nums}code{font-size:.85rem;color:#4a5563}
table{border-collapse:collapse;width:100%;font-size:.9rem;overflow-wrap:normal}td.when{white-space:nowrap}td.state{min-width:12em}td.dest{overflow-wrap:anywhere;min-width:10em}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e3e7ec;vertical-align:top}
th{color:#4a5563;font-weight:600}td.ref,td.code{font-size:1.2rem;font-variant-numeric:tabular-nums;letter-spacing:.08em}
tr.gone td.code{text-decoration:line-through;color:#5d636b}tr.ok td.state{color:#1d6b2f;font-weight:700}
`;

const jst = (ms: number) => `${escapeHtml(formatJst(ms))} (JST)`;

function page(title: string, lead: string, body: string): string {
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title}</title><style>${MAILBOX_STYLE}${STYLE}</style></head><body>
<header><h1>${title}</h1><p>${lead}</p></header>
<main class="op">${body}</main></body></html>`;
}

function otpTable(v: OperationView): string {
  if (v.otps.length === 0) return '<p class="empty">このお取引にはメール通知パスワードを送っていません。 / No mail-notified password was sent for this operation.</p>';
  const rows = v.otps.map((o) => `<tr class="${o.state === 'valid' ? 'ok' : 'gone'}" data-testid="otp-row" data-state="${o.state}">`
    + `<td class="ref">${escapeHtml(o.reference)}</td><td>${o.step}</td><td class="when">${escapeHtml(formatJst(o.sentAt))}</td><td class="when">${escapeHtml(formatJst(o.expiresAt))}</td>`
    + `<td class="state">${OTP_STATES[o.state]}</td><td class="code">${o.code === null ? '–' : escapeHtml(o.code)}</td>`
    + `<td class="dest">${escapeHtml(o.destinations.join(', '))}</td></tr>`).join('\n');
  return `<table aria-labelledby="otp-title"><thead><tr><th scope="col">照合番号 / Reference</th><th scope="col">手順 / Step</th>`
    + `<th scope="col">送信 / Sent (JST)</th><th scope="col">有効期限 / Expires (JST)</th><th scope="col">状態 / State</th><th scope="col">パスワード / Password</th>`
    + `<th scope="col">送信先 / Destinations</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

export function operationPage(v: OperationView): string {
  const id = encodeURIComponent(v.id);
  const mailbox = v.mailFilter ? `/?to=${encodeURIComponent(v.mailFilter)}` : '/';
  const problem = v.otpProblem ? `<p class="note" data-testid="otp-problem">パスワード / Password: ${OTP_STATES[v.otpProblem]}</p>` : '';
  const rows = [
    ['お取引ID / Operation ID', `<code>${escapeHtml(v.id)}</code>`],
    ['種類 / Kind', `<span data-testid="operation-kind">${escapeHtml(kindLabel(v.type))}</span> <code>${escapeHtml(v.type)}</code>`],
    ['お客さま / Customer', `<span data-testid="operation-customer">${escapeHtml(v.loginId)}</span>`],
    ['手順 / Step', `${v.step} / ${v.steps}`],
    ['受付 / Created', jst(v.createdAt)],
    ...(v.expiresAt !== null ? [['パスワードの有効期限 / Password expires', `<span data-testid="operation-expires">${jst(v.expiresAt)}</span>`]] : []),
    ...(v.completedAt !== null ? [['完了 / Completed', jst(v.completedAt)]] : []),
    ...(v.receiptNumber !== null ? [['受付番号 / Receipt number', `<span class="receipt" data-testid="operation-receipt">${escapeHtml(v.receiptNumber)}</span>`]] : []),
  ];
  const body = `<nav class="links" aria-label="リンク / Links"><a href="${escapeHtml(mailbox)}" data-testid="customer-mail">← ${escapeHtml(v.loginId)} さんのメール / ${escapeHtml(v.loginId)}'s mail</a>`
    + `<a href="/">メールボックス / Mailbox</a><a href="/operations/${id}">再読み込み / Reload</a><a href="/api/operations/${id}" data-testid="operation-json">JSON</a></nav>
<section aria-labelledby="op-status"><p class="status-line" id="op-status" data-status="${escapeHtml(v.status)}"><strong data-testid="operation-status">${escapeHtml(STATUSES[v.status] ?? v.status)}</strong> <code>${escapeHtml(v.status)}</code></p>${problem}
<dl>${rows.map(([k, val]) => `<dt>${k}</dt><dd>${val}</dd>`).join('\n')}</dl></section>
<section aria-labelledby="otp-title"><h2 id="otp-title">メール通知パスワード / Mail-notified passwords</h2>${otpTable(v)}</section>`;
  return page(`お取引 ${escapeHtml(v.id)} / Operation`, 'デモ銀行が記録しているお取引の内容です。 / The operation as the demo bank keeps it.', body);
}

export function operationNotFoundPage(id: string): string {
  return page('お取引が見つかりません / No such operation', 'デモ銀行の記録にないお取引です。 / The demo bank keeps no such operation.', `<section><p data-testid="operation-missing">お取引 <code>${escapeHtml(id)}</code> はありません。 / The bank has no operation <code>${escapeHtml(id)}</code>.</p>`
    + '<p><a href="/">メールボックスへ戻る / Back to the mailbox</a></p></section>');
}
