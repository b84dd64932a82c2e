// Parsing one mail for the mailbox: the parts it keeps. Plain JavaScript, as the sink's parser
// thread (parse-worker.mjs) runs it as it is; the sink also calls it on its own thread for the
// small mails (mail-parser.ts).
//
// What nothing reads is not made: no text turned into HTML with its links marked, no cid: images
// turned into data URLs, no HTML turned into text while the mail has a text part of its own (the
// bank's mails always do). A mail with HTML only (from another sender) is parsed again for its text.
import { simpleParser } from 'mailparser';

const LEAN = { skipTextToHtml: true, skipTextLinks: true, skipImageLinks: true, skipHtmlToText: true };
const WITH_TEXT = { skipTextToHtml: true, skipTextLinks: true, skipImageLinks: true };

const addressText = (a) => (a ? (Array.isArray(a) ? a : [a]).map((x) => x.text).join(', ') : '');

function header(parsed, name) {
  const value = parsed.headers.get(name);
  return typeof value === 'string' ? value : null;
}

export async function parseForMailbox(raw) {
  let p = await simpleParser(raw, LEAN);
  if ((p.text ?? '') === '' && typeof p.html === 'string') p = await simpleParser(raw, WITH_TEXT);
  return {
    from: addressText(p.from), subject: p.subject ?? '', text: p.text ?? '', html: typeof p.html === 'string' ? p.html : null,
    reference: header(p, 'x-bank-reference'), operation: header(p, 'x-bank-operation'),
  };
}
