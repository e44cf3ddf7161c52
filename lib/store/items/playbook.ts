import { z } from '../../core/zod';
import { isoInstant } from '../../core/dates/schemas';
import type { ItemSpec } from './define';

/**
 * An imported playbook (local:playbook), checked again with parsePlaybook on every read, since an
 * update can retire an evaluator it uses; absent = the built-in playbook.
 */
export const storedPlaybookSchema = z.strictObject({
  playbook: z.record(z.string(), z.unknown()),
  importedAt: isoInstant,
  /** The file name it was imported from, shown on the options page. */
  source: z.optional(z.string().check(z.maxLength(200))),
});
export type StoredPlaybook = z.infer<typeof storedPlaybookSchema>;

export const playbookItem: ItemSpec<StoredPlaybook | null> = {
  key: 'local:playbook',
  label: 'imported playbook',
  version: 1,
  migrations: {},
  schema: storedPlaybookSchema,
  fallback: () => null,
};
