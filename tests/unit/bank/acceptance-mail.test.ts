// The acceptance notice (取引受付メール) goes after the answer: nothing of it runs in the same turn
// as the authorize that completed the operation, and a failed send is logged, never thrown.
import { describe, expect, it } from 'vitest';
import pino from 'pino';
import type { BankContext } from '../../../mock-bank/context.js';
import type { Mailer } from '../../../mock-bank/mail.js';
import type { MailContent } from '../../../mock-bank/mail-templates.js';
import { mailAcceptance } from '../../../mock-bank/notices.js';

const nextTurn = () => new Promise((r) => setImmediate(r));

function recordingContext(fail = false) {
  const sent: { to: string[]; content: MailContent }[] = [];
  const lines: string[] = [];
  const mailer: Mailer = {
    send: (_from, to, content) => {
      sent.push({ to, content });
      return fail ? Promise.reject(new Error('SMTP refused')) : Promise.resolve();
    },
    close: () => undefined,
  };
  const log = pino({ level: 'info' }, { write: (l: string) => lines.push(l) });
  return { ctx: { mailer, log } as unknown as BankContext, sent, lines };
}

describe('acceptance mail', () => {
  it('is composed and handed to SMTP only on a later turn of the event loop, with the operation named', async () => {
    const { ctx, sent } = recordingContext();
    const done = mailAcceptance(ctx, ['a@example.jp'], '0123456789', Date.UTC(2026, 11, 7, 3, 0), { ja: '振込', en: 'Transfer' }, 'op_1');
    expect(sent).toEqual([]);
    await nextTurn();
    await done;
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toEqual(['a@example.jp']);
    expect(sent[0]!.content.text).toContain('0123456789');
    expect(sent[0]!.content.headers['X-Bank-Operation']).toBe('op_1');
  });

  it('sends nothing without recipients, and logs a refused send instead of throwing', async () => {
    const quiet = recordingContext();
    await mailAcceptance(quiet.ctx, [], '0123456789', 0, { ja: '振込', en: 'Transfer' });
    await nextTurn();
    expect(quiet.sent).toEqual([]);
    const failing = recordingContext(true);
    await expect(mailAcceptance(failing.ctx, ['a@example.jp'], '0123456789', 0, { ja: '振込', en: 'Transfer' })).resolves.toBeUndefined();
    expect(failing.lines.join('')).toContain('acceptance mail not sent');
  });
});
