import { z } from 'zod/mini';
import { isoInstantV1 } from './primitives-v1';

/** Frozen (see shipped.ts): `local:setup` v1, the CSM's one-time setup steps by rule ID. */

export const setupRuleIdV1 = z.string().check(z.regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/, 'not a rule ID'));
export const setupStepV1 = z.strictObject({ done: z.boolean(), by: z.string().check(z.maxLength(120)), at: isoInstantV1 });
export const setupV1 = z.record(setupRuleIdV1, setupStepV1);
