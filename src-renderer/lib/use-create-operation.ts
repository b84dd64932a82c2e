/**
 * Creating an operation at the bank with one intent id per intention of the customer: pressing
 * "continue" again after a lost answer reuses the id, so the bank answers with the first result
 * instead of creating a second operation. Changing the details starts a new intention.
 */
import { useCallback, useRef, useState } from 'react';
import type { CreateOperationRequest, CreateOperationResponse } from '../../src-shared/bank-api/operations.js';
import type { IpcError } from '../../src-shared/ipc/errors.js';
import { netbank, newIntentId } from './bridge.js';

export function useCreateOperation() {
  const intent = useRef<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);

  /** The details changed: the next press is a new intention. */
  const reset = useCallback(() => {
    intent.current = null;
    setError(null);
  }, []);

  const create = useCallback(async (operation: CreateOperationRequest): Promise<CreateOperationResponse | null> => {
    intent.current ??= newIntentId();
    setBusy(true);
    setError(null);
    const r = await netbank().operations.create({ intentId: intent.current, operation });
    setBusy(false);
    if (r.ok) {
      intent.current = null;
      return r.value;
    }
    setError(r.error);
    return null;
  }, []);

  return { create, busy, error, reset };
}
