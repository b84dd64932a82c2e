/**
 * The mailbox page's script, served as /mailbox.js (the page's CSP allows scripts from its own
 * origin only, never inline). Plain browser JavaScript: it listens to /api/events, fetches the
 * re-rendered list (escaped on the server) when mail arrives or goes, copies codes, keeps the
 * filter in the address bar, and sends the tester panel's forms as JSON to this same server.
 */
import { TESTER_PATHS } from '../src-shared/bank-api/index.js';

export const MAILBOX_SCRIPT = String.raw`'use strict';
(function () {
  var list = document.getElementById('messages');
  var live = document.getElementById('live');
  var filter = document.getElementById('to');
  var stateLine = document.getElementById('tester-state');
  var result = document.getElementById('tester-result');

  function query() {
    var to = filter && filter.value.trim();
    return to ? '?to=' + encodeURIComponent(to) : '';
  }
  function refresh(announce) {
    return fetch('/fragments/messages' + query(), { headers: { accept: 'text/html' } })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(new Error(String(r.status))); })
      .then(function (html) {
        list.innerHTML = html; // rendered and escaped by the mailbox server
        if (announce) live.textContent = announce;
      })
      .catch(function () { live.textContent = '更新できませんでした / Could not update'; });
  }

  function describe(s) {
    var parts = [];
    parts.push(s.clockOffsetMinutes ? '時計 / Clock +' + s.clockOffsetMinutes + ' 分/min' : '時計 / Clock: 実時間 / real time');
    parts.push('銀行時刻 / Bank time ' + new Date(s.bankTime).toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo' }));
    if (s.mail.held) parts.push('メール保留中 / Mail held (' + s.mail.heldCount + ')');
    if (s.mail.delaySeconds) parts.push('メール遅延 / Mail delay ' + s.mail.delaySeconds + ' s');
    s.faults.forEach(function (f) { parts.push('障害 / Fault ' + f.kind + ' ' + f.mode + ' ×' + f.remaining); });
    return (s.active ? '有効 / Active — ' : 'なし / None — ') + parts.join(' · ');
  }
  function showState(s) {
    if (!stateLine) return;
    stateLine.textContent = describe(s);
    stateLine.setAttribute('data-active', String(s.active));
  }

  var events = new EventSource('/api/events');
  events.addEventListener('mail', function () { refresh('新しいメールが届きました / New mail arrived'); });
  events.addEventListener('clear', function () { refresh('メールボックスが空になりました / Mailbox emptied'); });
  events.addEventListener('tester', function (e) { showState(JSON.parse(e.data)); refresh(); });

  document.addEventListener('click', function (e) {
    var button = e.target.closest && e.target.closest('button.copy');
    if (!button) return;
    var value = button.getAttribute('data-copy');
    var text = button.querySelector('.copy-text');
    navigator.clipboard.writeText(value).then(function () {
      text.textContent = 'コピーしました / Copied';
      live.textContent = 'コピーしました / Copied';
      setTimeout(function () { text.textContent = 'コピー / Copy'; }, 1500);
    }, function () { live.textContent = 'コピーできませんでした / Could not copy'; });
  });

  var filterForm = document.querySelector('form.filter');
  filterForm.addEventListener('submit', function (e) {
    e.preventDefault();
    history.replaceState(null, '', '/' + query());
    refresh();
  });

  function bodyOf(control, form, action) {
    var v = function (name) { return form.elements[name].value; };
    switch (control) {
      case 'expire': return { loginId: v('loginId') };
      case 'clock': return action === 'next-day' ? { toNextDay: true } : action === 'reset' ? { reset: true } : { advanceMinutes: Number(v('minutes')) };
      case 'mail': return action === 'hold' ? { hold: true } : action === 'release' ? { hold: false } : { delaySeconds: Number(v('delaySeconds')) };
      case 'faults': return { kind: v('kind'), mode: v('mode'), count: Number(v('count')) };
      case 'lock': return { loginId: v('loginId'), locked: action !== 'unlock' };
      default: return {};
    }
  }
  document.querySelectorAll('aside.tester form').forEach(function (form) {
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var action = e.submitter ? e.submitter.value : '';
      var control = form.getAttribute('data-control');
      result.textContent = '送信中 / Sending…';
      fetch(form.getAttribute('data-path'), {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(bodyOf(control, form, action)),
      }).then(function (r) {
        return r.json().then(function (body) {
          if (!r.ok) throw new Error(body && body.error ? body.error.code + ': ' + body.error.message : String(r.status));
          if (body && body.expired !== undefined) return '失効 / Expired: ' + body.expired;
          if (body && body.locked !== undefined) return (body.locked ? 'ロックしました / Locked: ' : '解除しました / Unlocked: ') + body.loginId;
          return '完了 / Done';
        });
      }).then(function (text) { result.textContent = text; }, function (err) { result.textContent = 'エラー / Error: ' + err.message; });
    });
  });
  if (stateLine) fetch('${TESTER_PATHS.state}').then(function (r) { return r.json(); }).then(showState, function () { stateLine.textContent = '?'; });
})();
`;
