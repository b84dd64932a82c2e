/**
 * The account the money leaves from: the customer's accounts read from the bank as the screen
 * opens, the first one chosen until the customer picks another, and whether they could be read.
 */
import { useState } from 'react';
import { netbank } from '../bridge.js';
import { useBankValue } from '../use-bank-value.js';

export function useFromAccount() {
  const { value, failed, reload } = useBankValue(() => netbank().accounts.list({}));
  const accounts = value?.accounts ?? [];
  const [picked, setPicked] = useState('');
  const fromId = accounts.some((a) => a.id === picked) ? picked : accounts[0]?.id ?? '';
  const from = accounts.find((a) => a.id === fromId) ?? null;
  return { accounts, from, fromId, setFromId: setPicked, failed, reload };
}

export type FromAccount = ReturnType<typeof useFromAccount>;
