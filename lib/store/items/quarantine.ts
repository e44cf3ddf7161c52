import { z } from '../../core/zod';
import { isoInstant } from '../../core/dates/schemas';
import { QUARANTINE_REASONS } from '../schemas';
import type { ItemSpec } from './define';

/** Values that could not be read (local:quarantine), kept with where, when and why. */
export const quarantineEntrySchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(80)),
  /** The storage key the value came from (`local:events`). */
  key: z.string().check(z.minLength(1)),
  /** For a collection, the entry that was set aside (`[12]`, `001…AAA`); absent = the whole value. */
  path: z.optional(z.string()),
  at: isoInstant,
  reason: z.enum(QUARANTINE_REASONS),
  /** The version the value was stored as. */
  version: z.number().check(z.int(), z.positive()),
  /** Why it could not be read (zod issues, at most 20). */
  issues: z.array(z.string()).check(z.maxLength(20)),
  value: z.unknown(),
  /** The user saw the notice; the value is still kept. */
  dismissed: z.optional(z.boolean()),
});
export type QuarantineEntry = z.infer<typeof quarantineEntrySchema>;
export const quarantineSchema = z.array(quarantineEntrySchema);

export const quarantineItem: ItemSpec<QuarantineEntry[]> = {
  key: 'local:quarantine',
  label: 'set-aside data',
  version: 1,
  migrations: {},
  schema: quarantineSchema,
  fallback: () => [],
  collection: { kind: 'array', entry: quarantineEntrySchema },
};
