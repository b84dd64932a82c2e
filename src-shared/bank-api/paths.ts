/** The bank's paths, in one place for the demo bank, the client and the OpenAPI document. */
export const API_PREFIX = '/api/v1';
export const BANK_PATHS = {
  health: '/health',
  openapi: '/openapi.json',
  sessions: `${API_PREFIX}/sessions`,
  currentSession: `${API_PREFIX}/sessions/current`,
  me: `${API_PREFIX}/me`,
  loginHistory: `${API_PREFIX}/me/logins`,
  loginNotice: `${API_PREFIX}/me/login-notice`,
  limits: `${API_PREFIX}/limits`,
  accounts: `${API_PREFIX}/accounts`,
  transactions: (accountId: string) => `${API_PREFIX}/accounts/${encodeURIComponent(accountId)}/transactions`,
  payees: `${API_PREFIX}/payees`,
  receipts: `${API_PREFIX}/receipts`,
  transferFee: `${API_PREFIX}/transfer-fee`,
  banks: `${API_PREFIX}/banks`,
  branches: (bankCode: string) => `${API_PREFIX}/banks/${encodeURIComponent(bankCode)}/branches`,
  startOfUse: `${API_PREFIX}/start-of-use`,
  startOfUseOtp: `${API_PREFIX}/start-of-use/otp`,
  startOfUseVerify: `${API_PREFIX}/start-of-use/verify`,
  operations: `${API_PREFIX}/operations`,
  operation: (id: string) => `${API_PREFIX}/operations/${encodeURIComponent(id)}`,
  operationOtp: (id: string) => `${API_PREFIX}/operations/${encodeURIComponent(id)}/otp`,
  operationAuthorize: (id: string) => `${API_PREFIX}/operations/${encodeURIComponent(id)}/authorize`,
} as const;

export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const REPLAYED_HEADER = 'idempotent-replayed';
/** Idempotency keys: 8–128 URL-safe characters (a UUID fits). */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{8,128}$/;
