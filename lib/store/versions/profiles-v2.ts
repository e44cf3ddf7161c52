import { z } from 'zod/mini';
import { accountProfileV1 } from './profiles-v1';
import { accountIdV1 } from './primitives-v1';

/**
 * Frozen (see shipped.ts): `local:profiles` v2. The primary contact's name and address are not
 * stored, only the address's SHA-256 and domain: both facts are always unknown.
 */

const PAGE_ONLY_FACTS = ['primaryContactName', 'primaryContactEmail'] as const;

export const storedProfileV2 = accountProfileV1.check(z.refine((profile) => PAGE_ONLY_FACTS.every((key) => !(profile.facts[key] as { known: boolean }).known), { message: "a contact's name or address is not stored (only the address's hash and domain)" }));

export const profilesV2 = z.record(accountIdV1, storedProfileV2).check(z.superRefine((profiles, ctx) => {
  for (const [key, profile] of Object.entries(profiles))
    if (profile.accountId !== key)
      ctx.addIssue({ code: 'custom', path: [key], message: `stored under ${key} but belongs to ${profile.accountId}` });
}));
