/** Login and confirmation password rules (BANK-API.md): 8–32 characters, letters and digits both. */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 32;

export type PasswordRule = 'length' | 'letter' | 'digit' | 'charset';

/** The rules a password breaks, empty when it is acceptable. Printable ASCII only. */
export function passwordProblems(password: string): PasswordRule[] {
  const problems: PasswordRule[] = [];
  if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) problems.push('length');
  if (!/[A-Za-z]/.test(password)) problems.push('letter');
  if (!/\d/.test(password)) problems.push('digit');
  if (/[^\x21-\x7E]/.test(password)) problems.push('charset');
  return problems;
}
