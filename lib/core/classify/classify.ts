import { formatUsd } from '../formats';
import { valueOf } from '../profile/read';
import type { ProfileFacts } from '../profile/schema';
import type { Product, Segment, Subtype } from '../model/vocab';
import { no, onBound, unknown, yes, type Verdict } from './verdict';

/**
 * The bounds, strict both ways: MT-CS-020 "Under 50 users; Under $500.00 USD MRR" (Digital),
 * MT-CS-007 "Has over 50 users; Has an MRR value over $500.00 USD MRR" (Core CSM). An account
 * exactly on one (50 users, $500.00) is neither under nor over it.
 */
export const DIGITAL_MAX_USERS = 50;
export const DIGITAL_MAX_MRR = 500;
/** How the bounds read, for messages about an account sitting on one. */
export const BOUNDS_TEXT =
  'Digital is under 50 users and under $500 MRR (MT-CS-020), a Core CSM takes over 50 users or over $500.00 MRR (MT-CS-007)';
/** MT-CS-007: SMB starter is a flat $250 for up to 10 users; rack rate from the 11th. */
export const SMB_FLAT_MRR = 250;
export const SMB_FLAT_USERS = 10;

/**
 * The Account Subtype as a list: a field read blank is a known empty list (no subtype: not
 * GameDay, not SMB); `undefined` only when no page has shown it yet.
 */
export const subtypesOf = (facts: ProfileFacts): readonly Subtype[] | undefined => {
  const fact = facts.subtypes;
  return fact.known ? (fact.value ?? []) : undefined;
};

const has = (products: readonly Product[] | undefined, product: Product) => products?.includes(product) ?? false;

/**
 * Sized like a Core account (over 50 users or over $500.00 MRR), regardless of service level;
 * `onBound` when a number sits exactly on a bound and none is over.
 */
const coreSized = (facts: ProfileFacts): Verdict => {
  const users = valueOf(facts, 'userCount');
  const mrr = valueOf(facts, 'mrr');
  if (users !== undefined && users > DIGITAL_MAX_USERS) return yes(`${users} users (over 50)`);
  if (mrr !== undefined && mrr > DIGITAL_MAX_MRR) return yes(`${formatUsd(mrr)} MRR (over $500.00)`);
  const needs = [...(users === undefined ? (['userCount'] as const) : []), ...(mrr === undefined ? (['mrr'] as const) : [])];
  if (needs.length) return unknown(needs, 'needs the user count and MRR');
  const onIt = [
    ...(users === DIGITAL_MAX_USERS ? [`${users} users`] : []),
    ...(mrr === DIGITAL_MAX_MRR ? [`${formatUsd(mrr)} MRR`] : []),
  ];
  if (onIt.length) return onBound(`exactly ${onIt.join(' and ')}`);
  return no(`${users} users and ${formatUsd(mrr!)} MRR`);
};

/**
 * CLS-CORE. MT-CS-020 says a Digital account's "Service level may vary if both conditions above
 * are met", and MT-CS-007 routes Standard/Premium to a Core CSM only for SMB accounts ("Has
 * purchased a Standard or Premium service"): service level decides only for SMB accounts. An
 * account exactly on a bound is neither Core nor Digital (`onBound`).
 */
export const isCore = (facts: ProfileFacts): Verdict => {
  const sized = coreSized(facts);
  if (sized.value) return sized;
  const subtypes = subtypesOf(facts);
  const level = valueOf(facts, 'serviceLevel');
  const smb = subtypes?.includes('SMB');
  const upperTier = level === 'Standard' || level === 'Premium';
  if (smb && upperTier) return yes(`SMB account with ${level} service`);
  if (sized.value === null && !sized.onBound) return sized;
  if (smb && level === undefined) return unknown(['serviceLevel'], 'an SMB account with Standard/Premium service is Core');
  // Small numbers alone don't make it Digital while it could still be an SMB account on a
  // Standard/Premium service: that one goes to a Core CSM (MT-CS-007).
  if (subtypes === undefined && (upperTier || level === undefined))
    return unknown(
      level === undefined ? ['subtypes', 'serviceLevel'] : ['subtypes'],
      `${sized.reason}, but an SMB account with Standard/Premium service is Core`,
    );
  return sized.onBound ? sized : no(sized.reason);
};

/** CLS-DIGITAL: the complement of Core (Strategic comes only from the CS Segmentation field); on a bound, neither. */
export const isDigital = (facts: ProfileFacts): Verdict => {
  const core = isCore(facts);
  return core.value === null ? core : core.value ? no(core.reason) : yes(core.reason);
};

/** The segment the numbers call for: Digital or Core (never Strategic); null when undecided or on a bound. */
export const expectedSegment = (facts: ProfileFacts): { segment: Exclude<Segment, 'Strategic'> | null; verdict: Verdict } => {
  const core = isCore(facts);
  return { segment: core.value === null ? null : core.value ? 'Core' : 'Digital', verdict: core };
};

