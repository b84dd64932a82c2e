/**
 * Where the mail-notified password should go: address syntax the bank's SMTP can deliver, and the
 * advice DOMAIN.md asks for (separate device, not free or cloud mail).
 */
import { hasInvisibleCharacters } from './text.js';

/** Japanese mobile-carrier mail domains: received on a phone, a separate device from the PC. */
export const CARRIER_MOBILE_DOMAINS: readonly string[] = [
  'docomo.ne.jp', 'ezweb.ne.jp', 'au.com', 'biz.ezweb.ne.jp', 'biz.au.com',
  'softbank.ne.jp', 'i.softbank.jp', 'disney.ne.jp', 'ymobile.ne.jp', 'y-mobile.ne.jp',
  'ymobile1.ne.jp', 'emobile.ne.jp', 'willcom.com', 'pdx.ne.jp', 'rakuten.jp',
  'uqmobile.jp', 'povo.jp', 'ahamo.net', 'linemo.jp',
];

/** Free web mail: anyone can open one, read in a browser on the same PC. */
export const FREE_MAIL_DOMAINS: readonly string[] = [
  'gmail.com', 'googlemail.com', 'yahoo.co.jp', 'ymail.ne.jp', 'yahoo.com', 'outlook.jp',
  'outlook.com', 'hotmail.com', 'hotmail.co.jp', 'live.jp', 'live.com', 'msn.com', 'aol.com',
  'aol.jp', 'excite.co.jp', 'goo.jp', 'mail.goo.ne.jp', 'infoseek.jp', 'protonmail.com',
  'proton.me', 'gmx.com', 'zoho.com', 'yandex.com', 'mail.com',
];

/** Cloud mail read in the browser and synced to every device (the PC included). */
export const CLOUD_MAIL_DOMAINS: readonly string[] = ['icloud.com', 'me.com', 'mac.com'];

export type EmailKind = 'carrier-mobile' | 'free-mail' | 'cloud-mail' | 'other';

export type EmailSyntaxError =
  | 'EMAIL_EMPTY'
  | 'EMAIL_TOO_LONG'
  | 'EMAIL_INVISIBLE_CHARACTERS'
  | 'EMAIL_NON_ASCII'
  | 'EMAIL_MISSING_AT'
  | 'EMAIL_LOCAL_PART_INVALID'
  | 'EMAIL_DOMAIN_INVALID'
  | 'EMAIL_IDN_NOT_SUPPORTED';

/** Advice codes; the renderer turns each into a sentence in the customer's language. */
export type EmailAdvice =
  | 'separate-device-good' // a phone address: good
  | 'check-receiving-device' // not recognizably a phone: make sure it arrives on a device other than this PC
  | 'receive-where-you-bank' // always: the mail must reach you wherever you make transfers
  | 'free-mail-warning'
  | 'cloud-mail-warning';

export type EmailClassification =
  | { valid: false; error: EmailSyntaxError; normalized: string }
  | {
      valid: true;
      normalized: string;
      domain: string;
      kind: EmailKind;
      advice: EmailAdvice[];
      requiresAcknowledgement: boolean;
    };

const LOCAL_ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+$/;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

function domainMatches(domain: string, list: readonly string[]): boolean {
  return list.some((d) => domain === d || domain.endsWith(`.${d}`));
}

function checkSyntax(address: string): EmailSyntaxError | null {
  if (address === '') return 'EMAIL_EMPTY';
  if (hasInvisibleCharacters(address)) return 'EMAIL_INVISIBLE_CHARACTERS';
  // Spaces and control characters are ASCII: the local-part and label rules below refuse them.
  if (/[\u0080-\uFFFF]/.test(address)) return 'EMAIL_NON_ASCII';
  if (address.length > 254) return 'EMAIL_TOO_LONG';
  const at = address.lastIndexOf('@');
  if (at < 0 || address.indexOf('@') !== at) return 'EMAIL_MISSING_AT';
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local.length === 0 || local.length > 64) return 'EMAIL_LOCAL_PART_INVALID';
  // Dot-atom only; Japanese carriers historically allowed "a..b." addresses, which many SMTP relays refuse.
  if (local.split('.').some((atom) => !LOCAL_ATOM.test(atom))) return 'EMAIL_LOCAL_PART_INVALID';
  if (domain.length === 0 || domain.length > 253) return 'EMAIL_DOMAIN_INVALID';
  const labels = domain.split('.');
  if (labels.length < 2 || labels.some((l) => !LABEL.test(l))) return 'EMAIL_DOMAIN_INVALID';
  if (labels.some((l) => l.startsWith('xn--'))) return 'EMAIL_IDN_NOT_SUPPORTED';
  if (!/^[a-z]{2,63}$/.test(labels[labels.length - 1]!)) return 'EMAIL_DOMAIN_INVALID';
  return null;
}

/** Normalizes (trim, lower-case domain) and classifies an address, with the advice to show. */
export function classifyEmail(input: string): EmailClassification {
  const trimmed = input.trim();
  const at = trimmed.lastIndexOf('@');
  const normalized = at < 0 ? trimmed : trimmed.slice(0, at) + '@' + trimmed.slice(at + 1).toLowerCase();
  const error = checkSyntax(normalized);
  if (error) return { valid: false, error, normalized };
  const domain = normalized.slice(normalized.lastIndexOf('@') + 1);
  let kind: EmailKind = 'other';
  if (domainMatches(domain, CARRIER_MOBILE_DOMAINS)) kind = 'carrier-mobile';
  else if (domainMatches(domain, CLOUD_MAIL_DOMAINS)) kind = 'cloud-mail';
  else if (domainMatches(domain, FREE_MAIL_DOMAINS)) kind = 'free-mail';
  const advice: EmailAdvice[] = [];
  if (kind === 'carrier-mobile') advice.push('separate-device-good');
  if (kind === 'free-mail') advice.push('free-mail-warning');
  if (kind === 'cloud-mail') advice.push('cloud-mail-warning');
  if (kind !== 'carrier-mobile') advice.push('check-receiving-device');
  advice.push('receive-where-you-bank');
  return {
    valid: true,
    normalized,
    domain,
    kind,
    advice,
    requiresAcknowledgement: kind === 'free-mail' || kind === 'cloud-mail',
  };
}

/** "m***@docomo.ne.jp": how addresses appear on screens and in API answers about destinations. */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${String.fromCodePoint(address.codePointAt(0) ?? 0x2a)}***${address.slice(at)}`;
}
