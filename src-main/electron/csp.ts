/**
 * The Content-Security-Policy of every response the app scheme serves. It is the renderer policy
 * both hosts share, with no network at all: the renderer reaches the bank only through main.
 * (default-src is 'none', stricter than 'self': each kind of resource the renderer needs is named.)
 */
import { rendererCsp } from '../core/csp.js';

export const ELECTRON_CSP = rendererCsp("'none'");

/** The policy as a map of directive → sources, for checks. */
export function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}
