import { z } from 'zod';
import { isoDay, isoInstant } from '../dates/schemas';
import { PAGE_KINDS } from '../model/page-kind';
import { PRODUCTS, SEGMENTS, SERVICE_LEVELS, SUBTYPES } from '../model/vocab';

/** Where a fact was read: the page kind and the record it belongs to. */
export const factSource = z.object({
  kind: z.enum(PAGE_KINDS),
  recordId: z.string().optional(),
});
export type FactSource = z.infer<typeof factSource>;

/**
 * Every profile fact is either unknown (never seen) or known with the page it came from.
 * A known `null` means the field was read and is empty, which rules treat differently from unknown.
 */
const fact = <T extends z.ZodType>(value: T) =>
  z
    .discriminatedUnion('known', [
      z.object({ known: z.literal(false) }),
      z.object({
        known: z.literal(true),
        value: value.nullable(),
        source: factSource,
        observedAt: isoInstant,
      }),
    ])
    .default({ known: false });

export const lookupValue = z.object({ name: z.string(), id: z.string().optional() });
export type LookupValue = z.infer<typeof lookupValue>;

/** The shapes of profile facts, one per key. */
export const profileFactShapes = {
  accountName: z.string(),
  products: z.array(z.enum(PRODUCTS)),
  serviceLevel: z.enum(SERVICE_LEVELS),
  userCount: z.number().int().nonnegative(),
  mrr: z.number().nonnegative(),
  locationCount: z.number().int().nonnegative(),
  segmentation: z.enum(SEGMENTS),
  subtypes: z.array(z.enum(SUBTYPES)),
  assignmentDate: isoDay,
  obCallScheduledFor: isoDay,
  obCallCompletedDate: isoDay,
  onboardingCompleted: z.boolean(),
  primaryContactName: z.string(),
  primaryContactEmail: z.string(),
  csm: z.string(),
  csmLeader: z.string(),
  rsm: z.string(),
  opportunityName: z.string(),
  opportunityId: z.string(),
  onboardingId: z.string(),
  /** The contract's billing start (the Opportunity's Billing Start Date), for CSO-BILLING-START. */
  contractBillingStart: isoDay,
} as const;

export type ProfileFactKey = keyof typeof profileFactShapes;
export type ProfileFactValue<K extends ProfileFactKey> = z.infer<(typeof profileFactShapes)[K]>;

export type Fact<T> =
  | { known: false }
  | { known: true; value: T | null; source: FactSource; observedAt: string };

export const UNKNOWN = { known: false } as const;

const factsShape: Record<ProfileFactKey, z.ZodType> = Object.fromEntries(
  Object.entries(profileFactShapes).map(([key, shape]) => [key, fact(shape)]),
) as unknown as Record<ProfileFactKey, z.ZodType>;

/** Parses stored facts; absent keys come back as unknown. Typed by `ProfileFacts` below. */
export const profileFactsSchema = z.object(factsShape) as unknown as z.ZodType<ProfileFacts>;
export type ProfileFacts = { [K in ProfileFactKey]: Fact<ProfileFactValue<K>> };

/** One account's learned profile, keyed by the 18-character Salesforce Account ID. */
export const accountProfileSchema = z.object({
  accountId: z.string().regex(/^[a-zA-Z0-9]{18}$/, 'expected an 18-character Salesforce ID'),
  /** Host of the org the account was seen on, so the dashboard can link back. */
  orgHost: z.string().optional(),
  facts: profileFactsSchema,
  updatedAt: isoInstant,
});
export type AccountProfile = { accountId: string; orgHost?: string; facts: ProfileFacts; updatedAt: string };

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
  csm: ['sf.account', 'sf.opportunity'],
  csmLeader: ['sf.account', 'sf.opportunity'],
  rsm: ['sf.opportunity'],
  opportunityName: ['sf.opportunity', 'sf.onboarding'],
  opportunityId: ['sf.opportunity', 'sf.onboarding'],
  onboardingId: ['sf.onboarding'],
  contractBillingStart: ['sf.opportunity'],
};
