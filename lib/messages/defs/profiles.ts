import { z } from '../../core/zod';
import { isoInstant } from '../../core/dates/schemas';
import { factSource, FACT_SHAPES, type ProfileFacts } from '../../core/profile/schema';
import { accountIdSchema } from '../../store/schemas';
import { defineMessage, PAGES_AND_TABS } from '../define';

/** Profiles per batch observation: a team's accounts fit in a few messages. */
export const MAX_PROFILES_PER_MESSAGE = 1_000;

const knownFact = (shape: z.ZodMiniType) =>
  z.strictObject({
    known: z.literal(true),
    value: z.nullable(shape),
    source: factSource,
    observedAt: isoInstant,
  });

/** Facts observed on a page: only known facts (an unknown never erases a stored fact). */
export const observedFactsSchema = z.strictObject(Object.fromEntries(Object.entries(FACT_SHAPES).map(([key, shape]) => [key, z.optional(knownFact(shape))]))) as unknown as z.ZodMiniType<Partial<ProfileFacts>>;

export const hostSchema = z.string().check(z.maxLength(253), z.regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i, 'not a host name'));

/** One account's facts in a batch observation (a dashboard import checks each against this first). */
export const observationSchema = z.strictObject({ accountId: accountIdSchema, orgHost: z.optional(hostSchema), facts: observedFactsSchema });

/**
 * What pages teach about accounts, merged into the stored profiles (newest observation wins). The
 * dashboard's import of many accounts at once is in profiles-pages.ts.
 */
export const PROFILE_MESSAGES = [
  /** Facts a page taught about an account. */
  defineMessage<{ ok: true; changed: boolean }>()('profile/observe', {
    from: PAGES_AND_TABS,
    queued: true,
    fields: { accountId: accountIdSchema, orgHost: z.optional(hostSchema), facts: observedFactsSchema },
  }),
] as const;
