import { sha256Hex } from '../formats/sha256';
import { PAGE_ONLY_FACTS, UNKNOWN, type AccountProfile, type Fact, type ProfileFactKey, type ProfileFacts } from './schema';

/** An address as matching compares it: trimmed and lowercased. */
export const normalEmail = (email: string): string => email.trim().toLowerCase();

/** The domain of an address, lowercased; null when it has none. */
export const domainOf = (email: string): string | null => {
  const normal = normalEmail(email);
  const at = normal.lastIndexOf('@');
  return at > 0 && at < normal.length - 1 ? normal.slice(at + 1) : null;
};

/** SHA-256 of a normalised address: what is stored, and what recipients are compared by. */
export const emailHash = (email: string): string => sha256Hex(normalEmail(email));

/**
 * Facts as they may be stored: page-only facts (the contact's name and address) dropped, the
 * address replaced by its SHA-256 and domain, observed on the same page at the same time (an
 * address read empty stays "known empty" in both). Everything else as it was. Pure and
 * idempotent, so the writer can apply it to every observation, import and migration alike.
 */
export const toStoredFacts = (facts: Partial<ProfileFacts>): Partial<ProfileFacts> => {
  const out: Partial<Record<ProfileFactKey, Fact<unknown>>> = { ...facts };
  const email = facts.primaryContactEmail;
  if (email?.known) {
    const raw = typeof email.value === 'string' ? email.value : null;
    const domain = raw ? domainOf(raw) : null;
    const { source, observedAt } = email;
    out.primaryContactEmailSha256 = { known: true, value: raw && normalEmail(raw) ? emailHash(raw) : null, source, observedAt };
    out.primaryContactDomain = { known: true, value: domain, source, observedAt };
  }
  for (const key of PAGE_ONLY_FACTS) delete out[key];
  return out as Partial<ProfileFacts>;
};

/** A whole profile as it may be stored (see toStoredFacts), its page-only facts unknown. */
export const toStoredProfile = (profile: AccountProfile): AccountProfile => {
  const facts = toStoredFacts(profile.facts) as Record<ProfileFactKey, Fact<unknown>>;
  for (const key of PAGE_ONLY_FACTS) facts[key] = UNKNOWN;
  return { ...profile, facts: facts as ProfileFacts };
};
