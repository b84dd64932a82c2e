/**
 * Who is calling: every IPC handler asks this first. Only the app's own page, in its top frame,
 * may call the core. A frame that navigated away, a subframe, file:// or any web page is refused.
 */
import { isAppUrl } from './app-url.js';

/** The parts of Electron's IpcMainInvokeEvent this check reads (plain fakes in tests). */
export interface SenderFrameLike {
  url: string;
  /** null for a top-level frame. */
  parent: unknown;
}
export interface SenderEventLike {
  senderFrame: SenderFrameLike | null | undefined;
}

export type SenderVerdict = { ok: true } | { ok: false; reason: string };

export function checkSender(event: SenderEventLike | null | undefined): SenderVerdict {
  const frame = event?.senderFrame;
  if (!frame) return { ok: false, reason: 'the sending frame is gone' };
  if (frame.parent !== null && frame.parent !== undefined) return { ok: false, reason: 'calls from a subframe are refused' };
  if (!isAppUrl(frame.url)) return { ok: false, reason: 'the sender is not the app\'s own page' };
  return { ok: true };
}

export function isTrustedSender(event: SenderEventLike | null | undefined): boolean {
  return checkSender(event).ok;
}
