// The mail sink's parser thread (mail-parser.ts starts it for the larger mails): parses each mail
// it is handed (parse-mail.mjs) and answers with the parts the mailbox keeps. Plain JavaScript, as
// a worker thread runs a file as it is, from the sources (the tests) and from dist/bank.
import { parentPort } from 'node:worker_threads';
import { parseForMailbox } from './parse-mail.mjs';

parentPort.on('message', ({ id, raw }) => {
  parseForMailbox(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength)).then(
    (mail) => parentPort.postMessage({ id, mail }),
    (error) => parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
