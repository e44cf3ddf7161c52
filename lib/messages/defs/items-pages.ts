import { z } from '../../core/zod';
import { settingsPatchSchema } from '../../settings/schema';
import { defineMessage, PAGES_ONLY } from '../define';

/** Changes to the stored items only the extension pages make: the settings and the imported playbook. */
export const ITEM_PAGE_MESSAGES = [
  /** Settings fields to replace (each whole). */
  defineMessage<{ ok: true }>()('settings/set', { from: PAGES_ONLY, queued: true, fields: { patch: settingsPatchSchema } }),
  /** Import a playbook (checked with parsePlaybook before it is stored) or `null` = back to the built-in one. */
  defineMessage<{ ok: true; warnings: string[] }>()('playbook/set', {
    from: PAGES_ONLY,
    queued: true,
    fields: { playbook: z.union([z.null(), z.record(z.string(), z.unknown())]), source: z.optional(z.string().check(z.maxLength(200))) },
  }),
] as const;
