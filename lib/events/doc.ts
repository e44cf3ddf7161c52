import { progressEventSchema, type ProgressEvent } from '../progress/events';

/**
 * How a progress event is kept as a document (local IndexedDB and the team's CouchDB).
 *
 * The `_id` is derived once from the event's own content (its account and its id, which holds
 * the instant and a random suffix), so storing the same event twice — a replayed outbox entry, a
 * re-imported bundle, a replication that resumes — is a no-op. Grouping by account first lets one
 * key-range read return one account's events without a secondary index.
 */
export const EVENT_PREFIX = 'ev/';

export const eventDocId = (event: Pick<ProgressEvent, 'accountId' | 'id'>): string =>
  `${EVENT_PREFIX}${event.accountId}/${event.id}`;

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
  _id: eventDocId(event),
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
  if (!parsed.success || eventDocId(parsed.data) !== _id) return null;
  return parsed.data;
};

/** The owner recorded on a stored document, if any. */
export const ownerOf = (doc: unknown): string | undefined => {
  const owner = (doc as { owner?: unknown } | null)?.owner;
  return typeof owner === 'string' ? owner : undefined;
};
