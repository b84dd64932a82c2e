/**
 * The testers' mailbox page: newest first, kept up to date over server-sent events (mailbox.js),
 * each password mail's code and reference large with copy buttons, older password mails of the same
 * customer marked void, a link to each mail's operation page (operation-page.ts), and (BANK_TESTER_CONTROLS=1) the tester
 * panel. Every mail field is escaped; the script is a file of its own (no inline script).
 */
import { escapeHtml, formatJst } from './html.js';
import { TESTER_PANEL_STYLE, testerPanel } from './mailbox-panel.js';
import type { StoredMessage } from './sink.js';

export const MAILBOX_PAGE_CSP =
  "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; img-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** What the page shows of a mail's operation (read from the bank's database when the page is made). */
export interface OperationLine { status: string; type: string }

/** The page's look, shared with the operation page (operation-page.ts). */
export const MAILBOX_STYLE = `
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,"Hiragino Sans","Noto Sans JP",sans-serif;background:#f4f5f7;color:#1b1f24}
header{background:#0b3d6e;color:#fff;padding:12px 16px}header h1{margin:0;font-size:1.2rem}header p{margin:4px 0 0;font-size:.9rem}
.layout{max-width:1200px;margin:0 auto;padding:12px;display:grid;gap:16px;grid-template-columns:minmax(0,1fr)}
@media (min-width:1000px){.layout.with-panel{grid-template-columns:minmax(0,1fr) 340px}}
form.filter{display:flex;gap:8px;flex-wrap:wrap;margin-bottom:12px;align-items:center}
input,select{font:inherit;padding:6px 8px;border:1px solid #6b7584;border-radius:4px}form.filter input{flex:1 1 220px}
button{font:inherit;padding:6px 12px;border:1px solid #0b3d6e;border-radius:4px;background:#fff;color:#0b3d6e;cursor:pointer}
button:hover{background:#e8eef6}button:focus-visible,a:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid #f0a500;outline-offset:2px}
article{background:#fff;border:1px solid #d5dae1;border-radius:6px;padding:12px;margin-bottom:12px;overflow-wrap:anywhere}
article.voided{background:#f1f1f1;color:#4a4f57}
.secrets{display:flex;flex-wrap:wrap;gap:12px 32px;align-items:flex-end;margin-bottom:8px}
.secret .label{display:block;font-size:.8rem;color:#4a5563}button.copy{font-size:.85rem;padding:3px 8px;vertical-align:middle}.secret strong{font-size:2.2rem;letter-spacing:.12em;color:#0b3d6e;font-variant-numeric:tabular-nums;margin-right:8px}
article.voided .secret strong{text-decoration:line-through;color:#5d636b}
.void-badge{display:inline-block;background:#8a1c1c;color:#fff;border-radius:4px;padding:2px 8px;font-weight:700;margin:0 0 8px}
h2{font-size:1rem;margin:4px 0}dl{display:grid;grid-template-columns:max-content 1fr;gap:0 8px;margin:4px 0;font-size:.9rem}dt{color:#4a5563}dd{margin:0}
pre{white-space:pre-wrap;background:#f8f9fb;border:1px solid #e3e7ec;padding:8px;border-radius:4px;font-size:.85rem;margin:8px 0 0}
summary{cursor:pointer;color:#0b4f91}.empty{color:#4a5563}a{color:#0b4f91}
.status{font-weight:700}.live{position:absolute;left:-9999px}
`;

function secret(label: string, value: string, testId: string): string {
  return `<div class="secret"><span class="label">${label}</span><strong data-testid="${testId}">${escapeHtml(value)}</strong>`
    + `<button type="button" class="copy" data-copy="${escapeHtml(value)}"><span class="copy-text">コピー / Copy</span><span class="live">: ${label}</span></button></div>`;
}

function card(m: StoredMessage, operation: OperationLine | null): string {
  const otp = m.reference !== null && m.otpCode !== null;
  const secrets = otp
    ? `<div class="secrets">${secret('メール通知パスワード / Password', m.otpCode!, 'otp-code')}${secret('照合番号 / Reference', m.reference!, 'otp-reference')}</div>`
    : '';
  const voided = m.voided ? '<p class="void-badge" data-testid="void">無効 / void — 新しいパスワードが送られています / a newer password was sent</p>' : '';
  const htmlLink = m.html ? ` · <a href="/messages/${encodeURIComponent(m.id)}/html">HTML版 / HTML part</a>` : '';
  const op = m.operationId === null ? '' : `<dt>お取引 / Operation</dt><dd><a href="/operations/${encodeURIComponent(m.operationId)}" data-testid="operation-link">${escapeHtml(m.operationId)}</a>`
    + (operation ? ` <span class="status" data-testid="operation-status">${escapeHtml(operation.status)}</span> (${escapeHtml(operation.type)})` : '') + '</dd>';
  return `<article class="mail${m.voided ? ' voided' : ''}" data-id="${escapeHtml(m.id)}" aria-label="${escapeHtml(m.subject)}">${voided}${secrets}<h2>${escapeHtml(m.subject)}</h2><dl>
<dt>差出人 / From</dt><dd>${escapeHtml(m.from)}</dd>
<dt>宛先 / To</dt><dd>${escapeHtml(m.to.join(', '))}</dd>
<dt>受信 / Received</dt><dd>${escapeHtml(formatJst(Date.parse(m.receivedAt)))} (JST)${htmlLink}</dd>${op}</dl>
<details><summary>本文 / Text</summary><pre>${escapeHtml(m.text)}</pre></details></article>`;
}

/** The list part, also sent alone (GET /fragments/messages) when the page updates itself. */
export function messagesFragment(messages: StoredMessage[], operation: (id: string) => OperationLine | null): string {
  const body = messages.length
    ? messages.map((m) => card(m, m.operationId === null ? null : operation(m.operationId))).join('\n')
    : '<p class="empty">メールはまだありません。 / No mail yet.</p>';
  return `<p data-testid="count">${messages.length} 件 / messages</p>\n${body}`;
}

export interface PageInput {
  messages: StoredMessage[];
  to: string | undefined;
  operation: (id: string) => OperationLine | null;
  /** The seed customers' login IDs when the tester controls are on; null without them. */
  tester: { loginIds: string[] } | null;
}

export function mailboxPage(p: PageInput): string {
  const filter = p.to ? escapeHtml(p.to) : '';
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>デモ銀行 メールボックス / Demo bank mailbox</title>
<style>${MAILBOX_STYLE}${p.tester ? TESTER_PANEL_STYLE : ''}</style><script src="/mailbox.js" defer></script></head><body>
<header><h1>デモ銀行 メールボックス / Demo bank mailbox</h1>
<p>銀行が送ったメールを新しい順に表示します。届くとすぐに表示されます。 / Mail the bank sent, newest first; new mail appears as it arrives.</p></header>
<div class="layout${p.tester ? ' with-panel' : ''}"><main>
<form class="filter" method="get" action="/" role="search"><label for="to">宛先で絞り込み / Filter by recipient</label>
<input id="to" name="to" type="email" value="${filter}" autocomplete="off"><button type="submit">表示 / Show</button></form>
<p class="live" role="status" aria-live="polite" id="live"></p>
<div id="messages">${messagesFragment(p.messages, p.operation)}</div>
</main>${p.tester ? testerPanel(p.tester.loginIds) : ''}</div></body></html>`;
}
