import { z } from 'zod/mini';
import { SHA256_HEX_V1 } from './primitives-v1';
import { threadChoiceV1, threadKeyV1 } from './threads-v1';

/**
 * Frozen (see shipped.ts): `local:threads` v2. Keyed only by ids that outlive a page load, and
 * each choice holds the SHA-256 of the recipients it was made for.
 */

export const threadChoiceV2 = z.strictObject(z.extend(threadChoiceV1, { recipients: z.string().check(z.regex(SHA256_HEX_V1, 'expected a SHA-256 of the recipients')) }).shape);
export const threadsV2 = z.record(threadKeyV1, threadChoiceV2);
