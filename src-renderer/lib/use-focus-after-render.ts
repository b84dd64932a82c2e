import { useCallback, useEffect, useRef } from 'react';

/**
 * Moves focus to an element by id now if it can take it, and again after the next render: after
 * a bank answer the field may still be disabled (it was, during the call) until React re-renders.
 */
export function useFocusAfterRender(): (id: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    const target = pending.current;
    if (target === null) return;
    pending.current = null;
    document.getElementById(target)?.focus();
  });
  return useCallback((id: string) => {
    const el = document.getElementById(id);
    if (el && !el.matches(':disabled')) el.focus();
    pending.current = id;
  }, []);
}
