import { z } from 'zod';
import { IsoDateTime } from './common.js';

/** One message as the demo bank's mail sink stores it (GET /api/messages). */
export const MailboxMessage = z.object({
  id: z.string(),
  from: z.string(),
  to: z.array(z.string()),
  subject: z.string(),
  text: z.string(),
  html: z.string().nullable().optional(),
  /** The 4-digit reference of a mail-notified password mail (null for other mails). */
  reference: z.string().regex(/^\d{4}$/).nullable().optional(),
  receivedAt: IsoDateTime,
});
export type MailboxMessage = z.infer<typeof MailboxMessage>;
export const MailboxMessages = z.array(MailboxMessage);
