import { z } from 'zod';
import { isoInstantV1 } from './primitives-v1';

/** Frozen (see shipped.ts): `local:quarantine` v1, values that could not be read, with where, when and why. */

export const quarantineEntryV1 = z
  .object({
    id: z.string().min(1).max(80),
    key: z.string().min(1),
    path: z.string().optional(),
    at: isoInstantV1,
    reason: z.enum(['unreadable', 'migration-failed']),
    version: z.number().int().positive(),
    issues: z.array(z.string()).max(20),
    value: z.unknown(),
    dismissed: z.boolean().optional(),
  })
  .strict();
export const quarantineV1 = z.array(quarantineEntryV1);
