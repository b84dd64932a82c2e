/** The testers' mailbox page: newest first, refreshes itself, every mail field escaped. */
import { escapeHtml, formatJst } from './html.js';
import type { StoredMessage } from './sink.js';

export const MAILBOX_REFRESH_SECONDS = 5;

export const MAILBOX_PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const STYLE = `
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,"Hiragino Sans","Noto Sans JP",sans-serif;background:#f4f5f7;color:#1b1f24}
header{background:#0b3d6e;color:#fff;padding:12px 16px}header h1{margin:0;font-size:1.2rem}header p{margin:4px 0 0;font-size:.9rem;opacity:.9}
main{max-width:960px;margin:0 auto;padding:12px}form{display:flex;gap:8px;flex-wrap:wrap;margin-bottom:12px}
input{flex:1 1 220px;font:inherit;padding:6px 8px;border:1px solid #8a94a3;border-radius:4px}button{font:inherit;padding:6px 12px}
article{background:#fff;border:1px solid #d5dae1;border-radius:6px;padding:12px;margin-bottom:12px;overflow-wrap:anywhere}
.ref{font-size:1.6rem;font-weight:700;letter-spacing:.1em;color:#0b3d6e}.ref small{font-size:.8rem;font-weight:400;letter-spacing:0;color:#4a5563}
h2{font-size:1rem;margin:4px 0}dl{display:grid;grid-template-columns:max-content 1fr;gap:0 8px;margin:4px 0;font-size:.9rem}dt{color:#4a5563}dd{margin:0}
pre{white-space:pre-wrap;background:#f8f9fb;border:1px solid #e3e7ec;padding:8px;border-radius:4px;font-size:.9rem;margin:8px 0 0}
.empty{color:#4a5563}a{color:#0b4f91}
`;

function card(m: StoredMessage): string {
  const ref = m.reference
    ? `<div class="ref"><small>照合番号 / Reference</small><br>${escapeHtml(m.reference)}</div>`
    : '';
  const htmlLink = m.html ? ` · <a href="/messages/${encodeURIComponent(m.id)}/html">HTML版 / HTML part</a>` : '';
  return `<article>${ref}<h2>${escapeHtml(m.subject)}</h2><dl>
<dt>差出人 / From</dt><dd>${escapeHtml(m.from)}</dd>
<dt>宛先 / To</dt><dd>${escapeHtml(m.to.join(', '))}</dd>
<dt>受信 / Received</dt><dd>${escapeHtml(formatJst(Date.parse(m.receivedAt)))} (JST)${htmlLink}</dd></dl>
<pre>${escapeHtml(m.text)}</pre></article>`;
}

export function mailboxPage(messages: StoredMessage[], to: string | undefined): string {
  const filter = to ? escapeHtml(to) : '';
  const body = messages.length ? messages.map(card).join('\n') : '<p class="empty">メールはまだありません。 / No mail yet.</p>';
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="refresh" content="${MAILBOX_REFRESH_SECONDS}"><title>デモ銀行 メールボックス / Demo bank mailbox</title>
<style>${STYLE}</style></head><body>
<header><h1>デモ銀行 メールボックス / Demo bank mailbox</h1>
<p>銀行が送ったメールを新しい順に表示します（${MAILBOX_REFRESH_SECONDS}秒ごとに更新）。 / Mail the bank sent, newest first (refreshes every ${MAILBOX_REFRESH_SECONDS} s).</p></header>
<main><form method="get" action="/"><label for="to" hidden>宛先 / To</label>
<input id="to" name="to" type="email" placeholder="宛先で絞り込み / filter by recipient" value="${filter}"><button type="submit">表示 / Show</button></form>
<p>${messages.length} 件 / messages</p>
${body}
</main></body></html>`;
}
