/** Reading the demo bank's mailbox from tests: list, clear, and wait for a mail-notified password. */
import { MailboxMessages, type MailboxMessage } from '../../src-shared/bank-api/index.js';

const POLL_MS = 25;

export async function listMessages(mailboxUrl: string, to?: string): Promise<MailboxMessage[]> {
  const url = new URL('/api/messages', mailboxUrl);
  if (to) url.searchParams.set('to', to);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`mailbox answered ${res.status}`);
  return MailboxMessages.parse(await res.json());
}

export async function clearMailbox(mailboxUrl: string): Promise<void> {
  const res = await fetch(new URL('/api/messages', mailboxUrl), { method: 'DELETE' });
  if (res.status !== 204) throw new Error(`mailbox answered ${res.status}`);
}

/** Polls until a message matching `pick` arrives (newest first), or fails after `timeoutMs`. */
export async function waitForMessage(
  mailboxUrl: string,
  to: string | undefined,
  pick: (m: MailboxMessage) => boolean,
  timeoutMs = 5000,
): Promise<MailboxMessage> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await listMessages(mailboxUrl, to)).find(pick);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no matching mail for ${to ?? 'anyone'} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

export interface OtpMail {
  code: string;
  reference: string;
  message: MailboxMessage;
}

/** The code and reference a mail-notified password mail carries, or null for any other mail. */
export function parseOtpMail(message: MailboxMessage): OtpMail | null {
  const code = /メール通知パスワード: (\d{6})/.exec(message.text)?.[1];
  const reference = /照合番号: (\d{4})/.exec(message.text)?.[1];
  return code && reference ? { code, reference, message } : null;
}

/**
 * Waits for a mail-notified password sent to `address`, optionally with a given reference and/or
 * received after a given time (ISO string or epoch ms).
 */
export async function waitForOtp(
  mailboxUrl: string,
  address: string,
  options: { after?: string | number; reference?: string; timeoutMs?: number } = {},
): Promise<OtpMail> {
  const after = options.after === undefined ? -Infinity : typeof options.after === 'number' ? options.after : Date.parse(options.after);
  const message = await waitForMessage(
    mailboxUrl,
    address,
    (m) => {
      const otp = parseOtpMail(m);
      return otp !== null && Date.parse(m.receivedAt) >= after && (options.reference === undefined || otp.reference === options.reference);
    },
    options.timeoutMs,
  );
  return parseOtpMail(message)!;
}
