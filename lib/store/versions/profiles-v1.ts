import { z } from 'zod/mini';
import { accountIdV1, isoDayV1, isoInstantV1, SHA256_HEX_V1 } from './primitives-v1';

/**
 * Frozen (see shipped.ts): `local:profiles` v1, learned account profiles by Account ID, and the
 * profile shape it holds (also the profiles of bundle v2). The vocabularies are copied from
 * lib/core/model as they were when v1 shipped.
 */

const PAGE_KINDS = [
  'sf.account',
  'sf.opportunity',
  'sf.onboarding',
  'sf.case',
  'sf.case.new',
  'gmail.compose',
  'outreach.prospect',
  'outreach.sequence',
  'outreach.compose',
  'mt.presignup',
] as const;
const PRODUCTS = ['Learning', 'Compliance', 'Credentialing Software', 'Credentialing Service', 'Exclusions'] as const;
const SERVICE_LEVELS = ['Basic', 'Standard', 'Premium'] as const;
const SEGMENTS = ['Digital', 'Core', 'Strategic'] as const;
const SUBTYPES = ['SMB', 'Hybrid', 'Franchise', 'GameDay'] as const;

const factSource = z.object({
  kind: z.enum(PAGE_KINDS),
  recordId: z.optional(z.string()),
});

/** Unknown (never seen), or known with the page it came from; a known `null` was read empty. */
const fact = <T extends z.ZodMiniType>(value: T) =>
  z._default(z.discriminatedUnion('known', [
      z.object({ known: z.literal(false) }),
      z.object({
        known: z.literal(true),
        value: z.nullable(value),
        source: factSource,
        observedAt: isoInstantV1,
      }),
    ]), { known: false });

const factShapes = {
  accountName: z.string(),
  products: z.array(z.enum(PRODUCTS)),
  serviceLevel: z.enum(SERVICE_LEVELS),
  userCount: z.number().check(z.int(), z.nonnegative()),
  mrr: z.number().check(z.nonnegative()),
  locationCount: z.number().check(z.int(), z.nonnegative()),
  segmentation: z.enum(SEGMENTS),
  subtypes: z.array(z.enum(SUBTYPES)),
  assignmentDate: isoDayV1,
  obCallScheduledFor: isoDayV1,
  obCallCompletedDate: isoDayV1,
  onboardingCompleted: z.boolean(),
  primaryContactName: z.string(),
  primaryContactEmail: z.string(),
  primaryContactEmailSha256: z.string().check(z.regex(SHA256_HEX_V1)),
  primaryContactDomain: z.string().check(z.minLength(1), z.maxLength(253)),
  csm: z.string(),
  csmLeader: z.string(),
  rsm: z.string(),
  opportunityName: z.string(),
  opportunityId: z.string(),
  onboardingId: z.string(),
  contractBillingStart: isoDayV1,
};

export const profileFactsV1 = z.object(Object.fromEntries(Object.entries(factShapes).map(([key, shape]) => [key, fact(shape)])));

export const accountProfileV1 = z.object({
  accountId: z.string().check(z.regex(/^[a-zA-Z0-9]{18}$/, 'expected an 18-character Salesforce ID')),
  orgHost: z.optional(z.string()),
  facts: profileFactsV1,
  updatedAt: isoInstantV1,
});

/** Each profile is stored under its own Account ID. */
export const profilesV1 = z.record(accountIdV1, accountProfileV1).check(z.superRefine((profiles, ctx) => {
  for (const [key, profile] of Object.entries(profiles))
    if (profile.accountId !== key)
      ctx.addIssue({ code: 'custom', path: [key], message: `stored under ${key} but belongs to ${profile.accountId}` });
}));
