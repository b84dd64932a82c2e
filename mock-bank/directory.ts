/** The demo bank's small world: its own code and branches, other banks it knows, bill collectors, fees. */
import { DEFAULT_BANK_PROFILE } from '../src-shared/bank-profile/index.js';

export const OWN_BANK_CODE = DEFAULT_BANK_PROFILE.bankCode;

const OWN_BRANCHES: Record<string, string> = { '001': '本店営業部', '002': '新宿支店', '003': '大阪支店' };

const OTHER_BANKS: Record<string, string> = {
  '0005': 'サンプル銀行',
  '0009': 'テスト銀行',
  '0017': 'みほん銀行',
  '1234': 'デモ信用金庫',
};

export function bankName(code: string): string {
  if (code === OWN_BANK_CODE) return DEFAULT_BANK_PROFILE.bankName.ja;
  return OTHER_BANKS[code] ?? `金融機関コード${code}`;
}

export function branchName(bankCode: string, branchCode: string): string {
  if (bankCode === OWN_BANK_CODE) return OWN_BRANCHES[branchCode] ?? `${branchCode}支店`;
  return `${branchCode}支店`;
}

/** Bill collectors (収納機関) by their 5-digit number. */
export const COLLECTORS: Record<string, string> = {
  '12345': 'デモ電力',
  '23456': 'デモガス',
  '34567': 'デモ市水道局',
  '45678': 'デモ通信',
};

/**
 * Transfer fee table: free within the demo bank; to other banks ¥165 below ¥30,000 and ¥275 from
 * ¥30,000 (tax included).
 */
export function transferFee(bankCode: string, amount: number): number {
  if (bankCode === OWN_BANK_CODE) return 0;
  return amount < 30_000 ? 165 : 275;
}
