/**
 * The demo bank's small world: the bank and branch directory (its own branches, other banks it
 * knows, each name with its reading for search), bill collectors, fees.
 */
import { DEFAULT_BANK_PROFILE } from '../src-shared/bank-profile/index.js';
import { DIRECTORY_RESULTS_MAX, type DirectoryBank, type DirectoryBranch } from '../src-shared/bank-api/directory.js';
import { asKatakana, isLatinQuery, looseLatin, readingInLatin } from '../src-shared/bank-api/directory-reading.js';
import { withoutSpaces } from '../src-shared/domain/text.js';

export const OWN_BANK_CODE = DEFAULT_BANK_PROFILE.bankCode;

interface BankRecord extends DirectoryBank { branches: DirectoryBranch[] }

const br = (code: string, name: string, kana: string): DirectoryBranch => ({ code, name, kana });

/**
 * Fictional banks only. The own bank takes its name from the bank profile; its reading below is
 * the reading of the default profile's name.
 */
const BANKS: readonly BankRecord[] = [
  {
    code: OWN_BANK_CODE, name: DEFAULT_BANK_PROFILE.bankName.ja, kana: 'デモギンコウ',
    branches: [br('001', '本店営業部', 'ホンテンエイギョウブ'), br('002', '新宿支店', 'シンジュクシテン'), br('003', '大阪支店', 'オオサカシテン')],
  },
  {
    code: '0001', name: 'ひかり中央銀行', kana: 'ヒカリチュウオウギンコウ',
    branches: [br('001', '東京営業部', 'トウキョウエイギョウブ'), br('101', '丸の内支店', 'マルノウチシテン'), br('110', '横浜支店', 'ヨコハマシテン')],
  },
  {
    code: '0005', name: 'サンプル銀行', kana: 'サンプルギンコウ',
    branches: [br('101', '青山支店', 'アオヤマシテン'), br('123', '渋谷支店', 'シブヤシテン'), br('201', '梅田支店', 'ウメダシテン')],
  },
  {
    code: '0009', name: 'テスト銀行', kana: 'テストギンコウ',
    branches: [br('201', '札幌支店', 'サッポロシテン'), br('202', '仙台支店', 'センダイシテン')],
  },
  {
    code: '0017', name: 'みほん銀行', kana: 'ミホンギンコウ',
    branches: [br('001', '本店', 'ホンテン'), br('301', '名古屋支店', 'ナゴヤシテン')],
  },
  {
    code: '0288', name: 'サンプル信託銀行', kana: 'サンプルシンタクギンコウ',
    branches: [br('001', '本店営業部', 'ホンテンエイギョウブ')],
  },
  {
    code: '1234', name: 'デモ信用金庫', kana: 'デモシンヨウキンコ',
    branches: [br('001', '本店', 'ホンテン'), br('005', '港北支店', 'コウホクシテン')],
  },
];

const toEntry = ({ code, name, kana }: BankRecord): DirectoryBank => ({ code, name, kana });

function record(code: string): BankRecord | undefined {
  return BANKS.find((b) => b.code === code);
}

export function findBank(code: string): DirectoryBank | undefined {
  const b = record(code);
  return b ? toEntry(b) : undefined;
}

export function findBranch(bankCode: string, branchCode: string): DirectoryBranch | undefined {
  return record(bankCode)?.branches.find((b) => b.code === branchCode);
}

/**
 * One form for comparing what a customer types with names and readings: NFKC (half-width kana and
 * full-width letters become ordinary), hiragana as katakana, no spaces, Latin upper-case.
 */
export function searchKey(text: string): string {
  return withoutSpaces(asKatakana(text)).toUpperCase();
}

/**
 * Entries whose name or reading holds the search text; a text in Latin letters is also looked for
 * in the reading written in Latin letters (src-shared/bank-api/directory-reading.ts), so "aoyama" or "sinjuku" finds the branch.
 */
function matching<T extends { code: string; name: string; kana: string }>(list: readonly T[], q: string): T[] {
  const key = searchKey(q);
  if (key === '') return [];
  const latin = isLatinQuery(q) ? looseLatin(q) : null;
  return list
    .filter((e) => searchKey(e.name).includes(key) || searchKey(e.kana).includes(key) || (latin !== null && looseLatin(readingInLatin(e.kana)).includes(latin)))
    .slice(0, DIRECTORY_RESULTS_MAX);
}

export function searchBanks(q: string): DirectoryBank[] {
  return matching(BANKS, q).map(toEntry);
}

export function searchBranches(bankCode: string, q: string): DirectoryBranch[] {
  return matching(record(bankCode)?.branches ?? [], q);
}

/** The bank's name for a code the directory knows (the seed and the bank's own records only). */
export function bankName(code: string): string {
  const b = findBank(code);
  if (!b) throw new Error(`bank ${code} is not in the directory`);
  return b.name;
}

export function branchName(bankCode: string, branchCode: string): string {
  const b = findBranch(bankCode, branchCode);
  if (!b) throw new Error(`branch ${bankCode}-${branchCode} is not in the directory`);
  return b.name;
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
