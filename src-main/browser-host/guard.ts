/**
 * Who may talk to the browser host: requests that name this server as their Host (against DNS
 * rebinding), come from its own origin when they say where they come from, and carry either the
 * per-run token as a Bearer header (scripts, tests) or a page-session cookie. The first page load
 * trades the token in its URL for a fresh random session id: the cookie never holds the token
 * (browsers send cookies to every port of a host, so any loopback service would receive it), and
 * the token is refused as a cookie.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Compares in constant time, whatever the lengths. */
export function sameToken(given: string | null | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** Page sessions remembered at most; past it the oldest is forgotten (its page must load the token URL again). */
export const MAX_PAGE_SESSIONS = 256;

const SESSION_ID = /^[A-Za-z0-9_-]{43}$/;

function digest(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

export class Guard {
  readonly cookieName: string;
  private readonly hosts: Set<string>;
  readonly origins: Set<string>;
  /** SHA-256 of each live session id -> its client id (the core it talks to). */
  private readonly sessions = new Map<string, string>();

  constructor(
    readonly token: string,
    readonly port: number,
  ) {
    this.cookieName = `netbank_${port}`;
    this.hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
    this.origins = new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
  }

  hostOk(req: IncomingMessage): boolean {
    const host = req.headers.host;
    return typeof host === 'string' && this.hosts.has(host.toLowerCase());
  }

  /** null when the request names no origin; true/false whether the one it names is ours. */
  originOk(req: IncomingMessage): boolean | null {
    const origin = req.headers.origin;
    if (origin === undefined) return null;
    return this.origins.has(origin);
  }

  bearer(req: IncomingMessage): string | null {
    const h = req.headers.authorization;
    return typeof h === 'string' && h.startsWith('Bearer ') ? h.slice(7) : null;
  }

  cookie(req: IncomingMessage): string | null {
    const raw = req.headers.cookie;
    if (typeof raw !== 'string') return null;
    for (const part of raw.split(';')) {
      const [name, ...rest] = part.trim().split('=');
      if (name === this.cookieName) return rest.join('=');
    }
    return null;
  }

  /**
   * Who is calling: a browser page by its session cookie (one client per page session, each with
   * its own core), a script by its Bearer token, or nobody (null).
   */
  authenticated(req: IncomingMessage): { via: 'cookie' | 'bearer'; client: string } | null {
    if (sameToken(this.bearer(req), this.token)) return { via: 'bearer', client: 'bearer' };
    const id = this.cookie(req);
    if (!id || !SESSION_ID.test(id)) return null;
    // Looked up by its hash, so the map's own comparisons never see the id itself.
    const client = this.sessions.get(digest(id));
    return client ? { via: 'cookie', client } : null;
  }

  /** The token as given in a URL, checked in constant time. */
  tokenOk(given: string | null): boolean {
    return sameToken(given, this.token);
  }

  /** A new page session: a fresh random id for the cookie, and a client id of its own. */
  newSession(): string {
    const id = randomBytes(32).toString('base64url');
    this.sessions.set(digest(id), randomBytes(16).toString('base64url'));
    if (this.sessions.size > MAX_PAGE_SESSIONS) this.sessions.delete(this.sessions.keys().next().value!);
    return `${this.cookieName}=${id}; HttpOnly; SameSite=Strict; Path=/`;
  }
}
