import { failure } from '../../lib/messages/protocol';
import type { EventService } from '../events/service';
import type { Handlers } from '../router';

type EventHandlers = Pick<Handlers, 'progress/append' | 'events/flush' | 'events/query' | 'events/authors' | 'events/page' | 'events/since'>;

const NO_LOG = () => Promise.resolve(failure('unavailable', 'The progress log is not open'));

/** The progress log's messages, answered from the IndexedDB log (background/events). */
export const eventHandlers = (events: EventService | undefined): EventHandlers =>
  events
    ? {
        'progress/append': async ({ events: added }) => ({ ok: true, ...(await events.append(added)) }),
        'events/flush': async () => ({ ok: true, ...(await events.flush()) }),
        'events/query': async ({ accountIds }) => ({ ok: true, events: await events.forAccounts(accountIds) }),
        'events/authors': async ({ accountIds }) => ({ ok: true, authors: await events.authors(accountIds) }),
        'events/page': async ({ after, limit }) => ({ ok: true, ...(await events.page(after, limit)) }),
        'events/since': async ({ since, limit }) => ({ ok: true, ...(await events.since(since, limit)) }),
      }
    : { 'progress/append': NO_LOG, 'events/flush': NO_LOG, 'events/query': NO_LOG, 'events/authors': NO_LOG, 'events/page': NO_LOG, 'events/since': NO_LOG };
