import type { ProgressEvent } from '../../lib/core/progress/events';
import { accountRange, allEventsRange, authorshipOf, EVENT_PREFIX, fromEventDoc, toEventDoc, type Authorship } from '../../lib/events/doc';
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

export interface EventsSince {
  events: ProgressEvent[];
  seq: number | string;
  /** The page was full: ask again from `seq`. */
  more: boolean;
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
  /**
   * Events stored after `since` (a point of the local change feed), in the order they were
   * stored; `seq` is where to ask next. Reads only what came after it, whatever the log holds.
   */
  since(since: number | string | null, limit: number): Promise<EventsSince>;
  count(): Promise<number>;
  /** Who recorded these accounts' events that came through team sync (proven by the id, or not proven), by event id. */
  authors(accountIds: readonly string[]): Promise<Record<string, Authorship>>;
}

/**
 * The log after `since`, read straight from the sequence store of PouchDB's idb adapter: one
 * `getAll` per page instead of a cursor and a second lookup per document (PouchDB's changes and
 * allDocs), which made the dashboard's first read of 300,000 events take a minute. Events are
 * immutable with one revision each, so every entry is a stored event; the few older entries a
 * re-key left behind (lib/events/rekey.ts: the old id form, deleted) are the same events, which
 * readers merge by event id. Returns null when the store is not the idb adapter's (then the
 * caller reads PouchDB's change feed).
 */
const BY_SEQUENCE = 'by-sequence';
const rawDbs = new Map<string, Promise<IDBDatabase>>();
const rawDb = (name: string): Promise<IDBDatabase> => {
  let open = rawDbs.get(name);
  if (!open) {
    open = new Promise<IDBDatabase>((resolve, reject) => {
      // No version: the database PouchDB made, as it is (never an upgrade under PouchDB).
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
      request.onupgradeneeded = () => {
        request.transaction?.abort();
        reject(new Error('no PouchDB database here'));
      };
    });
    rawDbs.set(name, open);
    open.catch(() => rawDbs.delete(name));
  }
  return open;
};
const rawSince = async (db: EventDb, since: number, limit: number): Promise<EventsSince | null> => {
  if ((db as unknown as { adapter?: string }).adapter !== 'idb' || typeof indexedDB === 'undefined') return null;
  const idb = await rawDb(`_pouch_${db.name}`);
  if (!idb.objectStoreNames.contains(BY_SEQUENCE)) return null;
  const range = IDBKeyRange.lowerBound(since, true);
  const [values, keys] = await new Promise<[unknown[], IDBValidKey[]]>((resolve, reject) => {
    const store = idb.transaction(BY_SEQUENCE, 'readonly').objectStore(BY_SEQUENCE);
    const all = store.getAll(range, limit);
    const allKeys = store.getAllKeys(range, limit);
    allKeys.onsuccess = () => resolve([all.result as unknown[], allKeys.result]);
    all.onerror = () => reject(all.error);
    allKeys.onerror = () => reject(allKeys.error);
  });
  const events: ProgressEvent[] = [];
  for (const value of values) {
    const raw = value as { _doc_id_rev?: unknown; _deleted?: unknown } & Record<string, unknown>;
    if (raw._deleted || typeof raw._doc_id_rev !== 'string') continue;
    // Only event documents, by id; each was checked against the event schema on its way in (a
    // tab's message, an import, a pull's limits), so it is not parsed again here: parsing
    // 300,000 events was most of this read.
    if (!raw._doc_id_rev.startsWith(EVENT_PREFIX)) continue;
    const { _doc_id_rev: _idRev, owner: _owner, _revisions: _r, _conflicts: _c, _attachments: _a, ...event } = raw;
    events.push(event as unknown as ProgressEvent);
  }
  const last = keys[keys.length - 1];
  return { events, seq: typeof last === 'number' ? last : since, more: keys.length === limit };
};

/** Events per write of an append (see append). */
export const APPEND_SLICE = 500;

export const createEventStore = (db: EventDb): EventStore => ({
  async append(events, owner) {
    if (!events.length) return { added: [], already: 0 };
    const unique = new Map(events.map((event) => [toEventDoc(event)._id, event]));
    const byId = [...unique.values()];
    const results: Array<PouchDB.Core.Response | PouchDB.Core.Error> = [];
    // A slice per write: an import's 20,000 events in one IndexedDB transaction would hold every
    // read of the log (a tab opening a record, its checklist's events) until all are written.
    // 500: a record opened during an import read its events ~150–300 ms sooner than with 2,000,
    // and the import took no longer (a throwaway trace, issue 25).
    for (let start = 0; start < byId.length; start += APPEND_SLICE) {
      try {
        results.push(...(await db.bulkDocs(byId.slice(start, start + APPEND_SLICE).map((event) => toEventDoc(event, owner)))));
      } catch (error) {
        if (isQuota(error)) throw new StoreFullError(String((error as Error)?.message ?? error));
        throw error;
      }
    }
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

  async since(since, limit) {
    if (since === null) return { events: [], seq: (await db.info()).update_seq, more: false };
    if (typeof since === 'number') {
      const fast = await rawSince(db, since, limit).catch(() => null);
      if (fast) return fast;
    }
    const page = await db.changes({ since, limit, include_docs: true, return_docs: true } as PouchDB.Core.ChangesOptions);
    const events = page.results.flatMap((change) => {
      const event = change.deleted ? null : fromEventDoc(change.doc);
      return event ? [event] : [];
    });
    return { events, seq: page.last_seq, more: page.results.length === limit };
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
