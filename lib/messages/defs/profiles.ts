import { z } from 'zod';
import { isoInstant } from '../../core/dates/schemas';
import { factSource, profileFactShapes, type ProfileFacts } from '../../core/profile/schema';
import { accountIdSchema } from '../../store/schemas';
import { defineMessage, PAGES_AND_TABS, PAGES_ONLY } from '../define';

/** Profiles per batch observation: a team's accounts fit in a few messages. */
export const MAX_PROFILES_PER_MESSAGE = 1_000;

const knownFact = (shape: z.ZodType) =>
  z
    .object({
      known: z.literal(true),
      value: shape.nullable(),
      source: factSource,
      observedAt: isoInstant,
    })
    .strict();

/** Facts observed on a page: only known facts (an unknown never erases a stored fact). */
export const observedFactsSchema = z
  .object(
    Object.fromEntries(Object.entries(profileFactShapes).map(([key, shape]) => [key, knownFact(shape).optional()])),
  )
  .strict() as unknown as z.ZodType<Partial<ProfileFacts>>;

export const hostSchema = z
  .string()
  .max(253)
  .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i, 'not a host name');

/** One account's facts in a batch observation (a dashboard import checks each against this first). */
export const observationSchema = z.object({ accountId: accountIdSchema, orgHost: hostSchema.optional(), facts: observedFactsSchema }).strict();

/** What pages teach about accounts, merged into the stored profiles (newest observation wins). */
export const PROFILE_MESSAGES = [
  /** Facts a page taught about an account. */
  defineMessage<{ ok: true; changed: boolean }>()('profile/observe', {
    from: PAGES_AND_TABS,
    queued: true,
    fields: { accountId: accountIdSchema, orgHost: hostSchema.optional(), facts: observedFactsSchema },
  }),
  /** Many accounts' facts at once (a dashboard import): one read and one write of the profiles. */
  defineMessage<{ ok: true; changed: number }>()('profiles/observe', {
    from: PAGES_ONLY,
    queued: true,
    fields: { observations: z.array(observationSchema).min(1).max(MAX_PROFILES_PER_MESSAGE) },
  }),
] as const;
