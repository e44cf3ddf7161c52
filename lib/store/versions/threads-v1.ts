import { z } from 'zod/mini';
import { accountIdV1, isoInstantV1 } from './primitives-v1';

/** Frozen (see shipped.ts): `local:threads` v1, the CSM's account and email kind per Gmail thread or compose. */

const EMAIL_KINDS = ['welcome', 'recap', 'training-recap', 'smb-completed-recap', 'other'] as const;

export const threadKeyV1 = z.string().check(z.minLength(1), z.maxLength(200));
export const threadChoiceV1 = z.strictObject({
  accountId: z.optional(accountIdV1),
  kind: z.optional(z.enum(EMAIL_KINDS)),
  at: isoInstantV1,
});
export const threadsV1 = z.record(threadKeyV1, threadChoiceV1);
