import { z } from '../../core/zod';
import type { ProgressEvent } from '../../core/progress/events';
import { accountIdSchema } from '../../store/schemas';
import { defineMessage, PAGES_AND_TABS } from '../define';

/** A dashboard import may carry a whole log; a sidebar sends one event at a time. */
export const MAX_EVENTS_PER_MESSAGE = 20_000;
/** Accounts per events/query. */
export const MAX_ACCOUNTS_PER_QUERY = 500;

/**
 * The progress log (IndexedDB in the worker), as a tab uses it: storing the outbox, reading its
 * accounts. What only the extension pages send (the dashboard's import and its reads of the whole
 * log) is in events-pages.ts, so a tab's bundle carries no schema of it (lib/messages/site-tab.ts).
 */
export const EVENT_MESSAGES = [
  /** Store what the outbox holds (a tab wrote its events there first, so nothing acknowledged is lost). */
  defineMessage<{ ok: true; added: number }>()('events/flush', { from: PAGES_AND_TABS, queued: false, fields: {} }),
  /** The stored events of these accounts (a tab asks only for the accounts it shows). */
  defineMessage<{ ok: true; events: ProgressEvent[] }>()('events/query', {
    from: PAGES_AND_TABS,
    queued: false,
    fields: { accountIds: z.array(accountIdSchema).check(z.minLength(1), z.maxLength(MAX_ACCOUNTS_PER_QUERY)) },
  }),
] as const;
