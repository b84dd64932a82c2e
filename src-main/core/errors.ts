/** The one error type the core raises on purpose: it carries the typed IPC error to hand back. */
import type { ErrorCode } from '../../src-shared/domain/errors.js';
import type { ErrorExtras } from '../../src-shared/bank-api/common.js';
import type { IpcError } from '../../src-shared/ipc/errors.js';

export class CoreError extends Error {
  readonly ipc: IpcError;
  constructor(code: ErrorCode, message: string, extra: ErrorExtras = {}) {
    super(message);
    this.name = 'CoreError';
    this.ipc = { code, message, ...extra };
  }
  get code(): ErrorCode {
    return this.ipc.code;
  }
}

export function isCoreError(e: unknown): e is CoreError {
  return e instanceof CoreError;
}
