/**
 * The tester panel of the mailbox page (BANK_TESTER_CONTROLS=1): a labelled form per control. The
 * page's script sends each as JSON to the same tester paths on this server (same origin), and
 * shows the controls in force as the server reports them.
 */
import { FAULT_KINDS, TESTER_PATHS } from '../src-shared/bank-api/index.js';
import { escapeHtml } from './html.js';

export const TESTER_PANEL_STYLE = `
aside.tester{background:#fff;border:2px solid #b35c00;border-radius:6px;padding:12px;align-self:start}
aside.tester h2{margin:0 0 8px;font-size:1.1rem;color:#7a3e00}aside.tester form{border-top:1px solid #e3e7ec;padding:8px 0;display:flex;flex-wrap:wrap;gap:6px;align-items:center}
aside.tester h3{margin:0;font-size:.95rem;flex-basis:100%}aside.tester button{font-size:.85rem;padding:4px 8px}aside.tester label{font-size:.85rem}aside.tester input[type=number]{width:6em}
#tester-state{font-size:.85rem;background:#fff7ec;border-radius:4px;padding:6px;margin:0 0 8px}#tester-state[data-active=true]{background:#ffe2bf;font-weight:700}
#tester-result{font-size:.85rem;min-height:1.5em;margin:8px 0 0}
`;

function customerSelect(id: string, loginIds: string[]): string {
  const options = loginIds.map((l) => `<option value="${escapeHtml(l)}">${escapeHtml(l)}</option>`).join('');
  return `<label for="${id}">顧客 / Customer</label><select id="${id}" name="loginId">${options}</select>`;
}

export function testerPanel(loginIds: string[]): string {
  const kinds = FAULT_KINDS.map((k) => `<option value="${k}">${k}</option>`).join('');
  return `<aside class="tester" aria-labelledby="tester-title"><h2 id="tester-title">テスター操作 / Tester controls</h2>
<p id="tester-state" data-testid="tester-state" aria-live="polite">読み込み中 / Loading…</p>
<form data-control="expire" data-path="${TESTER_PATHS.expireOtps}" aria-labelledby="t-expire"><h3 id="t-expire">パスワードを失効 / Expire passwords</h3>
${customerSelect('expire-login', loginIds)}<button type="submit" data-testid="expire-otps">今すぐ失効 / Expire now</button></form>
<form data-control="clock" data-path="${TESTER_PATHS.clock}" aria-labelledby="t-clock"><h3 id="t-clock">銀行の時計 / Bank clock</h3>
<label for="clock-minutes">進める分数 / Minutes</label><input id="clock-minutes" name="minutes" type="number" min="1" max="576000" value="10" required>
<button type="submit" value="advance">進める / Advance</button><button type="submit" value="next-day">翌日へ / Next day</button><button type="submit" value="reset">現在時刻に戻す / Real time</button></form>
<form data-control="mail" data-path="${TESTER_PATHS.mail}" aria-labelledby="t-mail"><h3 id="t-mail">メール送信 / Outgoing mail</h3>
<label for="mail-delay">遅延秒数 / Delay (s)</label><input id="mail-delay" name="delaySeconds" type="number" min="0" max="3600" value="30" required>
<button type="submit" value="delay">遅延を設定 / Set delay</button><button type="submit" value="hold">保留 / Hold</button><button type="submit" value="release">保留分を送る / Release</button></form>
<form data-control="faults" data-path="${TESTER_PATHS.faults}" aria-labelledby="t-faults"><h3 id="t-faults">障害 / Faults</h3>
<label for="fault-kind">対象 / Requests</label><select id="fault-kind" name="kind">${kinds}</select>
<label for="fault-mode">種類 / Mode</label><select id="fault-mode" name="mode"><option value="503">503</option><option value="drop-after-commit">応答を捨てる / drop after commit</option></select>
<label for="fault-count">回数 / Count</label><input id="fault-count" name="count" type="number" min="0" max="100" value="1" required>
<button type="submit">設定 / Arm</button></form>
<form data-control="lock" data-path="${TESTER_PATHS.lock}" aria-labelledby="t-lock"><h3 id="t-lock">ロック / Lock</h3>
${customerSelect('lock-login', loginIds)}<button type="submit" value="lock">ロック / Lock</button><button type="submit" value="unlock">解除 / Unlock</button></form>
<form data-control="reset" data-path="${TESTER_PATHS.reset}" aria-labelledby="t-reset"><h3 id="t-reset">初期化 / Reset</h3>
<button type="submit">シードデータに戻す / Reset to seed data</button></form>
<p id="tester-result" role="status" data-testid="tester-result"></p></aside>`;
}
