/** What a route handler answers: status, optional JSON body and extra headers. */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** The body carries a secret shown once: an idempotent replay answers 410 SECRET_SHOWN_ONCE instead. */
  secret?: boolean;
}
