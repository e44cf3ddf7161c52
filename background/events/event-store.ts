import type { ProgressEvent } from '../../lib/core/progress/events';
import { accountRange, allEventsRange, authorshipOf, fromEventDoc, toEventDoc, type Authorship } from '../../lib/events/doc';
import type { EventDb } from './db';

export interface AppendResult {
  /** Events stored by this call (new to the store). */
  added: ProgressEvent[];
  /** Events the store already held (replays). */
  already: number;
}

export interface EventPage {
  events: ProgressEvent[];
  /** Pass as `after` for the next page; null when this was the last. */
  next: string | null;
}

/** Thrown when IndexedDB refuses a write for lack of space. */
export class StoreFullError extends Error {}

const isQuota = (error: unknown): boolean => {
  const text = `${(error as { name?: unknown })?.name ?? ''} ${(error as { message?: unknown })?.message ?? ''} ${
    (error as { reason?: unknown })?.reason ?? ''
  }`;
  return /QuotaExceeded|quota/i.test(text);
};

/**
 * The progress log as an append-only set of immutable documents. Every operation touches only
 * the documents it names or the key range of the accounts it asks for, so a tick costs the same
 * with 0 or 300,000 events stored.
 */
export interface EventStore {
  /** Stores events once each (by `_id`); `owner` is stamped on the new ones. */
  append(events: readonly ProgressEvent[], owner?: string): Promise<AppendResult>;
  /** Every event of these accounts. */
  forAccounts(accountIds: readonly string[]): Promise<ProgressEvent[]>;
  /** Every event, in pages (the dashboard reads the whole team this way). */
  page(after: string | null, limit: number): Promise<EventPage>;
  count(): Promise<number>;
  /** Who recorded these accounts' events that came through team sync (proven by the id, or not proven), by event id. */
  authors(accountIds: readonly string[]): Promise<Record<string, Authorship>>;
}

export const createEventStore = (db: EventDb): EventStore => ({
  async append(events, owner) {
    if (!events.length) return { added: [], already: 0 };
    const unique = new Map(events.map((event) => [toEventDoc(event)._id, event]));
    let results: Array<PouchDB.Core.Response | PouchDB.Core.Error>;
    try {
      results = await db.bulkDocs([...unique.values()].map((event) => toEventDoc(event, owner)));
    } catch (error) {
      if (isQuota(error)) throw new StoreFullError(String((error as Error)?.message ?? error));
      throw error;
    }
    const byId = [...unique.values()];
    const added: ProgressEvent[] = [];
    let already = 0;
    results.forEach((result, index) => {
      const event = byId[index]!;
      if ('ok' in result && result.ok) added.push(event);
      else if ((result as PouchDB.Core.Error).status === 409) already++;
      else if (isQuota(result)) throw new StoreFullError(String((result as PouchDB.Core.Error).message));
      else throw new Error(`Could not store event ${event.id}: ${(result as PouchDB.Core.Error).message ?? 'unknown error'}`);
    });
    return { added, already };
  },

  async forAccounts(accountIds) {
    const lists = await Promise.all(
      [...new Set(accountIds)].map(async (accountId) => {
        const { rows } = await db.allDocs({ ...accountRange(accountId), include_docs: true });
        return rows.flatMap((row) => {
          const event = fromEventDoc(row.doc);
          return event ? [event] : [];
        });
      }),
    );
    return lists.flat();
  },

  async page(after, limit) {
    const { rows } = await db.allDocs({
      startkey: after ?? allEventsRange.startkey,
      endkey: allEventsRange.endkey,
      ...(after ? { skip: 1 } : {}),
      limit,
      include_docs: true,
    });
    const events = rows.flatMap((row) => {
      const event = fromEventDoc(row.doc);
      return event ? [event] : [];
    });
    return { events, next: rows.length === limit ? rows[rows.length - 1]!.id : null };
  },

  async count() {
    return (await db.info()).doc_count;
  },

  async authors(accountIds) {
    const authors: Record<string, Authorship> = {};
    for (const accountId of new Set(accountIds)) {
      const { rows } = await db.allDocs({ ...accountRange(accountId), include_docs: true, conflicts: true });
      for (const row of rows) {
        const author = authorshipOf(row.doc);
        const event = author ? fromEventDoc(row.doc) : null;
        if (author && event) authors[event.id] = author;
      }
    }
    return authors;
  },
});
