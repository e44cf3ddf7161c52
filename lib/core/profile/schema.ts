import { z } from '../zod';
import { isoDay, isoInstant } from '../dates/schemas';
import { SHA256_HEX } from '../formats/sha256';
import { PAGE_KINDS } from '../model/page-kind';
import { PRODUCTS, SEGMENTS, SERVICE_LEVELS, SUBTYPES } from '../model/vocab';

/** Where a fact was read: the page kind and the record it belongs to. */
export const factSource = z.object({
  kind: z.enum(PAGE_KINDS),
  recordId: z.optional(z.string()),
});
export type FactSource = z.infer<typeof factSource>;

/**
 * Every profile fact is either unknown (never seen) or known with the page it came from.
 * A known `null` means the field was read and is empty, which rules treat differently from unknown.
 */
const fact = <T extends z.ZodMiniType>(value: T) =>
  z._default(z.discriminatedUnion('known', [
      z.object({ known: z.literal(false) }),
      z.object({
        known: z.literal(true),
        value: z.nullable(value),
        source: factSource,
        observedAt: isoInstant,
      }),
    ]), { known: false });

export const lookupValue = z.object({ name: z.string(), id: z.optional(z.string()) });
export type LookupValue = z.infer<typeof lookupValue>;

/** The shapes of profile facts, one per key. */
export const FACT_SHAPES = {
  accountName: z.string(),
  products: z.array(z.enum(PRODUCTS)),
  serviceLevel: z.enum(SERVICE_LEVELS),
  userCount: z.number().check(z.int(), z.nonnegative()),
  mrr: z.number().check(z.nonnegative()),
  locationCount: z.number().check(z.int(), z.nonnegative()),
  segmentation: z.enum(SEGMENTS),
  subtypes: z.array(z.enum(SUBTYPES)),
  assignmentDate: isoDay,
  obCallScheduledFor: isoDay,
  obCallCompletedDate: isoDay,
  onboardingCompleted: z.boolean(),
  /** Page-only (PAGE_ONLY_FACTS): shown on the Opportunity that holds it, never stored. */
  primaryContactName: z.string(),
  /** Page-only; stored as the two facts below. */
  primaryContactEmail: z.string(),
  /** SHA-256 of the primary contact's address, trimmed and lowercased: matches recipients. */
  primaryContactEmailSha256: z.string().check(z.regex(SHA256_HEX)),
  /** The domain of that address, lowercased: matches recipients at the same organisation. */
  primaryContactDomain: z.string().check(z.minLength(1), z.maxLength(253)),
  csm: z.string(),
  csmLeader: z.string(),
  rsm: z.string(),
  opportunityName: z.string(),
  opportunityId: z.string(),
  onboardingId: z.string(),
  /** The contract's billing start (the Opportunity's Billing Start Date), for CSO-BILLING-START. */
  contractBillingStart: isoDay,
} as const;

export type ProfileFactKey = keyof typeof FACT_SHAPES;

/**
 * Facts a rule may read from the page it is on but that are never stored: the primary contact's
 * name and address are personal data, and matching recipients needs only the address's hash and
 * domain (lib/core/profile/stored-facts.ts). A stored profile always has them unknown.
 */
export const PAGE_ONLY_FACTS = ['primaryContactName', 'primaryContactEmail'] as const satisfies readonly ProfileFactKey[];
export type ProfileFactValue<K extends ProfileFactKey> = z.infer<(typeof FACT_SHAPES)[K]>;

export type Fact<T> =
  | { known: false }
  | { known: true; value: T | null; source: FactSource; observedAt: string };

export const UNKNOWN = { known: false } as const;

const factsShape: Record<ProfileFactKey, z.ZodMiniType> = Object.fromEntries(
  Object.entries(FACT_SHAPES).map(([key, shape]) => [key, fact(shape)]),
) as unknown as Record<ProfileFactKey, z.ZodMiniType>;