/** CLS-SEGMENT-MISMATCH: the CS Segmentation field disagrees with the numbers. */
export const segmentMismatch = (facts: ProfileFacts): Verdict & { field?: Segment; expected?: 'Digital' | 'Core' } => {
  const field = valueOf(facts, 'segmentation');
  if (field === undefined) return unknown(['segmentation'], 'needs the CS Segmentation field');
  // Strategic comes only from the field: the numbers never contradict it.
  if (field === 'Strategic') return { ...no('Strategic comes only from CS Segmentation'), field };
  const { segment, verdict } = expectedSegment(facts);
  if (segment === null) return { ...verdict, field };
  const agrees = field === segment;
  return agrees
    ? { ...no(`${field} matches: ${verdict.reason}`), field, expected: segment }
    : { ...yes(`CS Segmentation is ${field} but ${verdict.reason} make it ${segment}`), field, expected: segment };
};

export const isSmb = (facts: ProfileFacts): Verdict => {
  const subtypes = subtypesOf(facts);
  if (subtypes === undefined) return unknown(['subtypes'], 'needs the Account Subtype');
  return subtypes.includes('SMB') ? yes('Account Subtype includes SMB') : no('not an SMB account');
};

/** CLS-SMB flag: more than 10 users still on the $250 flat rate. */
export const smbOverFlatRate = (facts: ProfileFacts): Verdict => {
  const smb = isSmb(facts);
  if (smb.value !== true) return smb.value === false ? no(smb.reason) : smb;
  const users = valueOf(facts, 'userCount');
  const mrr = valueOf(facts, 'mrr');
  if (users === undefined || mrr === undefined) return unknown(['userCount', 'mrr'], 'needs the user count and MRR');
  if (users > SMB_FLAT_USERS && mrr <= SMB_FLAT_MRR)
    return yes(`${users} users at ${formatUsd(mrr)}: the rack rate applies from the 11th user`);
  return no(`${users} users at ${formatUsd(mrr)}`);
};

/** CLS-HYBRID: Learning and/or Compliance plus the Credentialing Service (FMC). */
export const isHybrid = (facts: ProfileFacts): Verdict => {
  const products = valueOf(facts, 'products');
  if (products === undefined) return unknown(['products'], 'needs the products');
  const lc = has(products, 'Learning') || has(products, 'Compliance');
  return lc && has(products, 'Credentialing Service')
    ? yes('Learning/Compliance with the Credentialing Service (FMC)')
    : no('not Learning/Compliance with FMC');
};

/** CLS-FMC-ONLY: Credentialing Service without Learning, Compliance or Credentialing Software (MT-CS-001). */
export const isFmcOnly = (facts: ProfileFacts): Verdict => {
  const products = valueOf(facts, 'products');
  if (products === undefined) return unknown(['products'], 'needs the products');
  const csProducts = has(products, 'Learning') || has(products, 'Compliance') || has(products, 'Credentialing Software');
  return has(products, 'Credentialing Service') && !csProducts
    ? yes('Credentialing Service only: Customer Success does not create or onboard it')
    : no('has a product Customer Success onboards');
};

/** Who owes a call step (OB-SAME-DAY-CALL, OB-CALL-SCHEDULED-DATE). */
export interface CallDuty {
  /** CS Segmentation values whose process (MT-CS-002) has the call. */
  segments: readonly Segment[];
  /** Subtypes that owe it in any segment (MT-CS-007's SMB accounts, MT-CS-020's GameDay). */
  subtypes: readonly Subtype[];
  /** Subtypes whose own process leaves it out, checked first (GameDay books no onboarding call). */
  except?: readonly Subtype[];
}

/**
 * Does this account owe the call step? An `except` subtype never does; a listed subtype always
 * does; otherwise the CS Segmentation decides (a blank one falls back to the numbers). A plain
 * Digital account runs on the Outreach sequence (MT-CS-020). An unknown fact is reported, never
 * guessed; an account exactly on a size bound with a blank segmentation is undecided (`onBound`).
 */
export const owesCalls = (facts: ProfileFacts, duty: CallDuty): Verdict & { excepted?: Subtype } => {
  const subtypes = subtypesOf(facts);
  const excepted = subtypes?.find((s) => duty.except?.includes(s));
  if (excepted) return { ...no(`${excepted} account`), excepted };
  const special = subtypes?.find((s) => duty.subtypes.includes(s));
  if (special) return yes(`${special} account`);
  const segmentation = facts.segmentation;
  let segment: Segment | null;
  let why: string;
  if (!segmentation.known) {
    return unknown(subtypes === undefined ? ['segmentation', 'subtypes'] : ['segmentation'], 'depends on the CS Segmentation');
  } else if (segmentation.value === null) {
    const expected = expectedSegment(facts);
    if (expected.segment === null) return { ...expected.verdict, reason: `CS Segmentation is empty and ${expected.verdict.reason}` };
    segment = expected.segment;
    why = `CS Segmentation is empty and ${expected.verdict.reason} make it ${segment}`;
  } else {
    segment = segmentation.value;
    why = `${segment} account`;
  }
  const keep = duty.subtypes.join(' and ');
  if (duty.segments.includes(segment)) return yes(why);
  if (subtypes === undefined) return unknown(['subtypes'], `${why}; ${keep || 'no'} accounts keep the call`);
  return no(`${why}${subtypes.length ? ` (${subtypes.join(', ')})` : ''}, not ${duty.subtypes.join(' or ') || 'a subtype that owes it'}`);
};
