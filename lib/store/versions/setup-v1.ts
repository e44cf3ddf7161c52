import { z } from 'zod';
import { isoInstantV1 } from './primitives-v1';

/** Frozen (see shipped.ts): `local:setup` v1, the CSM's one-time setup steps by rule ID. */

export const setupRuleIdV1 = z.string().regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/, 'not a rule ID');
export const setupStepV1 = z.object({ done: z.boolean(), by: z.string().max(120), at: isoInstantV1 }).strict();
export const setupV1 = z.record(setupRuleIdV1, setupStepV1);
