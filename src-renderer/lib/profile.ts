/**
 * The bank profile as main reported it (app.info): bank name, sender domains, support contact.
 * Read from there rather than imported, so the renderer shows what the app is configured with.
 */
import type { BankProfile } from '../../src-shared/bank-profile/profile.js';
import { useApp } from '../state/app-store.js';

export function useProfile(): BankProfile | null {
  return useApp((s) => s.info?.profile ?? null);
}

/** The two sender domains in the order the customer is told them: OTP mails, then notices. */
export function senderDomainsOf(profile: BankProfile): [string, string] {
  return [profile.otpSenderDomain, profile.noticeSenderDomain];
}
