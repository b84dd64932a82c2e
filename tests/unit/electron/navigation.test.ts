import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BANK_PROFILE } from '../../../src-shared/bank-profile/index.js';
import { createExternalOpener } from '../../../src-main/electron/external-links.js';
import {
  attachNavigationGuards, attachSessionGuards, denyNavigation, denyPermissionCheck, denyPermissionRequest, denyWebview, denyWindowOpen, isAllowedRequest,
  type GuardedContents, type GuardedSession,
} from '../../../src-main/electron/navigation.js';

/** A stand-in for Electron's preventable event object. */
function fakeEvent() {
  return { prevented: false, preventDefault() { this.prevented = true; } };
}

function opener() {
  const opened: string[] = [];
  return { opened, opener: createExternalOpener(DEFAULT_BANK_PROFILE, async (u) => { opened.push(u); }) };
}

describe('navigation and new windows', () => {
  it.each([
    'https://evil.example/',
    'app://netbank/index.html',
    'file:///etc/passwd',
    'http://127.0.0.1:4010/',
    'javascript:alert(1)',
  ])('will-navigate to %s is prevented and opens nothing', (url) => {
    const o = opener();
    const e = fakeEvent();
    denyNavigation(e, url, o.opener);
    expect(e.prevented).toBe(true);
    expect(o.opened).toEqual([]);
  });

  it('a link to a listed bank page is prevented in the window and opened in the system browser', () => {
    const o = opener();
    const e = fakeEvent();
    denyNavigation(e, 'https://www.am-bk.co.jp/help/', o.opener);
    expect(e.prevented).toBe(true);
    expect(o.opened).toEqual(['https://www.am-bk.co.jp/help/']);
  });

  it('window.open is always denied; only a listed page goes to the system browser', () => {
    const o = opener();
    expect(denyWindowOpen({ url: 'https://evil.example/' }, o.opener)).toEqual({ action: 'deny' });
    expect(denyWindowOpen({ url: 'about:blank' }, o.opener)).toEqual({ action: 'deny' });
    expect(denyWindowOpen({ url: 'app://netbank/index.html' }, o.opener)).toEqual({ action: 'deny' });
    expect(denyWindowOpen({ url: 'https://www.am-bk.co.jp/security/' }, o.opener)).toEqual({ action: 'deny' });
    expect(o.opened).toEqual(['https://www.am-bk.co.jp/security/']);
  });

  it('<webview> is never attached', () => {
    const e = fakeEvent();
    denyWebview(e);
    expect(e.prevented).toBe(true);
  });

  it('attaches every guard to a webContents', () => {
    const o = opener();
    const contents = new EventEmitter() as EventEmitter & GuardedContents & { openHandler?: (d: { url: string }) => { action: 'deny' } };
    contents.setWindowOpenHandler = (h) => { contents.openHandler = h; };
    attachNavigationGuards(contents, o.opener);
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const e = fakeEvent();
      contents.emit(name, e, 'https://evil.example/');
      expect(e.prevented, name).toBe(true);
    }
    const w = fakeEvent();
    contents.emit('will-attach-webview', w, {}, {});
    expect(w.prevented).toBe(true);
    expect(contents.openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    // Subframe navigations and redirects never open anything, even to a listed page.
    contents.emit('will-frame-navigate', fakeEvent(), 'https://www.am-bk.co.jp/help/');
    expect(o.opened).toEqual([]);
  });
});

describe('permissions and requests', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'fullscreen', 'openExternal', 'unknown'])('a %s request is refused', (permission) => {
    let answer: boolean | undefined;
    denyPermissionRequest({}, permission, (granted) => { answer = granted; });
    expect(answer).toBe(false);
  });

  it('every permission check is answered no', () => {
    expect(denyPermissionCheck()).toBe(false);
  });

  it('only the app scheme (and data: images) may load; developer tools only in development', () => {
    expect(isAllowedRequest('app://netbank/assets/index.js', false)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', false)).toBe(true);
    for (const url of ['https://www.am-bk.co.jp/', 'http://127.0.0.1:4010/api/v1/me', 'ws://127.0.0.1/', 'file:///etc/passwd', 'app://other/', 'ftp://x/', 'bogus']) {
      expect(isAllowedRequest(url, false), url).toBe(false);
      expect(isAllowedRequest(url, true), url).toBe(false);
    }
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', false)).toBe(false);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', true)).toBe(true);
  });

  it('attaches the handlers to a session', () => {
    const got: Record<string, unknown> = {};
    let beforeRequest: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | undefined;
    const session: GuardedSession = {
      setPermissionRequestHandler: (h) => { got.request = h; },
      setPermissionCheckHandler: (h) => { got.check = h; },
      setDevicePermissionHandler: (h) => { got.device = h; },
      webRequest: { onBeforeRequest: (l) => { beforeRequest = l; } },
    };
    const blocked: string[] = [];
    attachSessionGuards(session, false, (o) => blocked.push(o));
    expect(got.request).toBe(denyPermissionRequest);
    expect(got.check).toBe(denyPermissionCheck);
    expect(got.device).toBe(denyPermissionCheck);
    const answers: boolean[] = [];
    beforeRequest!({ url: 'https://evil.example/x?secret=1' }, (r) => answers.push(r.cancel));
    beforeRequest!({ url: 'app://netbank/index.html' }, (r) => answers.push(r.cancel));
    expect(answers).toEqual([true, false]);
    expect(blocked).toEqual(['https://evil.example']);
  });
});
