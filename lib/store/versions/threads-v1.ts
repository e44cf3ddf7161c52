import { z } from 'zod';
import { accountIdV1, isoInstantV1 } from './primitives-v1';

/** Frozen (see shipped.ts): `local:threads` v1, the CSM's account and email kind per Gmail thread or compose. */

const EMAIL_KINDS = ['welcome', 'recap', 'training-recap', 'smb-completed-recap', 'other'] as const;

export const threadKeyV1 = z.string().min(1).max(200);
export const threadChoiceV1 = z
  .object({
    accountId: accountIdV1.optional(),
    kind: z.enum(EMAIL_KINDS).optional(),
    at: isoInstantV1,
  })
  .strict();
export const threadsV1 = z.record(threadKeyV1, threadChoiceV1);
