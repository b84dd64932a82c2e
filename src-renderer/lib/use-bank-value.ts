/**
 * A value read from the bank through main when the screen opens, with `failed` for an answer that
 * did not come and `reload` after a change. `load` names one bridge call; it is read once per call of
 * `reload`, so callers may pass an inline arrow.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { IpcResult } from '../../src-shared/ipc/errors.js';

export function useBankValue<T>(load: () => Promise<IpcResult<T>>): { value: T | null; failed: boolean; reload: () => Promise<void> } {
  const [value, setValue] = useState<T | null>(null);
  const [failed, setFailed] = useState(false);
  const loadRef = useRef(load);
  loadRef.current = load;
  const reload = useCallback(async () => {
    setFailed(false);
    const r = await loadRef.current();
    if (r.ok) setValue(r.value);
    else setFailed(true);
  }, []);
  useEffect(() => void reload(), [reload]);
  return { value, failed, reload };
}
