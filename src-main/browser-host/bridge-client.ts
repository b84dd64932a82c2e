/**
 * Runs in the page the browser host serves, before the renderer: puts `window.netbank` there, the
 * same named-method bridge Electron's preload exposes, built by the same generator from the
 * contract's channel names. Calls go to POST /ipc/<channel> on this origin; events come from
 * /events. Like the preload it carries no zod: the host's core checks every request and answer.
 */
import { createBridge, type Invoke, type Subscribe } from '../../src-shared/ipc/bridge.js';

const invokeViaFetch: Invoke = async (channel, request) => {
  const res = await fetch(`/ipc/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request ?? {}),
    credentials: 'same-origin',
    cache: 'no-store',
  });
  return res.json() as Promise<unknown>;
};

let source: EventSource | null = null;

const subscribeViaEventSource: Subscribe = (event, listener) => {
  source ??= new EventSource('/events');
  const handler = (e: MessageEvent<string>) => {
    let payload: unknown;
    try {
      payload = JSON.parse(e.data);
    } catch {
      return;
    }
    listener(payload);
  };
  source.addEventListener(event, handler);
  return () => source?.removeEventListener(event, handler);
};

Object.defineProperty(window, 'netbank', {
  value: createBridge(invokeViaFetch, subscribeViaEventSource),
  writable: false,
  configurable: false,
  enumerable: true,
});
