/**
 * Tester builds only: what main adds around the core and the menu. The seed customers come from
 * the demo bank's mailbox server (GET /api/seed-customers) and ride along in `app.info`; the
 * "reset demo data" action asks first, logs out, restarts the bank from its seed and reloads.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { DemoCustomers, type DemoCustomer } from '../../../src-shared/bank-api/index.js';
import type { PlainMessage } from '../lifecycle.js';

export async function fetchDemoCustomers(mailboxUrl: string, fetchImpl: typeof fetch = fetch): Promise<DemoCustomer[] | null> {
  try {
    const res = await fetchImpl(new URL('/api/seed-customers', mailboxUrl), { signal: AbortSignal.timeout(5000) });
    if (!res.ok) return null;
    const parsed = DemoCustomers.safeParse(await res.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function resetQuestion(): PlainMessage {
  return {
    type: 'warning',
    title: 'テストビルド (Test build)',
    message: 'デモ銀行のデータを初期状態に戻しますか?\nReset the demo bank\'s data?',
    detail: 'ログアウトし、振込・設定変更・メールをすべて消して、シード顧客を作り直します。\n'
      + 'You will be logged out; every transfer, setting change and mail is erased and the seed customers are created again.',
    buttons: ['リセット (Reset)', 'キャンセル (Cancel)'],
    defaultId: 1,
    cancelId: 1,
  };
}

export interface ResetDeps {
  ask(message: PlainMessage): Promise<number>;
  logout(): Promise<void>;
  resetBank(): Promise<void>;
  reload(): void;
}

/** "Reset demo data": nothing happens unless the tester confirms. */
export async function resetDemoData(deps: ResetDeps): Promise<'cancelled' | 'reset' | 'failed'> {
  if ((await deps.ask(resetQuestion())) !== 0) return 'cancelled';
  await deps.logout().catch(() => undefined);
  try {
    await deps.resetBank();
  } catch {
    deps.reload();
    return 'failed';
  }
  deps.reload();
  return 'reset';
}

export interface TesterMenuActions {
  openMailbox(): void;
  /** The mailbox window at the tester controls (clock, faults, mail delay, lock, reset). */
  openTesterControls(): void;
  resetDemoData(): void;
}

export function testerMenu(a: TesterMenuActions): MenuItemConstructorOptions {
  return {
    label: 'テスト (Test build)',
    submenu: [
      { label: 'メールボックスを開く (Open mailbox)', accelerator: 'CmdOrCtrl+Shift+M', click: () => a.openMailbox() },
      { label: 'テスター操作を開く (Open tester controls)', accelerator: 'CmdOrCtrl+Shift+T', click: () => a.openTesterControls() },
      { type: 'separator' },
      { label: 'デモデータをリセット… (Reset demo data…)', click: () => a.resetDemoData() },
    ],
  };
}
