/**
 * Names on the Electron IPC wire, shared by the preload and the main side. Calls and events live
 * under their own prefixes so an event name can never be mistaken for a call.
 */
import type { Channel, EventName } from '../../src-shared/ipc/index.js';

export const INVOKE_PREFIX = 'netbank:call:';
export const EVENT_PREFIX = 'netbank:event:';

export function invokeChannel(channel: Channel): string {
  return INVOKE_PREFIX + channel;
}

export function eventChannel(event: EventName): string {
  return EVENT_PREFIX + event;
}
