/**
 * Seed customers (BANK-API.md), created on first start or with BANK_RESET=1. The token user's TOTP
 * secret is fixed and published (README) so testers and tests can compute its codes.
 */
import { wipe, type Db } from './db.js';
import { hashPassword, randomId } from './crypto.js';
import { OWN_BANK_CODE, bankName, branchName } from './directory.js';
import type { AccountType } from '../src-shared/domain/index.js';

export const SEED_LOGIN_PASSWORD = 'demo-login-1';
export const SEED_CONFIRMATION_PASSWORD = 'demo-confirm-1';
export const SEED_FIRST_LOGIN_PASSWORD = 'demo-first-1';
/** Base32 TOTP secret of `token-user` (SHA-1, 6 digits, 30 s): for testers only, never a real customer. */
export const TOKEN_USER_TOTP_SECRET = 'CDMNVQONYBDDLMQT5GVM2AEDSL6BTGUJ';
export const SEED_BALANCE_YEN = 1_000_000;

interface SeedPayee { name: string; bankCode: string; branchCode: string; accountType: AccountType; accountNumber: string }
export interface SeedCustomer {
  loginId: string;
  name: string;
  email: string | null;
  tokenState: 'not-used' | 'active' | 'suspended';
  startOfUseDone: boolean;
  branchCode: string;
  accountNumber: string;
  payee: SeedPayee;
}

export const SEED_CUSTOMERS: readonly SeedCustomer[] = [
  {
    loginId: 'mail-user', name: '目黒 太郎', email: 'mail-user@docomo.ne.jp', tokenState: 'not-used', startOfUseDone: true,
    branchCode: '001', accountNumber: '1234567',
    payee: { name: 'ﾄｸﾅｶﾞ ﾊﾅｺ', bankCode: OWN_BANK_CODE, branchCode: '001', accountType: 'ordinary', accountNumber: '2345678' },
  },
  {
    loginId: 'token-user', name: '徳永 花子', email: 'token-user@ezweb.ne.jp', tokenState: 'active', startOfUseDone: true,
    branchCode: '001', accountNumber: '2345678',
    payee: { name: 'ﾒｸﾞﾛ ﾀﾛｳ', bankCode: OWN_BANK_CODE, branchCode: '001', accountType: 'ordinary', accountNumber: '1234567' },
  },
  {
    loginId: 'suspended-user', name: '須田 次郎', email: 'suspended-user@softbank.ne.jp', tokenState: 'suspended', startOfUseDone: true,
    branchCode: '002', accountNumber: '3456789',
    payee: { name: 'ﾔﾏﾀﾞ ｻﾁｺ', bankCode: '0005', branchCode: '101', accountType: 'ordinary', accountNumber: '7654321' },
  },
  {
    loginId: 'new-user', name: '新井 三郎', email: null, tokenState: 'not-used', startOfUseDone: false,
    branchCode: '003', accountNumber: '4567890',
    payee: { name: 'ﾃｽﾄ ｼﾞﾛｳ', bankCode: '0009', branchCode: '201', accountType: 'savings', accountNumber: '1112223' },
  },
];

const DAY = 86_400_000;

/**
 * `mail-user-001` … `mail-user-<n>` (BANK_EXTRA_MAIL_CUSTOMERS): customers like mail-user, with the
 * same seed passwords, each with its own account (branch 001, 9000001 …) and mail address, so a
 * load test can have many customers working at once, each with its own lock, limits and password.
 */
export function extraMailCustomers(n: number): SeedCustomer[] {
  return Array.from({ length: n }, (_, i) => {
    const k = String(i + 1).padStart(3, '0');
    return {
      loginId: `mail-user-${k}`, name: '試験 太郎', email: `mail-user-${k}@docomo.ne.jp`, tokenState: 'not-used', startOfUseDone: true,
      branchCode: '001', accountNumber: String(9_000_000 + i + 1), payee: SEED_CUSTOMERS[0]!.payee,
    };
  });
}

/**
 * `replace`: every row goes first, in the same transaction as the new seed (a reset while running).
 * `extra`: that many extraMailCustomers after the four seed customers; they share one hash of each
 * seed password (their passwords are published, and a hash each would cost a scrypt each at start).
 */
export async function seed(db: Db, now: number, o: { replace?: boolean; extra?: number } = {}): Promise<void> {
  const hashes = await Promise.all(
    SEED_CUSTOMERS.map(async (c) => ({
      login: await hashPassword(c.startOfUseDone ? SEED_LOGIN_PASSWORD : SEED_FIRST_LOGIN_PASSWORD),
      confirm: c.startOfUseDone ? await hashPassword(SEED_CONFIRMATION_PASSWORD) : null,
    })),
  );
  const extras = extraMailCustomers(o.extra ?? 0);
  if (extras.length > 0) {
    const shared = { login: await hashPassword(SEED_LOGIN_PASSWORD), confirm: await hashPassword(SEED_CONFIRMATION_PASSWORD) };
    for (const _ of extras) hashes.push(shared);
  }
  db.transaction(() => {
    if (o.replace) wipe(db);
    [...SEED_CUSTOMERS, ...extras].forEach((c, i) => {
      const h = hashes[i]!;
      const { lastInsertRowid } = db
        .prepare(`INSERT INTO customers (login_id, name, login_pw_hash, confirm_pw_hash, email, token_state, totp_secret, start_of_use_done)
                  VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(c.loginId, c.name, h.login, h.confirm, c.email, c.tokenState, c.tokenState === 'active' ? TOKEN_USER_TOTP_SECRET : null, c.startOfUseDone ? 1 : 0);
      const customerId = Number(lastInsertRowid);
      for (const slot of [1, 2]) db.prepare(`INSERT INTO select_emails (customer_id, slot) VALUES (?, ?)`).run(customerId, slot);
      const accountId = `acc_${c.accountNumber}`;
      db.prepare(`INSERT INTO accounts (id, customer_id, branch_code, branch_name, type, number, balance) VALUES (?, ?, ?, ?, 'ordinary', ?, ?)`)
        .run(accountId, customerId, c.branchCode, branchName(OWN_BANK_CODE, c.branchCode), c.accountNumber, SEED_BALANCE_YEN);
      const history: [number, string, string, number][] = [
        // kind (language-neutral) and detail (the other party's name, or ''): screens word the kind.
        [30, 'account-opened', '', 800_000],
        [20, 'salary', 'デモショウジ', 250_000],
        [10, 'atm-withdrawal', '', -50_000],
      ];
      let balance = 0;
      for (const [daysAgo, kind, description, amount] of history) {
        balance += amount;
        db.prepare(`INSERT INTO transactions (account_id, posted_at, kind, description, amount, balance_after) VALUES (?, ?, ?, ?, ?, ?)`)
          .run(accountId, now - daysAgo * DAY, kind, description, amount, balance);
      }
      const p = c.payee;
      db.prepare(`INSERT INTO payees (id, customer_id, name, bank_code, branch_code, account_type, account_number, bank_name, branch_name)
                  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(randomId('py'), customerId, p.name, p.bankCode, p.branchCode, p.accountType, p.accountNumber, bankName(p.bankCode), branchName(p.bankCode, p.branchCode));
    });
  })();
}
