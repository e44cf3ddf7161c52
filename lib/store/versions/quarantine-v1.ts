import { z } from 'zod/mini';
import { isoInstantV1 } from './primitives-v1';

/** Frozen (see shipped.ts): `local:quarantine` v1, values that could not be read, with where, when and why. */

export const quarantineEntryV1 = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(80)),
  key: z.string().check(z.minLength(1)),
  path: z.optional(z.string()),
  at: isoInstantV1,
  reason: z.enum(['unreadable', 'migration-failed']),
  version: z.number().check(z.int(), z.positive()),
  issues: z.array(z.string()).check(z.maxLength(20)),
  value: z.unknown(),
  dismissed: z.optional(z.boolean()),
});
export const quarantineV1 = z.array(quarantineEntryV1);
