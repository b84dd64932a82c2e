import { describe, expect, it } from 'vitest';
import { DEFAULT_BANK_PROFILE } from '../../../src-shared/bank-profile/index.js';
import { DEVELOPMENT_ROLES, menuRoles, menuTemplate, type MenuSettings } from '../../../src-main/electron/menu.js';

const opened: string[] = [];
const base: MenuSettings = { packaged: true, kiosk: false, platform: 'linux', appName: 'Netbank Desktop', profile: DEFAULT_BANK_PROFILE, openLink: (u) => opened.push(u) };

describe('application menu', () => {
  for (const platform of ['linux', 'win32', 'darwin'] as const) {
    it(`a packaged build on ${platform} has no reload or developer tools`, () => {
      const roles = menuRoles(menuTemplate({ ...base, platform }));
      for (const r of DEVELOPMENT_ROLES) expect(roles).not.toContain(r);
      expect(roles).toContain('quit');
      expect(roles).toContain('copy');
      expect(roles).toContain('paste');
      expect(roles).toContain('zoomIn');
    });
  }

  it('a development run adds reload and developer tools', () => {
    const roles = menuRoles(menuTemplate({ ...base, packaged: false }));
    expect(roles).toContain('toggleDevTools');
    expect(roles).toContain('reload');
  });

  it('a kiosk has no menu at all, packaged or not', () => {
    expect(menuTemplate({ ...base, kiosk: true })).toBeNull();
    expect(menuTemplate({ ...base, kiosk: true, packaged: false })).toBeNull();
  });

  it('contains only roles a banking app needs', () => {
    const allowed = new Set(['quit', 'about', 'hide', 'hideOthers', 'unhide', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen', 'minimize', 'close', 'help']);
    for (const platform of ['linux', 'darwin'] as const) {
      for (const r of menuRoles(menuTemplate({ ...base, platform }))) expect(allowed.has(r), r).toBe(true);
    }
  });

  it('help lists the profile pages, labelled in Japanese first, and opens them through the opener', () => {
    const template = menuTemplate(base)!;
    const help = template.find((m) => m.role === 'help');
    const items = help?.submenu as { label: string; click: () => void }[];
    expect(items.map((i) => i.label)).toEqual(['デモ銀行 よくあるご質問 (Demo Bank help and FAQ)', 'デモ銀行 セキュリティについて (Demo Bank security advice)']);
    items[0]!.click();
    expect(opened).toEqual(['https://www.am-bk.co.jp/help/']);
    expect(menuTemplate({ ...base, profile: { ...DEFAULT_BANK_PROFILE, externalLinks: [] } })!.some((m) => m.role === 'help')).toBe(false);
  });
});
