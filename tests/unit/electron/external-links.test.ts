import { describe, expect, it } from 'vitest';
import { DEFAULT_BANK_PROFILE, type BankProfile } from '../../../src-shared/bank-profile/index.js';
import { allowedExternalUrls, createExternalOpener } from '../../../src-main/electron/external-links.js';

function recorder(profile: BankProfile = DEFAULT_BANK_PROFILE) {
  const opened: string[] = [];
  const problems: [string, string][] = [];
  const opener = createExternalOpener(profile, async (url) => {
    opened.push(url);
  }, (origin, why) => problems.push([origin, why]));
  return { opened, problems, opener };
}

describe('shell.openExternal allow-list', () => {
  it('lists the profile links', () => {
    expect([...allowedExternalUrls(DEFAULT_BANK_PROFILE)]).toEqual(['https://www.am-bk.co.jp/help/', 'https://www.am-bk.co.jp/security/']);
  });

  it('opens a listed https page (after normalisation)', () => {
    const r = recorder();
    expect(r.opener.open('https://www.am-bk.co.jp/help/')).toBe(true);
    expect(r.opener.open('HTTPS://WWW.AM-BK.CO.JP:443/security/')).toBe(true);
    expect(r.opened).toEqual(['https://www.am-bk.co.jp/help/', 'https://www.am-bk.co.jp/security/']);
    expect(r.problems).toEqual([]);
  });

  it.each([
    'http://www.am-bk.co.jp/help/',
    'https://www.am-bk.co.jp/help/?next=https://evil.example',
    'https://www.am-bk.co.jp/help/#x',
    'https://www.am-bk.co.jp/help/../admin/',
    'https://www.am-bk.co.jp/',
    'https://user@www.am-bk.co.jp/help/',
    'https://www.am-bk.co.jp.evil.example/help/',
    'file:///etc/passwd',
    'smb://server/share',
    'javascript:alert(1)',
    'app://netbank/index.html',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    const r = recorder();
    expect(r.opener.open(url)).toBe(false);
    expect(r.opened).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]![1]).toBe('not-allowed');
  });

  it('refuses non-strings and reports only the origin, never the path or query', () => {
    const r = recorder();
    expect(r.opener.open(42)).toBe(false);
    expect(r.opener.open('https://evil.example/steal?token=abc')).toBe(false);
    expect(r.problems).toEqual([['(not a URL)', 'not-allowed'], ['https://evil.example', 'not-allowed']]);
  });

  it('a profile with no links opens nothing', () => {
    const r = recorder({ ...DEFAULT_BANK_PROFILE, externalLinks: [] });
    expect(r.opener.open('https://www.am-bk.co.jp/help/')).toBe(false);
    expect(r.opened).toEqual([]);
  });

  it('reports a failed open', async () => {
    const problems: string[] = [];
    const opener = createExternalOpener(DEFAULT_BANK_PROFILE, () => Promise.reject(new Error('no browser')), (_o, why) => problems.push(why));
    expect(opener.open('https://www.am-bk.co.jp/help/')).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(problems).toEqual(['open-failed']);
  });
});
