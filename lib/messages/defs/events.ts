import { z } from '../../core/zod';
import { progressEventSchema, type ProgressEvent } from '../../core/progress/events';
import type { Authorship } from '../../events/doc';
import { accountIdSchema } from '../../store/schemas';
import { defineMessage, PAGES_AND_TABS, PAGES_ONLY } from '../define';

/** A dashboard import may carry a whole log; a sidebar sends one event at a time. */
export const MAX_EVENTS_PER_MESSAGE = 20_000;
/** Accounts per events/query. */
export const MAX_ACCOUNTS_PER_QUERY = 500;

/** The progress log (IndexedDB in the worker): adding, storing the outbox, reading. */
export const EVENT_MESSAGES = [
  /** Add checklist events directly (a dashboard import; ticks go through the outbox and events/flush). Idempotent by event id. */
  defineMessage<{ ok: true; added: number }>()('progress/append', {
    from: PAGES_ONLY,
    queued: false,
    fields: { events: z.array(progressEventSchema).check(z.minLength(1), z.maxLength(MAX_EVENTS_PER_MESSAGE)) },
  }),
  /** Store what the outbox holds (a tab wrote its events there first, so nothing acknowledged is lost). */
  defineMessage<{ ok: true; added: number }>()('events/flush', { from: PAGES_AND_TABS, queued: false, fields: {} }),
  /** The stored events of these accounts (a tab asks only for the accounts it shows). */
  defineMessage<{ ok: true; events: ProgressEvent[] }>()('events/query', {
    from: PAGES_AND_TABS,
    queued: false,
    fields: { accountIds: z.array(accountIdSchema).check(z.minLength(1), z.maxLength(MAX_ACCOUNTS_PER_QUERY)) },
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
