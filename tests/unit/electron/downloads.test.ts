/** Downloads are refused on every session: cancelled, and reported by origin only. */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { denyDownload, denyDownloads, type DownloadRefusal } from '../../../src-main/electron/downloads.js';

function attempt(url: string) {
  const seen = { prevented: false, cancelled: false };
  const event = { preventDefault: () => { seen.prevented = true; } };
  const item = { getURL: () => url, cancel: () => { seen.cancelled = true; } };
  return { seen, event, item };
}

describe('will-download', () => {
  it.each([
    ['https://evil.example/statement-0001234.csv?acct=1234567', 'https://evil.example'],
    ['app://netbank/assets/index.js', 'app://netbank'],
    ['blob:app://netbank/8f0c1a2e-0000-4000-8000-000000000000', 'app://netbank'],
    ['data:text/csv,1,2,3', 'data:'],
    ['http://127.0.0.1:4010/api/messages', 'http://127.0.0.1:4010'],
    ['not a url', '(not a URL)'],
  ])('%s is cancelled and reported as coming from %s (no file name, no query)', (url, origin) => {
    const reported: DownloadRefusal[] = [];
    const a = attempt(url);
    denyDownload(a.event, a.item, (what) => reported.push(what));
    expect(a.seen).toEqual({ prevented: true, cancelled: true });
    expect(reported).toEqual([{ origin }]);
  });

  it('one guard per session however often it is attached, and every download on it is refused', () => {
    const session = new EventEmitter();
    const reported: DownloadRefusal[] = [];
    for (let i = 0; i < 3; i++) denyDownloads(session, (what) => reported.push(what));
    expect(session.listenerCount('will-download')).toBe(1);
    for (const url of ['https://a.example/x.pdf', 'https://b.example/y.csv']) {
      const a = attempt(url);
      session.emit('will-download', a.event, a.item, {});
      expect(a.seen).toEqual({ prevented: true, cancelled: true });
    }
    expect(reported).toEqual([{ origin: 'https://a.example' }, { origin: 'https://b.example' }]);
    const other = new EventEmitter();
    denyDownloads(other, () => undefined);
    expect(other.listenerCount('will-download')).toBe(1);
  });
});
