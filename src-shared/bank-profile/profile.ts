/**
 * The bank profile: who the bank is, which domains its mails come from, how to reach support.
 * Configuration, not code: the default profile below, or a JSON file validated by the same schema.
 */
import * as z from 'zod';
import { err, ok, type Result } from '../domain/result.js';

const Domain = z.string().regex(/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'a lower-case domain name');
const Localized = z.object({ ja: z.string().min(1), en: z.string().min(1) });

const Fields = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  bankName: Localized,
  bankCode: z.string().regex(/^\d{4}$/),
  /** Mails with one-time passwords come from here (DOMAIN.md: 1. otp-auth.net). */
  otpSenderDomain: Domain,
  /** All other bank mails (acceptance notices) come from here (2. am-bk.co.jp). */
  noticeSenderDomain: Domain,
  /** The screens show the hours in brackets after the phone number, so they should hold none of their own. */
  support: z.strictObject({ phone: z.string().min(1).max(40), hours: Localized }),
  otpValiditySeconds: z.number().int().min(60).max(3600),
  /** https pages the app may open in the system browser (help, terms); nothing else is opened. */
  externalLinks: z.array(z.strictObject({ id: z.string(), url: z.url({ protocol: /^https$/, hostname: z.regexes.domain }), label: Localized })).max(20),
});

const within = (host: string, domain: string): boolean => host === domain || host.endsWith(`.${domain}`);

/**
 * One bank throughout: the customer is told to trust mail from the two sender domains, so every help
 * link the app opens lies on one of those domains and names the bank in both languages. A profile
 * whose name, domains and links belong to different banks is refused.
 */
export const BankProfile = Fields.superRefine((p, ctx) => {
  p.externalLinks.forEach((link, i) => {
    // src-shared has no URL class: the host is what follows https:// up to a path, port, query or fragment.
    const host = /^https:\/\/(?:[^@/?#]*@)?([^/:?#]+)/i.exec(link.url)?.[1]?.toLowerCase();
    if (host === undefined) return; // the url's own check has said what is wrong
    if (!within(host, p.otpSenderDomain) && !within(host, p.noticeSenderDomain)) {
      ctx.addIssue({ code: 'custom', path: ['externalLinks', i, 'url'], message: `a link must lie on the bank's own domains (${p.otpSenderDomain}, ${p.noticeSenderDomain})` });
    }
    for (const lang of ['ja', 'en'] as const) {
      if (!link.label[lang].includes(p.bankName[lang])) {
        ctx.addIssue({ code: 'custom', path: ['externalLinks', i, 'label', lang], message: `the label must name the bank (${p.bankName[lang]})` });
      }
    }
  });
});
export type BankProfile = z.infer<typeof BankProfile>;

export const DEFAULT_BANK_PROFILE: BankProfile = {
  id: 'demo-bank',
  bankName: { ja: 'デモ銀行', en: 'Demo Bank' },
  bankCode: '0999',
  otpSenderDomain: 'otp-auth.net',
  noticeSenderDomain: 'am-bk.co.jp',
  support: {
    phone: '0120-000-999',
    hours: { ja: '平日 9:00〜17:00・土日祝と年末年始は休み', en: 'Weekdays 9:00–17:00 JST; closed weekends, holidays and New Year' },
  },
  otpValiditySeconds: 600,
  externalLinks: [
    { id: 'help', url: 'https://www.am-bk.co.jp/help/', label: { ja: 'デモ銀行 よくあるご質問', en: 'Demo Bank help and FAQ' } },
    { id: 'security', url: 'https://www.am-bk.co.jp/security/', label: { ja: 'デモ銀行 セキュリティについて', en: 'Demo Bank security advice' } },
  ],
};

/** The sender domains the customer must allow in spam filters, in the order DOMAIN.md lists them. */
export function senderDomains(profile: BankProfile): [string, string] {
  return [profile.otpSenderDomain, profile.noticeSenderDomain];
}

export type ProfileError = { code: 'PROFILE_NOT_JSON' } | { code: 'PROFILE_INVALID'; issues: string[] };

/** Parses a profile file's text. Never throws: a broken file is a typed error naming each problem. */
export function parseBankProfile(text: string): Result<BankProfile, ProfileError> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return err({ code: 'PROFILE_NOT_JSON' });
  }
  const parsed = BankProfile.safeParse(data);
  if (!parsed.success) {
    return err({ code: 'PROFILE_INVALID', issues: parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`) });
  }
  return ok(parsed.data);
}
