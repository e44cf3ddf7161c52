import { z } from '../../core/zod';
import { PAGE_ONLY_FACTS, storedProfileSchema, UNKNOWN, type AccountProfile, type ProfileFacts } from '../../core/profile/schema';
import { toStoredFacts } from '../../core/profile/stored-facts';
import { accountIdSchema } from '../schemas';
import { isRecord, type ItemSpec } from './define';

/**
 * Learned account profiles by Account ID (local:profiles). Since v2 the primary contact's name and
 * address are not stored, only the address's SHA-256 and domain (what matching recipients needs;
 * lib/core/profile/stored-facts.ts).
 */
export const profilesSchema = z.record(accountIdSchema, storedProfileSchema).check(z.superRefine((profiles, ctx) => {
  for (const [key, profile] of Object.entries(profiles))
    if (profile.accountId !== key)
      ctx.addIssue({ code: 'custom', path: [key], message: `stored under ${key} but belongs to ${profile.accountId}` });
}));

/** A raw stored profile with its contact's name and address replaced (total: odd values pass through for the schema to judge). */
const withoutContact = (profile: unknown): unknown => {
  if (!isRecord(profile) || !isRecord(profile.facts)) return profile;
  const facts: Record<string, unknown> = { ...toStoredFacts(profile.facts as Partial<ProfileFacts>) };
  for (const key of PAGE_ONLY_FACTS) if (key in profile.facts) facts[key] = UNKNOWN;
  return { ...profile, facts };
};

export const profilesItem: ItemSpec<Record<string, AccountProfile>> = {
  key: 'local:profiles',
  label: 'account profiles',
  // v2 keeps the primary contact as matching needs it (the address's SHA-256 and domain), no
  // longer its name and address: v1 profiles are rewritten so, losing nothing matching used.
  version: 2,
  migrations: { 2: (v1) => (isRecord(v1) ? Object.fromEntries(Object.entries(v1).map(([id, p]) => [id, withoutContact(p)])) : v1) },
  schema: profilesSchema as unknown as z.ZodMiniType<Record<string, AccountProfile>>,
  fallback: () => ({}),
  collection: {
    kind: 'record',
    key: accountIdSchema,
    entry: storedProfileSchema,
    check: (key, value) => (isRecord(value) && value.accountId !== key ? `stored under ${key} but belongs to ${String(value.accountId)}` : null),
  },
};
