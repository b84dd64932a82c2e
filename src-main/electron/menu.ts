/**
 * The application menu: only what a banking app needs. Editing (for copy and paste in forms),
 * zoom (for reading), window controls, quit, and the bank's help pages. Reload and developer
 * tools exist only in unpackaged development runs; a kiosk has no menu at all.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { BankProfile } from '../../src-shared/bank-profile/index.js';

export interface MenuSettings {
  packaged: boolean;
  kiosk: boolean;
  platform: NodeJS.Platform;
  appName: string;
  profile: BankProfile;
  /** Opens a help page through the external-link allow-list. */
  openLink: (url: string) => void;
}

/** Roles that must never appear in a packaged or kiosk build. */
export const DEVELOPMENT_ROLES = ['toggleDevTools', 'reload', 'forceReload'] as const;

export function menuTemplate(s: MenuSettings): MenuItemConstructorOptions[] | null {
  if (s.kiosk) return null;
  const mac = s.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: s.appName,
      submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
    });
  } else {
    template.push({ label: 'ファイル (File)', submenu: [{ role: 'quit', label: '終了 (Quit)' }] });
  }
  template.push({
    label: '編集 (Edit)',
    submenu: [
      { role: 'undo', label: '元に戻す (Undo)' },
      { role: 'redo', label: 'やり直す (Redo)' },
      { type: 'separator' },
      { role: 'cut', label: '切り取り (Cut)' },
      { role: 'copy', label: 'コピー (Copy)' },
      { role: 'paste', label: '貼り付け (Paste)' },
      { role: 'selectAll', label: 'すべて選択 (Select all)' },
    ],
  });
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom', label: '実際のサイズ (Actual size)' },
    { role: 'zoomIn', label: '拡大 (Zoom in)' },
    { role: 'zoomOut', label: '縮小 (Zoom out)' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: '全画面表示 (Full screen)' },
  ];
  if (!s.packaged) view.push({ type: 'separator' }, { role: 'reload', label: '再読み込み (Reload, development)' }, { role: 'toggleDevTools', label: '開発者ツール (Developer tools, development)' });
  template.push({ label: '表示 (View)', submenu: view });
  template.push({ label: 'ウィンドウ (Window)', submenu: [{ role: 'minimize', label: '最小化 (Minimize)' }, { role: 'close', label: '閉じる (Close)' }] });
  const help: MenuItemConstructorOptions[] = s.profile.externalLinks.map((link) => ({
    label: `${link.label.ja} (${link.label.en})`,
    click: () => s.openLink(link.url),
  }));
  if (help.length) template.push({ role: 'help', label: 'ヘルプ (Help)', submenu: help });
  return template;
}

/** Every role in a template, submenus included (for tests and the startup check). */
export function menuRoles(template: readonly MenuItemConstructorOptions[] | null): string[] {
  const out: string[] = [];
  const walk = (items: readonly MenuItemConstructorOptions[]) => {
    for (const item of items) {
      if (item.role) out.push(item.role);
      if (Array.isArray(item.submenu)) walk(item.submenu);
    }
  };
  if (template) walk(template);
  return out;
}
