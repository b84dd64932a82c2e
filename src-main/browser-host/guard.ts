/**
 * Who may talk to the browser host: requests that name this server as their Host (against DNS
 * rebinding), come from its own origin when they say where they come from, and carry the per-run
 * token, as the HttpOnly cookie the first page load exchanges it for or as a Bearer header.
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

export class Guard {
  readonly cookieName: string;
  private readonly hosts: Set<string>;
  readonly origins: Set<string>;

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
   * Who is calling: a browser page by its cookie (`<token>.<client id>`, one client per page
   * session, each with its own core), a script by its Bearer token, or nobody (null).
   */
  authenticated(req: IncomingMessage): { via: 'cookie' | 'bearer'; client: string } | null {
    if (sameToken(this.bearer(req), this.token)) return { via: 'bearer', client: 'bearer' };
    const cookie = this.cookie(req);
    if (!cookie) return null;
    const dot = cookie.lastIndexOf('.');
    const client = dot > 0 ? cookie.slice(dot + 1) : '';
    if (!sameToken(dot > 0 ? cookie.slice(0, dot) : cookie, this.token) || !/^[A-Za-z0-9_-]{22}$/.test(client)) return null;
    return { via: 'cookie', client };
  }

  /** A new page session: the token plus a fresh client id. */
  setCookie(): string {
    return `${this.cookieName}=${this.token}.${randomBytes(16).toString('base64url')}; HttpOnly; SameSite=Strict; Path=/`;
  }
}
