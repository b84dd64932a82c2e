/** The customer as the bank knows them now (GET /me through main), reloaded after each change. */
import type { Me } from '../../../src-shared/bank-api/customer.js';
import { netbank } from '../../lib/bridge.js';
import { useBankValue } from '../../lib/use-bank-value.js';

export function useMe(): { me: Me | null; failed: boolean; reload: () => Promise<void> } {
  const { value, failed, reload } = useBankValue(() => netbank().customer.me({}));
  return { me: value, failed, reload };
}
