import { subtypesOf } from '../classify/classify';
import type { AppliesTo } from '../playbook/schema';
import { valueOf } from '../profile/read';
import type { ProfileFactKey, ProfileFacts } from '../profile/schema';

export type Applicability =
  | { applies: true }
  | { applies: false; reason: string }
  | { applies: 'unknown'; needs: ProfileFactKey[]; reason: string };

const list = (values: readonly string[]) =>
  values.length <= 1 ? (values[0] ?? '') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;

// A rule's "not for this account" answer depends on its appliesTo and the test that failed, not
// on the account: worded once per (appliesTo object, test) and shared, frozen, by every account
// of the audit (the wording and the garbage showed in the dashboard's profile).
const refusals = new WeakMap<AppliesTo, Map<string, Applicability>>();
const refuse = (when: AppliesTo, test: keyof AppliesTo, reason: () => string): Applicability => {
  let byTest = refusals.get(when);
  if (!byTest) refusals.set(when, (byTest = new Map()));
  let answer = byTest.get(test);
  if (!answer) byTest.set(test, (answer = Object.freeze({ applies: false, reason: reason() })));
  return answer;
};

/** Checks a rule's `appliesTo` against the profile; an unknown deciding fact is reported, not guessed. */
export const checkApplicability = (when: AppliesTo, facts: ProfileFacts): Applicability => {
  const needs: ProfileFactKey[] = [];
  const segment = valueOf(facts, 'segmentation');
  const products = valueOf(facts, 'products');
  const level = valueOf(facts, 'serviceLevel');
  // A blank Account Subtype is known: no subtype (not GameDay, not SMB).
  const subtypes = subtypesOf(facts);

  if (when.segments) {
    if (segment === undefined) needs.push('segmentation');
    else if (!when.segments.includes(segment)) return refuse(when, 'segments', () => `only for ${list(when.segments!)} accounts`);
  }
  if (when.productsAny) {
    if (products === undefined) needs.push('products');
    else if (!when.productsAny.some((p) => products.includes(p)))
      return refuse(when, 'productsAny', () => `only when ${list(when.productsAny!)} was bought`);
  }
  if (when.productsNone) {
    if (products === undefined) needs.push('products');
    else if (when.productsNone.some((p) => products.includes(p)))
      return refuse(when, 'productsNone', () => `not when ${list(when.productsNone!)} was bought`);
  }
  if (when.serviceLevels) {
    if (level === undefined) needs.push('serviceLevel');
    else if (!when.serviceLevels.includes(level))
      return refuse(when, 'serviceLevels', () => `only for ${list(when.serviceLevels!)} service`);
  }
  if (when.subtypesAny) {
    if (subtypes === undefined) needs.push('subtypes');
    else if (!when.subtypesAny.some((s) => subtypes.includes(s)))
      return refuse(when, 'subtypesAny', () => `only for ${list(when.subtypesAny!)} accounts`);
  }
  if (when.subtypesNone) {
    if (subtypes === undefined) needs.push('subtypes');
    else if (when.subtypesNone.some((s) => subtypes.includes(s)))
      return refuse(when, 'subtypesNone', () => `not for ${list(when.subtypesNone!)} accounts`);
  }
  return needs.length
    ? { applies: 'unknown', needs: [...new Set(needs)], reason: `applies to ${whom(when) || 'some accounts'}` }
    : APPLIES;
};

// Shared: most rules apply, for every account of the audit.
const APPLIES: Applicability = Object.freeze({ applies: true });

/**
 * Who a rule is for, worded only when a deciding fact is unknown: the audit checks 45 rules for
 * each of 2,000 accounts, and most apply or not without needing the sentence.
 */
const whom = (when: AppliesTo): string => {
  const reasons: string[] = [];
  if (when.segments) reasons.push(`${list(when.segments)} accounts`);
  if (when.productsAny) reasons.push(`accounts with ${list(when.productsAny)}`);
  if (when.serviceLevels) reasons.push(`${list(when.serviceLevels)} service`);
  if (when.subtypesAny) reasons.push(`${list(when.subtypesAny)} accounts`);
  return reasons.join(', ');
};
