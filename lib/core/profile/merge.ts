import type { PageFacts } from '../facts/page-facts';
import type { AccountProfile, Fact, ProfileFactKey, ProfileFacts } from './schema';

/**
 * Merges observations into a profile: per fact, a known observation replaces the stored one
 * when it is at least as new; an unknown never erases what another page taught. The source page
 * is kept, so the sidebar can say where a value came from.
 */
export const mergeFacts = (current: ProfileFacts, incoming: Partial<ProfileFacts>): ProfileFacts => {
  const merged = { ...current } as Record<ProfileFactKey, Fact<unknown>>;
  for (const [key, fact] of Object.entries(incoming) as Array<[ProfileFactKey, Fact<unknown> | undefined]>) {
    if (!fact?.known) continue;
    const existing = merged[key];
    // The same value seen again is not news: keeping the first sighting avoids a storage write
    // every time a page re-renders.
    if (existing?.known && sameValue(existing.value, fact.value)) continue;
    if (!existing?.known || Date.parse(fact.observedAt) >= Date.parse(existing.observedAt)) merged[key] = fact;
  }
  return merged as ProfileFacts;
};

const sameValue = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

export const mergeProfile = (profile: AccountProfile, incoming: Partial<ProfileFacts>, now: string): AccountProfile => {
  const facts = mergeFacts(profile.facts, incoming);
  const changed = (Object.keys(incoming) as ProfileFactKey[]).some((key) => facts[key] !== profile.facts[key]);
  return changed ? { ...profile, facts, updatedAt: now } : profile;
};

export type ObservedFacts = Partial<ProfileFacts>;

/** Wraps a value read on a page as a known fact. */
export const observed = <T>(value: T | null, page: Pick<PageFacts, 'kind' | 'recordId'>, at: string): Fact<T> => ({
  known: true,
  value,
  source: { kind: page.kind, ...(page.recordId ? { recordId: page.recordId } : {}) },
  observedAt: at,
});
