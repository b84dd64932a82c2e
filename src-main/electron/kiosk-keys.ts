/**
 * Keyboard shortcuts a kiosk swallows (webContents 'before-input-event'): the ones that close,
 * leave, reload, print or save the page, open developer tools, or leave full screen. Shortcuts
 * the operating system handles before the app sees them (Ctrl+Alt+Del, Alt+Tab, Cmd+Tab, the
 * Windows key) cannot be stopped here: the branch's OS kiosk settings must take care of them.
 */
export interface KeyInput {
  type: string;
  key: string;
  control: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

const PLAIN_KEYS = new Set(['F1', 'F3', 'F5', 'F6', 'F7', 'F11', 'F12', 'BrowserBack', 'BrowserForward', 'BrowserRefresh', 'BrowserHome', 'BrowserSearch']);
/** With Ctrl (Windows/Linux) or Cmd (macOS). */
const COMMAND_KEYS = new Set(['w', 'q', 'n', 't', 'r', 'p', 's', 'o', 'l', 'h', 'm', 'u', 'j', 'f', 'g', ',', 'tab', 'pageup', 'pagedown']);
/** With Alt: leaving the page by history, closing the window, opening the window menu. */
const ALT_KEYS = new Set(['f4', 'arrowleft', 'arrowright', 'home', ' ', 'space']);

/** The reason a key press is swallowed, or null when the app may have it. */
export function blockedShortcut(input: KeyInput): string | null {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return null;
  const key = input.key.toLowerCase();
  if (PLAIN_KEYS.has(input.key)) return `key ${input.key}`;
  if (input.alt && !input.control && !input.meta && ALT_KEYS.has(key)) return `Alt+${input.key}`;
  if ((input.control || input.meta) && COMMAND_KEYS.has(key)) return `${input.meta ? 'Cmd' : 'Ctrl'}+${input.key}`;
  if ((input.control || input.meta) && input.shift && (key === 'i' || key === 'c' || key === 'delete')) return 'developer or browsing-data shortcut';
  return null;
}
