import { z } from 'zod/mini';
import { isoInstantV1 } from './primitives-v1';

/**
 * Frozen (see shipped.ts): `local:playbook` v1, an imported playbook. The playbook itself is kept
 * as any object here; lib/core/playbook checks it on every read.
 */

export const storedPlaybookV1 = z.strictObject({
  playbook: z.record(z.string(), z.unknown()),
  importedAt: isoInstantV1,
  source: z.optional(z.string().check(z.maxLength(200))),
});
