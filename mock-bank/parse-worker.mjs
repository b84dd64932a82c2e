// The mail sink's parser thread (mail-parser.ts starts it): parses each mail it is handed and
// answers with the parts the mailbox keeps. Plain JavaScript, as a worker thread runs a file as it
// is, from the sources (the tests) and from dist/bank (the build copies it there as it is).
//
// What nothing reads is not made: no text turned into HTML with its links marked, no cid: images
// turned into data URLs, no HTML turned into text while the mail has a text part of its own (the
// bank's mails always do). A mail with HTML only (from another sender) is parsed again for its text.
import { parentPort } from 'node:worker_threads';
import { simpleParser } from 'mailparser';

const LEAN = { skipTextToHtml: true, skipTextLinks: true, skipImageLinks: true, skipHtmlToText: true };
const WITH_TEXT = { skipTextToHtml: true, skipTextLinks: true, skipImageLinks: true };

async function parse(raw) {
  const lean = await simpleParser(raw, LEAN);
  if ((lean.text ?? '') !== '' || typeof lean.html !== 'string') return lean;
  return simpleParser(raw, WITH_TEXT);
}

const addressText = (a) => (a ? (Array.isArray(a) ? a : [a]).map((x) => x.text).join(', ') : '');

function header(parsed, name) {
  const value = parsed.headers.get(name);
  return typeof value === 'string' ? value : null;
}

parentPort.on('message', ({ id, raw }) => {
  parse(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength)).then(
    (p) => parentPort.postMessage({
      id,
      mail: {
        from: addressText(p.from), subject: p.subject ?? '', text: p.text ?? '', html: typeof p.html === 'string' ? p.html : null,
        reference: header(p, 'x-bank-reference'), operation: header(p, 'x-bank-operation'),
      },
    }),
    (error) => parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
