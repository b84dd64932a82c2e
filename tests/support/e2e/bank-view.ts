/** The bank's own view of a customer and of the mail it sent: what a spec checks the screens against. */
import { Me as MeSchema, type Me } from '../../../src-shared/bank-api/customer.js';
import type { MailboxMessage } from '../../../src-shared/bank-api/mailbox.js';
import { listMessages, waitForMessage } from '../mailbox.js';

/**
 * The customer as the bank itself records it (GET /me over the bank's API, with a session of its
 * own), not as the app shows it: a mistake in main's mapping cannot hide a wrong bank state.
 */
export async function bankMe(apiUrl: string, loginId: string, password = 'demo-login-1'): Promise<Me> {
  const login = await fetch(`${apiUrl}/api/v1/sessions`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ loginId, password, channel: 'pc' }),
  });
  if (login.status !== 201) throw new Error(`bank login of ${loginId} failed: ${login.status} ${await login.text()}`);
  const { token } = (await login.json()) as { token: string };
  const auth = { authorization: `Bearer ${token}` };
  try {
    const me = await fetch(`${apiUrl}/api/v1/me`, { headers: auth });
    if (me.status !== 200) throw new Error(`GET /me for ${loginId} failed: ${me.status} ${await me.text()}`);
    return MeSchema.parse(await me.json());
  } finally {
    await fetch(`${apiUrl}/api/v1/sessions/current`, { method: 'DELETE', headers: auth });
  }
}

/** The acceptance notice of one receipt, as delivered to `address`. */
export function waitForAcceptance(mailboxUrl: string, address: string, receiptNumber: string): Promise<MailboxMessage> {
  return waitForMessage(mailboxUrl, address, (m) => m.text.includes(receiptNumber), 10_000);
}

/** Whether any mail to `address` mentions the receipt (the notice is one mail to all recipients). */
export async function receivedAcceptance(mailboxUrl: string, address: string, receiptNumber: string): Promise<boolean> {
  return (await listMessages(mailboxUrl, address)).some((m) => m.text.includes(receiptNumber));
}
