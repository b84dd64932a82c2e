/**
 * One operation flow (a transfer, a bill, a settings change): which step is shown, the operation
 * created at the bank and the step of it being authorized, the receipt, and the moves between them
 * (forward, back, start over, do it again). Each screen lists the steps it has, in order; the row of
 * steps at the top follows that list.
 */
import { useCallback, useState } from 'react';
import type { CreateOperationRequest, CreateOperationResponse } from '../../../src-shared/bank-api/operations.js';
import type { Completed, NextStep, PendingOperation } from './operation.js';
import { useCreateOperation } from '../use-create-operation.js';

/**
 * The kinds of step a flow may have: `intro` says what will change (or shows what is registered
 * now), `choose` picks what the operation is about (a payee), `input` takes the details, `review`
 * shows them before anything is sent, `authorize` takes the passwords, `next` is a two-step
 * operation's second authorization, `done` is the receipt.
 */
export type FlowStep = 'intro' | 'choose' | 'input' | 'review' | 'authorize' | 'next' | 'done';

export interface OperationFlowOptions {
  /** Called with the receipt (e.g. to read the customer's details again). */
  onCompleted?: (done: Completed) => void;
}

export function useOperationFlow<S extends FlowStep>(order: readonly S[], options: OperationFlowOptions = {}) {
  const first = order[0]!;
  const [step, setStep] = useState<S>(first);
  const [created, setCreated] = useState<CreateOperationResponse | null>(null);
  const [pending, setPending] = useState<PendingOperation | null>(null);
  const [done, setDone] = useState<Completed | null>(null);
  const { create: createOperation, reset, busy, error } = useCreateOperation();
  const { onCompleted } = options;

  /** Moves to a step (back, or to look again): the details are as they were. */
  const go = useCallback((to: S) => setStep(to), []);

  /** Moves on with details just entered: the next creation is a new intention, an old refusal is gone. */
  const proceed = useCallback((to: S) => {
    reset();
    setStep(to);
  }, [reset]);

  /** Creates the operation at the bank; on success its first step is authorized next. */
  const create = useCallback(async (request: CreateOperationRequest, to = 'authorize' as S): Promise<CreateOperationResponse | null> => {
    const c = await createOperation(request);
    if (c) {
      setCreated(c);
      setPending(c);
      setStep(to);
    }
    return c;
  }, [createOperation]);

  /** The bank asks for a second authorization (a two-step operation). */
  const next = useCallback((n: NextStep, to = 'next' as S) => {
    setPending((p) => (p ? { id: p.id, factors: n.factors, otp: n.otp } : p));
    setStep(to);
  }, []);

  const complete = useCallback((d: Completed) => {
    setDone(d);
    setStep('done' as S);
    onCompleted?.(d);
  }, [onCompleted]);

  /** Drops the created operation and goes back to change the details. */
  const startOver = useCallback((to: S = first) => {
    setCreated(null);
    setPending(null);
    proceed(to);
  }, [first, proceed]);

  /** After the receipt: everything cleared, the first step again (`clear` empties the screen's own entries). */
  const again = useCallback((clear?: () => void) => {
    clear?.();
    setDone(null);
    startOver(first);
  }, [first, startOver]);

  return {
    step, index: order.indexOf(step), go, proceed, create, next, complete, startOver, again,
    created, pending, done, busy, error, resetError: reset,
  };
}

export type OperationFlow<S extends FlowStep = FlowStep> = ReturnType<typeof useOperationFlow<S>>;
