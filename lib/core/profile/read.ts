import type { Fact, ProfileFactKey, ProfileFacts, ProfileFactValue } from './schema';

/** A fact's value when known and non-empty; `undefined` otherwise (unknown or empty). */
export const valueOf = <K extends ProfileFactKey>(facts: ProfileFacts, key: K): ProfileFactValue<K> | undefined => {
  const fact = facts[key] as Fact<ProfileFactValue<K>>;
  return fact.known && fact.value !== null ? fact.value : undefined;
};

/** Unknown = never read. A read-but-empty field is known (and usually a flag of its own). */
export const isUnknown = (facts: ProfileFacts, key: ProfileFactKey): boolean => !facts[key].known;
