/**
 * Talks to a running browser host the way the page does: trades the token for the cookie on the
 * first load, then calls POST /ipc/<channel> with that cookie and the host's own Origin, and reads
 * events from /events. The bridge object is built by the same createBridge the page uses.
 */
import { createBridge, type NetbankBridge } from '../../../src-shared/ipc/bridge.js';
import type { Channel } from '../../../src-shared/ipc/contract.js';
import type { EventName } from '../../../src-shared/ipc/events.js';

export interface ReceivedEvent {
  event: EventName;
  payload: unknown;
  at: number;
}

export interface HostClient {
  bridge: NetbankBridge;
  cookie: string;
  origin: string;
  /** The raw call, for tests of what the bridge would never send. */
  post(channel: Channel | string, body: string, headers?: Record<string, string>): Promise<Response>;
  events: ReceivedEvent[];
  waitForEvent(event: EventName, timeoutMs?: number, after?: number): Promise<ReceivedEvent>;
  close(): void;
}

export async function openSession(url: string): Promise<{ cookie: string; origin: string; location: string | null }> {
  const res = await fetch(url, { redirect: 'manual' });
  if (res.status !== 303) throw new Error(`first load answered ${res.status}`);
  const setCookie = res.headers.get('set-cookie') ?? '';
  return { cookie: setCookie.split(';')[0]!, origin: new URL(url).origin, location: res.headers.get('location') };
}

export async function connectHost(url: string): Promise<HostClient> {
  const { cookie, origin } = await openSession(url);
  const headers = { cookie, origin, 'content-type': 'application/json' };
  const post = (channel: string, body: string, extra: Record<string, string> = {}) =>
    fetch(`${origin}/ipc/${channel}`, { method: 'POST', headers: { ...headers, ...extra }, body });

  const events: ReceivedEvent[] = [];
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  const waiters = new Set<() => void>();
  const abort = new AbortController();
  const sse = await fetch(`${origin}/events`, { headers: { cookie }, signal: abort.signal });
  if (sse.status !== 200 || !sse.body) throw new Error(`events answered ${sse.status}`);
  void (async () => {
    const reader = sse.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const name = /^event: (.+)$/m.exec(block)?.[1];
          const data = /^data: (.+)$/m.exec(block)?.[1];
          if (name && data) {
            const payload: unknown = JSON.parse(data);
            events.push({ event: name as EventName, payload, at: Date.now() });
            for (const l of listeners.get(name) ?? []) l(payload);
            for (const w of [...waiters]) w();
          }
        }
      }
    } catch {
      // closed
    }
  })();

  const bridge = createBridge(
    async (channel, request) => (await post(channel, JSON.stringify(request ?? {}))).json(),
    (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  );

  return {
    bridge,
    cookie,
    origin,
    post,
    events,
    waitForEvent(event, timeoutMs = 10_000, after = 0) {
      const found = () => events.find((e) => e.event === event && e.at >= after);
      return new Promise((resolve, reject) => {
        const now = found();
        if (now) return resolve(now);
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no ${event} event within ${timeoutMs} ms (got ${events.map((e) => e.event).join(', ') || 'none'})`));
        }, timeoutMs);
        const check = () => {
          const e = found();
          if (e) {
            clearTimeout(timer);
            waiters.delete(check);
            resolve(e);
          }
        };
        waiters.add(check);
      });
    },
    close() {
      abort.abort();
    },
  };
}

/** Unwraps an IPC result, failing the test with the error when there is one. */
export function value<T>(r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!r.ok) throw new Error(`expected success, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}

export function errorCode(r: { ok: boolean; error?: { code: string } }): string {
  return r.ok ? 'ok' : r.error!.code;
}
