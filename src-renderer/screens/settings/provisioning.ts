/**
 * Reading the token app's provisioning URI (otpauth://totp/Issuer:account?secret=...&issuer=...)
 * for manual entry: the secret in groups of four, and the other settings an app may ask for.
 * Pure; never throws. The URI and the secret are shown once and never logged.
 */
export interface Provisioning {
  secret: string;
  issuer: string | null;
  account: string | null;
  algorithm: string;
  digits: number;
  period: number;
}

const BASE32 = /^[A-Z2-7]+=*$/;

export function parseProvisioningUri(uri: string): Provisioning | null {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return null;
  }
  if (url.protocol !== 'otpauth:') return null;
  // Non-special schemes keep "//totp/label" in the pathname (or host + pathname, by engine).
  const rest = `${url.host}${url.pathname}`.replace(/^\/+/, '');
  const slash = rest.indexOf('/');
  if (slash < 0 || rest.slice(0, slash).toLowerCase() !== 'totp') return null;
  const secret = (url.searchParams.get('secret') ?? '').toUpperCase();
  if (!BASE32.test(secret)) return null;
  const label = decodeURIComponent(rest.slice(slash + 1));
  const colon = label.indexOf(':');
  const account = (colon >= 0 ? label.slice(colon + 1) : label).trim() || null;
  const digits = Number(url.searchParams.get('digits') ?? '6');
  const period = Number(url.searchParams.get('period') ?? '30');
  return {
    secret: secret.replace(/=+$/, ''),
    issuer: url.searchParams.get('issuer') ?? (colon >= 0 ? label.slice(0, colon) : null),
    account,
    algorithm: (url.searchParams.get('algorithm') ?? 'SHA1').toUpperCase(),
    digits: Number.isInteger(digits) && digits > 0 ? digits : 6,
    period: Number.isInteger(period) && period > 0 ? period : 30,
  };
}

/** "ABCD EFGH IJKL …": easier to copy by hand without losing one's place. */
export function groupSecret(secret: string): string {
  return (secret.match(/.{1,4}/g) ?? []).join(' ');
}
