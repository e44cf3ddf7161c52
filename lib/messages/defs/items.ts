import { z } from '../../core/zod';
import { isoInstant } from '../../core/dates/schemas';
import { EMAIL_KINDS } from '../../core/facts/page-facts';
import { SITE_IDS } from '../../settings/schema';
import {
  accountIdSchema,
  recipientsDigestSchema,
  setupRuleIdSchema,
  SIDEBAR_SIDES,
  SIDEBAR_WIDTH,
  threadKeySchema,
} from '../../store/schemas';
import { ITEM_NAMES, type ItemName } from '../../store/items';
import { defineMessage, PAGES_AND_TABS } from '../define';

/**
 * Changes to the small stored items a tab may ask for (threads, setup, layout, quarantine). The
 * settings and the playbook, which only the extension pages change, are in items-pages.ts.
 */
export const ITEM_MESSAGES = [
  /**
   * The CSM's choice for an email thread or draft (key: ComposeFacts.choiceKey), made for these
   * recipients (their SHA-256): absent = keep, null = clear; both cleared = forgotten. A choice
   * stored for other recipients is replaced, never merged.
   */
  defineMessage<{ ok: true }>()('threads/set', {
    from: PAGES_AND_TABS,
    queued: true,
    fields: {
      key: threadKeySchema,
      accountId: z.optional(z.nullable(accountIdSchema)),
      kind: z.optional(z.nullable(z.enum(EMAIL_KINDS))),
      recipients: recipientsDigestSchema,
      at: isoInstant,
    },
  }),
  /** A one-time setup step of the CSM (a playbook rule with scope 'csm') done or undone. */
  defineMessage<{ ok: true }>()('setup/set', {
    from: PAGES_AND_TABS,
    queued: true,
    fields: { ruleId: setupRuleIdSchema, done: z.boolean(), by: z.string().check(z.maxLength(120)), at: isoInstant },
  }),
  /** Sidebar layout: collapsed, the side on one site (`side: null` = back to that site's default), the width. */
  defineMessage<{ ok: true }>()('ui/set', {
    from: PAGES_AND_TABS,
    queued: true,
    fields: {
      patch: z.strictObject({
        sidebarCollapsed: z.optional(z.boolean()),
        side: z.optional(z.strictObject({ site: z.enum(SITE_IDS), side: z.nullable(z.enum(SIDEBAR_SIDES)) })),
        sidebarWidth: z.optional(z.number().check(z.int(), z.gte(SIDEBAR_WIDTH.min), z.lte(SIDEBAR_WIDTH.max))),
      }),
    },
  }),
  /** The user saw the "set aside" notice for these quarantine entries (the values are kept). */
  defineMessage<{ ok: true; dismissed: number }>()('quarantine/dismiss', {
    from: PAGES_AND_TABS,
    queued: true,
    fields: { ids: z.array(z.string().check(z.minLength(1), z.maxLength(80))).check(z.maxLength(10_000)) },
  }),
  /** A reader found unreadable data: ask the writer to set it aside (all items when `items` is absent). */
  defineMessage<{ ok: true; setAside: number }>()('storage/check', {
    from: PAGES_AND_TABS,
    queued: true,
    fields: { items: z.optional(z.array(z.enum(ITEM_NAMES as [ItemName, ...ItemName[]])).check(z.minLength(1))) },
  }),
] as const;
