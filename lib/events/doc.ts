import { progressEventSchema, type ProgressEvent } from '../core/progress/events';

/**
 * How a progress event is kept as a document (local IndexedDB and the team's CouchDB).
 *
 * The `_id` is derived once from the event's own content (its account and its id, which holds
 * the instant and a random suffix), so storing the same event twice — a replayed outbox entry, a
 * re-imported bundle, a replication that resumes — is a no-op. Grouping by account first lets one
 * key-range read return one account's events without a secondary index.
 */
export const EVENT_PREFIX = 'ev/';

/** A user's segment of a document id: `@` and the URI-encoded CouchDB user name (no `/` or `@` in it). */
export const userSegment = (user: string): string => `@${encodeURIComponent(user)}`;

/**
 * `ev/<account>/<event id>` for an event nobody signed for (team sync off, an import, the v1 log);
 * `ev/<account>/@<user>/<event id>` for one recorded while signed in to team sync. The user is part
 * of the id so the team database's validation can hold the id to the session's user: nobody can
 * write, or make a conflicting revision of, a document whose id names someone else.
 */
export const eventDocId = (event: Pick<ProgressEvent, 'accountId' | 'id'>, owner?: string): string =>
  owner ? `${EVENT_PREFIX}${event.accountId}/${userSegment(owner)}/${event.id}` : `${EVENT_PREFIX}${event.accountId}/${event.id}`;

/** The key range holding one account's events. */
export const accountRange = (accountId: string): { startkey: string; endkey: string } => ({
  startkey: `${EVENT_PREFIX}${accountId}/`,
  endkey: `${EVENT_PREFIX}${accountId}/\uffff`,
});

/** The key range holding every event. */
export const allEventsRange = { startkey: EVENT_PREFIX, endkey: `${EVENT_PREFIX}\uffff` } as const;

/**
 * An event as stored. `owner` is the team-sync account (CouchDB user name) that recorded it,
 * set once when the event is first stored and absent for events recorded with team sync off or
 * imported from a bundle; the team database's validation holds it to the signed-in user.
 */
export type EventDoc = ProgressEvent & { _id: string; _rev?: string; owner?: string };

export const toEventDoc = (event: ProgressEvent, owner?: string): EventDoc => ({
  ...event,
  _id: eventDocId(event, owner),
  ...(owner ? { owner } : {}),
});

/** The event a stored document holds, or null when it is not one (a design doc, a foreign doc). */
export const fromEventDoc = (doc: unknown): ProgressEvent | null => {
  if (typeof doc !== 'object' || doc === null) return null;
  const { _id, _rev, owner, _revisions, _conflicts, _attachments, ...rest } = doc as Record<string, unknown>;
  void _rev;
  void owner;
  void _revisions;
  void _conflicts;
  void _attachments;
  if (typeof _id !== 'string' || !_id.startsWith(EVENT_PREFIX)) return null;
  const parsed = progressEventSchema.safeParse(rest);
  if (!parsed.success) return null;
  // The owned form, or the form without a user: events recorded before the user was part of the
  // id (kept, and still read; the team database no longer accepts new ones in that form).
  const ownedId = typeof owner === 'string' && eventDocId(parsed.data, owner) === _id;
  if (!ownedId && eventDocId(parsed.data) !== _id) return null;
  return parsed.data;
};

/**
 * Who recorded a stored event, as its id proves it (the team database checked it against the
 * session), and whether it has conflicting revisions. `owner: null, unproven` is an event that
 * claims an owner in the older id form without the user (stored before the server checked ids,
 * e.g. pulled from the team): nothing proves who wrote it.
 */
export interface Authorship {
  owner: string | null;
  /** The document has conflicting revisions: someone wrote another version of it. */
  tampered?: true;
  /** It names an owner, but its id does not: the author is not proven. */
  unproven?: true;
}

/** The authorship of a stored event document that came through team sync (it has an owner); null for one that never did (team sync off, an import). */
export const authorshipOf = (doc: unknown): Authorship | null => {
  const owner = ownerOf(doc);
  const event = owner ? fromEventDoc(doc) : null;
  if (!owner || !event) return null;
  // Only an id that names the user proves it (the older form without one proves nothing).
  if ((doc as { _id?: unknown })._id !== eventDocId(event, owner)) return { owner: null, unproven: true };
  const conflicts = (doc as { _conflicts?: unknown })._conflicts;
  return Array.isArray(conflicts) && conflicts.length ? { owner, tampered: true } : { owner };
};

/** The owner recorded on a stored document, if any. */
export const ownerOf = (doc: unknown): string | undefined => {
  const owner = (doc as { owner?: unknown } | null)?.owner;
  return typeof owner === 'string' ? owner : undefined;
};
