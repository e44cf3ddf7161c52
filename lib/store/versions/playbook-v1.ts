import { z } from 'zod';
import { isoInstantV1 } from './primitives-v1';

/**
 * Frozen (see shipped.ts): `local:playbook` v1, an imported playbook. The playbook itself is kept
 * as any object here; lib/core/playbook checks it on every read.
 */

export const storedPlaybookV1 = z
  .object({
    playbook: z.record(z.string(), z.unknown()),
    importedAt: isoInstantV1,
    source: z.string().max(200).optional(),
  })
  .strict();
