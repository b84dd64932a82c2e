// Small calls to the demo bank's API and mailbox for the benchmarks.
import { randomUUID } from 'node:crypto';

export const TRANSFER = {
  type: 'transfer', fromAccountId: 'acc_1234567', amount: 1,
  payee: { bankCode: '0005', branchCode: '101', accountType: 'ordinary', accountNumber: '7654321', name: 'ﾔﾏﾀﾞ ｻﾁｺ' },
};
export const MAIL_USER = { loginId: 'mail-user', password: 'demo-login-1', confirm: 'demo-confirm-1', address: 'mail-user@docomo.ne.jp' };

export async function call(base, method, path, body, token) {
  const headers = body === undefined ? {} : { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (method === 'POST') headers['idempotency-key'] = randomUUID();
  const res = await fetch(new URL(path, base), { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = res.status === 204 ? null : await res.json();
  if (res.status >= 400) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

export async function login(apiUrl, user = MAIL_USER) {
  return (await call(apiUrl, 'POST', '/api/v1/sessions', { loginId: user.loginId, password: user.password, channel: 'pc' })).token;
}

export async function messages(mailboxUrl, to) {
  const res = await fetch(new URL(`/api/messages?to=${encodeURIComponent(to)}`, mailboxUrl));
  return res.json();
}

export async function clearMailbox(mailboxUrl) {
  await fetch(new URL('/api/messages', mailboxUrl), { method: 'DELETE' });
}

/** Polls the mailbox every `intervalMs` until a mail to `to` matching `wanted` is there; returns it. */
export async function waitForMailWhere(mailboxUrl, to, wanted, what, intervalMs = 5, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await messages(mailboxUrl, to)).find(wanted);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no mail ${what} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** The mail-notified password mail with this reference. */
export function waitForMail(mailboxUrl, to, reference, intervalMs = 5, timeoutMs = 10_000) {
  return waitForMailWhere(mailboxUrl, to, (m) => m.reference === reference, `with reference ${reference}`, intervalMs, timeoutMs);
}

/** The acceptance notice (no password reference) of this operation. */
export function waitForNotice(mailboxUrl, to, operationId, intervalMs = 5, timeoutMs = 10_000) {
  return waitForMailWhere(mailboxUrl, to, (m) => m.operationId === operationId && !m.reference, `noticing operation ${operationId}`, intervalMs, timeoutMs);
}

export const otpCode = (mail) => /メール通知パスワード: (\d{6})/.exec(mail.text)?.[1];

/** Customers whose transfers to a new payee send a mail-notified password (same seed passwords). */
export const MAIL_CUSTOMERS = [
  MAIL_USER,
  { loginId: 'suspended-user', password: 'demo-login-1', confirm: 'demo-confirm-1', address: 'suspended-user@softbank.ne.jp' },
];

/** The bank's BANK_EXTRA_MAIL_CUSTOMERS customers (mail-user-001 …): like mail-user, each its own. */
export function extraMailCustomers(n) {
  return Array.from({ length: n }, (_, i) => {
    const k = String(i + 1).padStart(3, '0');
    return { loginId: `mail-user-${k}`, password: MAIL_USER.password, confirm: MAIL_USER.confirm, address: `mail-user-${k}@docomo.ne.jp` };
  });
}

/**
 * A whole ad-hoc transfer over HTTP: create → the mail (from `watcher`) → authorize. Returns the
 * times of its parts and the mail's own receivedAt measured from the start of the create.
 */
export async function fullTransfer(apiUrl, watcher, token, user, fromAccountId) {
  const wall0 = Date.now();
  const t0 = performance.now();
  const op = await call(apiUrl, 'POST', '/api/v1/operations', { ...TRANSFER, fromAccountId }, token);
  if (!op.otp) throw new Error(`${user.loginId}: the transfer sent no mail (${JSON.stringify(op.factors)})`);
  const t1 = performance.now();
  const mail = await watcher.forOperation(user.address, op.id);
  const t2 = performance.now();
  const code = otpCode(mail) ?? mail.otpCode;
  const done = await call(apiUrl, 'POST', `/api/v1/operations/${op.id}/authorize`, { confirmationPassword: user.confirm, mailOtp: code }, token);
  const t3 = performance.now();
  if (done.status !== 'completed' && !done.receiptNumber) throw new Error(`authorize answered ${JSON.stringify(done).slice(0, 200)}`);
  return { total: t3 - t0, create: t1 - t0, mail: t2 - t1, authorize: t3 - t2, visible: Math.max(0, Date.parse(mail.receivedAt) - wall0) };
}
