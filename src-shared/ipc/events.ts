/** Events the main process pushes to the renderer. */
import * as z from 'zod';
import { Id } from '../bank-api/common.js';
import { TesterState } from '../bank-api/tester.js';

/** Why a session ended: idle timeout, the absolute time limit, the customer, or the bank. */
export const EndReason = z.enum(['idle', 'absolute', 'logout', 'revoked']);
export type EndReason = z.infer<typeof EndReason>;

export const events = {
  /** Sent after idleWarningSeconds without activity; secondsLeft = idleTimeoutSeconds − idleWarningSeconds. */
  'session.idleWarning': z.object({ secondsLeft: z.number().int().min(0) }),
  'session.ended': z.object({ reason: EndReason }),
  'otp.expired': z.object({ operationId: Id.nullable() }),
  /** Tester builds only: the demo bank's tester controls changed (sent when main sees a change). */
  'tester.state': TesterState,
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.infer<Events[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];
