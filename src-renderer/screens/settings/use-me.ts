/** The customer as the bank knows them now (GET /me through main), reloaded after each change. */
import { useCallback, useEffect, useState } from 'react';
import type { Me } from '../../../src-shared/bank-api/customer.js';
import { netbank } from '../../lib/bridge.js';
import { watch } from '../../state/session.js';

export function useMe(): { me: Me | null; failed: boolean; reload: () => Promise<void> } {
  const [me, setMe] = useState<Me | null>(null);
  const [failed, setFailed] = useState(false);
  const reload = useCallback(async () => {
    setFailed(false);
    const r = watch(await netbank().customer.me({}));
    if (r.ok) setMe(r.value);
    else setFailed(true);
  }, []);
  useEffect(() => void reload(), [reload]);
  return { me, failed, reload };
}
