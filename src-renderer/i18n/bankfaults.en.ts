/** English messages for answers only the demo bank's tester controls produce (a refused origin, an armed fault). */
export const bankFaultsEn = {
  'error.FORBIDDEN_ORIGIN': 'This page may not do that.',
  'error.SERVICE_UNAVAILABLE': 'The bank is not available right now. Please try again later.',
} as const;
