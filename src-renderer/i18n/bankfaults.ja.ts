/** Japanese messages for answers only the demo bank's tester controls produce (a refused origin, an armed fault). */
export const bankFaultsJa = {
  'error.FORBIDDEN_ORIGIN': 'このページからは操作できません。',
  'error.SERVICE_UNAVAILABLE': '銀行が一時的にご利用いただけません。しばらくしてからお試しください。',
} as const;
