import { z } from '../../core/zod';
import { isoInstant } from '../../core/dates/schemas';
import { setupRuleIdSchema } from '../schemas';
import type { ItemSpec } from './define';

/** The CSM's one-time setup steps (local:setup; playbook rules with scope 'csm'), by rule ID: done once, done on every account. */
export const setupStepSchema = z.strictObject({ done: z.boolean(), by: z.string().check(z.maxLength(120)), at: isoInstant });
export type SetupStep = z.infer<typeof setupStepSchema>;
export const setupSchema = z.record(setupRuleIdSchema, setupStepSchema);

export const setupItem: ItemSpec<Record<string, SetupStep>> = {
  key: 'local:setup',
  label: 'one-time setup',
  version: 1,
  migrations: {},
  schema: setupSchema,
  fallback: () => ({}),
  collection: { kind: 'record', key: setupRuleIdSchema, entry: setupStepSchema },
};