/** Parses stored facts; absent keys come back as unknown. Typed by `ProfileFacts` below. */
export const profileFactsSchema = z.object(factsShape) as unknown as z.ZodMiniType<ProfileFacts>;
export type ProfileFacts = { [K in ProfileFactKey]: Fact<ProfileFactValue<K>> };

/** One account's learned profile, keyed by the 18-character Salesforce Account ID. */
export const accountProfileSchema = z.object({
  accountId: z.string().check(z.regex(/^[a-zA-Z0-9]{18}$/, 'expected an 18-character Salesforce ID')),
  /** Host of the org the account was seen on, so the dashboard can link back. */
  orgHost: z.optional(z.string()),
  facts: profileFactsSchema,
  updatedAt: isoInstant,
});
export type AccountProfile = { accountId: string; orgHost?: string; facts: ProfileFacts; updatedAt: string };

/** A profile as stored (v2): its page-only facts unknown. */
export const storedProfileSchema = accountProfileSchema.check(z.refine((profile) => PAGE_ONLY_FACTS.every((key) => !(profile.facts as ProfileFacts)[key].known), { message: "a contact's name or address is not stored (only the address's hash and domain)" }));

export const emptyFacts = (): ProfileFacts => profileFactsSchema.parse({});

export const emptyProfile = (accountId: string, now: string): AccountProfile => ({
  accountId,
  facts: emptyFacts(),
  updatedAt: now,
});

/** Human names of profile facts, for messages such as "open the Opportunity to learn the service level". */
export const FACT_NAMES: Record<ProfileFactKey, string> = {
  accountName: 'account name',
  products: 'products',
  serviceLevel: 'service level',
  userCount: 'user count',
  mrr: 'MRR',
  locationCount: 'location count',
  segmentation: 'CS segmentation',
  subtypes: 'account subtype',
  assignmentDate: 'assignment date (Onboarding email sent date)',
  obCallScheduledFor: 'onboarding call scheduled date',
  obCallCompletedDate: 'onboarding call completed date',
  onboardingCompleted: 'onboarding completed',
  primaryContactName: 'primary contact',
  primaryContactEmail: 'primary contact email',
  primaryContactEmailSha256: 'primary contact email',
  primaryContactDomain: "primary contact's email domain",
  csm: 'Customer Success Manager',
  csmLeader: 'Customer Success Manager Leader',
  rsm: 'RSM',
  opportunityName: 'opportunity name',
  opportunityId: 'opportunity',
  onboardingId: 'Customer Onboarding record',
  contractBillingStart: 'contract billing start date',
};

/** The page a CSM opens to learn each fact (the first one is suggested in messages). */
export const FACT_PAGES: Record<ProfileFactKey, readonly import('../model/page-kind').PageKind[]> = {
  accountName: ['sf.account', 'sf.opportunity'],
  products: ['sf.opportunity', 'sf.onboarding'],
  serviceLevel: ['sf.opportunity'],
  userCount: ['sf.opportunity', 'sf.account'],
  mrr: ['sf.opportunity', 'sf.account'],
  locationCount: ['mt.presignup'],
  segmentation: ['sf.account'],
  subtypes: ['sf.account'],
  assignmentDate: ['sf.onboarding'],
  obCallScheduledFor: ['sf.onboarding'],
  obCallCompletedDate: ['sf.onboarding'],
  onboardingCompleted: ['sf.onboarding'],
  primaryContactName: ['sf.opportunity'],
  primaryContactEmail: ['sf.opportunity'],
  primaryContactEmailSha256: ['sf.opportunity'],
  primaryContactDomain: ['sf.opportunity'],
  csm: ['sf.account', 'sf.opportunity'],
  csmLeader: ['sf.account', 'sf.opportunity'],
  rsm: ['sf.opportunity'],
  opportunityName: ['sf.opportunity', 'sf.onboarding'],
  opportunityId: ['sf.opportunity', 'sf.onboarding'],
  onboardingId: ['sf.onboarding'],
  contractBillingStart: ['sf.opportunity'],
};

