/**
 * Opening pages in the customer's own browser: only the https pages the bank profile lists
 * (help, terms), compared after URL normalisation. Anything else is refused and reported.
 */
import type { BankProfile } from '../../src-shared/bank-profile/index.js';
import { parseUrl } from './app-url.js';

export type OpenExternal = (url: string) => Promise<void>;
/** Told about a refused or failed link: only the URL's origin, never its path or query. */
export type LinkProblem = (origin: string, why: 'not-allowed' | 'open-failed') => void;

/** The normalised allow-list: https only, no credentials. */
export function allowedExternalUrls(profile: BankProfile): Set<string> {
  const out = new Set<string>();
  for (const link of profile.externalLinks) {
    const u = parseUrl(link.url);
    if (u && u.protocol === 'https:' && !u.username && !u.password) out.add(u.href);
  }
  return out;
}

export function isAllowedExternal(allowed: ReadonlySet<string>, raw: unknown): boolean {
  const u = parseUrl(raw);
  return u !== null && u.protocol === 'https:' && !u.username && !u.password && allowed.has(u.href);
}

export interface ExternalOpener {
  /** Opens the URL in the system browser when it is on the list; returns whether it did. */
  open(url: unknown): boolean;
}

export function createExternalOpener(profile: BankProfile, openExternal: OpenExternal, onProblem: LinkProblem = () => {}): ExternalOpener {
  const allowed = allowedExternalUrls(profile);
  return {
    open(url) {
      const u = parseUrl(url);
      if (!u || !isAllowedExternal(allowed, url)) {
        onProblem(u ? u.origin : '(not a URL)', 'not-allowed');
        return false;
      }
      void openExternal(u.href).catch(() => onProblem(u.origin, 'open-failed'));
      return true;
    },
  };
}
