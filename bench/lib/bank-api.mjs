// Small calls to the demo bank's API and mailbox for the benchmarks.
import { randomUUID } from 'node:crypto';

export const TRANSFER = {
  type: 'transfer', fromAccountId: 'acc_1234567', amount: 1,
  payee: { bankCode: '0005', branchCode: '101', accountType: 'ordinary', accountNumber: '7654321', name: 'ﾔﾏﾀﾞ ｻﾁｺ' },
};
export const MAIL_USER = { loginId: 'mail-user', password: 'demo-login-1', confirm: 'demo-confirm-1', address: 'mail-user@docomo.ne.jp' };

export async function call(base, method, path, body, token) {
  const headers = { 'content-type': 'application/json' };
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

/** Polls the mailbox every `intervalMs` until a mail with this reference is there; returns it. */
export async function waitForMail(mailboxUrl, to, reference, intervalMs = 5, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await messages(mailboxUrl, to)).find((m) => m.reference === reference);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no mail with reference ${reference} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

export const otpCode = (mail) => /メール通知パスワード: (\d{6})/.exec(mail.text)?.[1];
