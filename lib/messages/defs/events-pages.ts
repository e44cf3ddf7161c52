import { z } from '../../core/zod';
import { progressEventSchema, type ProgressEvent } from '../../core/progress/events';
import type { Authorship } from '../../events/doc';
import { accountIdSchema } from '../../store/schemas';
import { defineMessage, PAGES_ONLY } from '../define';
import { MAX_ACCOUNTS_PER_QUERY, MAX_EVENTS_PER_MESSAGE } from './events';

/** The progress log as only the extension pages use it: the dashboard's import and its reads of the whole log. */
export const EVENT_PAGE_MESSAGES = [
  /** Add checklist events directly (a dashboard import; ticks go through the outbox and events/flush). Idempotent by event id. */
  defineMessage<{ ok: true; added: number }>()('progress/append', {
    from: PAGES_ONLY,
    queued: false,
    fields: { events: z.array(progressEventSchema).check(z.minLength(1), z.maxLength(MAX_EVENTS_PER_MESSAGE)) },
  }),
  /** Who recorded these accounts' events, as team sync's document ids prove it (the dashboard's timeline). */
  defineMessage<{ ok: true; authors: Record<string, Authorship> }>()('events/authors', {
    from: PAGES_ONLY,
    queued: false,
    fields: { accountIds: z.array(accountIdSchema).check(z.minLength(1), z.maxLength(MAX_ACCOUNTS_PER_QUERY)) },
  }),
  /** One page of the whole log, in `_id` order (the dashboard); `after` is the previous page's `next`. */
  defineMessage<{ ok: true; events: ProgressEvent[]; next: string | null }>()('events/page', {
    from: PAGES_ONLY,
    queued: false,
    fields: { after: z.nullable(z.string().check(z.minLength(1), z.maxLength(200))), limit: z.number().check(z.int(), z.gte(1), z.lte(MAX_EVENTS_PER_MESSAGE)) },
  }),
  /**
   * Events stored after a point of the log's change feed, in the order they were stored (the
   * dashboard reads the whole log and then follows it this way: each event once, whatever a
   * batch named); `since: null` asks only where the feed is now.
   */
  defineMessage<{ ok: true; events: ProgressEvent[]; seq: number | string; more: boolean }>()('events/since', {
    from: PAGES_ONLY,
    queued: false,
    fields: { since: z.nullable(z.union([z.number().check(z.int(), z.gte(0)), z.string().check(z.minLength(1), z.maxLength(200))])), limit: z.number().check(z.int(), z.gte(1), z.lte(MAX_EVENTS_PER_MESSAGE)) },
  }),
] as const;
