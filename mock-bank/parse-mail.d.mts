/** The parts of a mail the mailbox keeps (parse-mail.mjs). */
export interface ParsedMail {
  from: string;
  subject: string;
  text: string;
  html: string | null;
  /** The X-Bank-Reference and X-Bank-Operation headers, as they came. */
  reference: string | null;
  operation: string | null;
}

export function parseForMailbox(raw: Buffer): Promise<ParsedMail>;
