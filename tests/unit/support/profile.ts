import { emptyFacts, type FactSource, type AccountProfile, type ProfileFactKey, type ProfileFacts, type ProfileFactValue } from '@/lib/core/profile/schema';

export const OBSERVED_AT = '2026-11-20T15:00:00.000Z';
export const ACCOUNT_ID = '001Hs00003ABCdeIAG';

/** Profile facts with the given values known (as read on `source`), everything else unknown. */
export const factsWith = (
  values: { [K in ProfileFactKey]?: ProfileFactValue<K> | null },
  source: FactSource = { kind: 'sf.opportunity' },
): ProfileFacts => {
  const facts = emptyFacts() as Record<ProfileFactKey, unknown>;
  for (const [key, value] of Object.entries(values)) {
    facts[key as ProfileFactKey] = { known: true, value, source, observedAt: OBSERVED_AT };
  }
  return facts as ProfileFacts;
};

export const profileWith = (values: Parameters<typeof factsWith>[0]): AccountProfile => ({
  accountId: ACCOUNT_ID,
  facts: factsWith(values),
  updatedAt: OBSERVED_AT,
});
