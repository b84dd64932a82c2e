import * as z from 'zod';
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
  /** The 6-digit password of a mail-notified password mail (null for other mails). */
  otpCode: z.string().regex(/^\d{6}$/).nullable().optional(),
  /** The operation the mail belongs to, when it belongs to one. */
  operationId: z.string().nullable().optional(),
  /** A password mail older than the newest one for the same customer: its password no longer works. */
  voided: z.boolean().optional(),
  receivedAt: IsoDateTime,
});
export type MailboxMessage = z.infer<typeof MailboxMessage>;
export const MailboxMessages = z.array(MailboxMessage);

/**
 * The demo bank's seed customers, for testers (GET /api/seed-customers on the mailbox server; a
 * tester build lists them on its login screen). Demo passwords only: published in BANK-API.md.
 */
export const DemoCustomer = z.object({
  loginId: z.string().min(1).max(64),
  name: z.string().max(64),
  loginPassword: z.string().max(64),
  /** Null for a customer who has not finished start-of-use (no confirmation password yet). */
  confirmationPassword: z.string().max(64).nullable(),
  tokenState: z.enum(['not-used', 'active', 'suspended']),
  startOfUseDone: z.boolean(),
  email: z.string().max(254).nullable(),
});
export type DemoCustomer = z.infer<typeof DemoCustomer>;
export const DemoCustomers = z.array(DemoCustomer).max(50);
