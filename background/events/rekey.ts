import { eventDocId, fromEventDoc, ownerOf, toEventDoc } from '../../lib/events/doc';
import type { EventDb } from './db';
import { STORAGE_KEYS } from '../../lib/store/keys';

/**
 * The one-time re-keying of a signed-in CSM's ticks recorded before the user was part of an
 * event's id. An older CSM Guide stamped `owner` on ticks recorded while signed in but kept the id
 * `ev/<account>/<event id>`; the team database's validation (v3) refuses that form, so such a tick
 * that had not gone up yet would wait forever. Each one gets the id `ev/<account>/@<user>/<event id>`
 * with the same event (its content unchanged), and the old document is deleted locally (a deletion
 * has no owner, so it is never pushed).
 *
 * Idempotent and safe to stop anywhere: the new documents are written first (one already there is a
 * 409, taken as done), the old ones deleted after. A stop in between leaves both, and the next run
 * finds the old one again, skips the write and deletes it. The caller records that it finished
 * (`REKEY_KEY`) only after it returned.
 */
export const REKEY_KEY = STORAGE_KEYS.eventsRekey.key;

/** Per user name: when their ticks were re-keyed. */
export type RekeyMarker = Record<string, string>;

export interface RekeyOptions {
  /** The signed-in user (the server's session name) the ticks were stamped with. */
  user: string;
  /** The push checkpoint (local change sequence): documents at or before it went up already. */
  since?: number | string;
  /** Document ids to look at too, wherever they are in the change feed (events the server refused). */
  also?: readonly string[];
  /**
   * Of these old-form ids, those the team database already holds (pushed by an older version, or
   * by another browser of the same user and pulled here): they are left as they are. Without it,
   * everything after the checkpoint counts as not pushed.
   */
  held?: (revs: Record<string, string>) => Promise<Set<string>>;
}

/** Old document id → new one, for each event re-keyed by this call. */
export type Rekeyed = Map<string, string>;

const PAGE = 1_000;

type Doc = Record<string, unknown> & { _id: string; _rev: string };

/** An own event stored under the id without its user, or null. */
const oldFormOwn = (doc: unknown, user: string): Doc | null => {
  if (typeof doc !== 'object' || doc === null || (doc as { _deleted?: unknown })._deleted) return null;
  if (ownerOf(doc) !== user) return null;
  const event = fromEventDoc(doc);
  if (!event || (doc as Doc)._id !== eventDocId(event)) return null;
  return doc as Doc;
};

export const rekeyOwnEvents = async (db: EventDb, options: RekeyOptions): Promise<Rekeyed> => {
  const { user } = options;
  const found = new Map<string, Doc>();
  // The local change feed after the checkpoint, a page at a time (a pull may have stored many).
  let since: number | string = options.since ?? 0;
  for (;;) {
    const page = await db.changes({ since, limit: PAGE, include_docs: true, return_docs: true } as PouchDB.Core.ChangesOptions);
    for (const change of page.results) {
      const doc = oldFormOwn(change.doc, user);
      if (doc) found.set(doc._id, doc);
    }
    if (page.results.length < PAGE) break;
    since = page.last_seq;
  }
  const also = [...new Set(options.also ?? [])].filter((id) => !found.has(id));
  if (also.length) {
    const { rows } = await db.allDocs({ keys: also, include_docs: true });
    for (const row of rows) {
      const doc = oldFormOwn((row as { doc?: unknown }).doc, user);
      if (doc) found.set(doc._id, doc);
    }
  }
  if (found.size && options.held) {
    const held = await options.held(Object.fromEntries([...found.values()].map((doc) => [doc._id, doc._rev])));
    for (const id of held) found.delete(id);
  }
  const rekeyed: Rekeyed = new Map();
  if (!found.size) return rekeyed;
  const olds = [...found.values()];
  const news = olds.map((doc) => toEventDoc(fromEventDoc(doc)!, user));
  const written = await db.bulkDocs(news);
  written.forEach((result, index) => {
    if ('ok' in result && result.ok) return;
    // 409: written by a run that stopped before deleting the old one.
    if ((result as PouchDB.Core.Error).status !== 409) {
      throw new Error(`Could not re-key event ${news[index]!._id}: ${(result as PouchDB.Core.Error).message ?? 'unknown error'}`);
    }
  });
  const deleted = await db.bulkDocs(olds.map((doc) => ({ _id: doc._id, _rev: doc._rev, _deleted: true })));
  deleted.forEach((result, index) => {
    // 409: deleted meanwhile (another run); anything else is retried at the next start.
    if (!('ok' in result && result.ok) && (result as PouchDB.Core.Error).status !== 409) {
      throw new Error(`Could not remove the old form of event ${olds[index]!._id}: ${(result as PouchDB.Core.Error).message ?? 'unknown error'}`);
    }
    rekeyed.set(olds[index]!._id, news[index]!._id);
  });
  return rekeyed;
};
