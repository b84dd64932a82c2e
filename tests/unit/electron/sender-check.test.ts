import { describe, expect, it } from 'vitest';
import { checkSender, isTrustedSender } from '../../../src-main/electron/sender-check.js';

const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });

describe('IPC sender check', () => {
  it('accepts the app page in the top frame', () => {
    expect(checkSender(frame('app://netbank/index.html'))).toEqual({ ok: true });
    expect(isTrustedSender(frame('app://netbank/'))).toBe(true);
    expect(isTrustedSender(frame('app://netbank/index.html#/transfer'))).toBe(true);
  });

  it.each([
    'app://other/index.html',
    'app://netbank.evil.example/',
    'app://user:pw@netbank/',
    'apps://netbank/',
    'file:///app/dist/renderer/index.html',
    'file://netbank/index.html',
    'https://netbank/',
    'http://127.0.0.1:4010/',
    'devtools://devtools/bundled/inspector.html',
    'about:blank',
    'data:text/html,<script>1</script>',
    'chrome-extension://abc/',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isTrustedSender(frame(url))).toBe(false);
  });

  it('refuses a subframe of the app page', () => {
    expect(checkSender(frame('app://netbank/index.html', { url: 'app://netbank/index.html' }))).toEqual({ ok: false, reason: 'calls from a subframe are refused' });
  });

  it('refuses when the frame is gone or the event is malformed', () => {
    expect(checkSender({ senderFrame: null })).toEqual({ ok: false, reason: 'the sending frame is gone' });
    expect(checkSender({ senderFrame: undefined })).toEqual({ ok: false, reason: 'the sending frame is gone' });
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: 42 as unknown as string, parent: null } })).toBe(false);
  });
});
