import type { ProgressEvent } from '../../lib/core/progress/events';
import { CHANGES_KEY, describeChanges } from '../../lib/events/changes';
import { eventDocId, type Authorship } from '../../lib/events/doc';
import type { EventPage, EventsSince, EventStore } from './event-store';
import { readOutbox, type OutboxArea } from '../../lib/events/outbox';

export interface SetAside {
  key: string;
  value: unknown;
  issues: string[];
}

export interface EventServiceOptions {
  store: EventStore;
  /** chrome.storage.local (the outbox and the change notices live there). */
  area: OutboxArea;
  /** The team-sync user (the server's session name) events recorded in this browser are stamped with, if signed in once. */
  owner?: () => Promise<string | undefined>;
  /** The background's clock (ISO instant): no event recorded here is dated after it. */
  now?: () => string;
  /**
   * Own events stored with an owner (their document ids): team sync's unpushed list. Awaited
   * before the outbox entries go, so a worker stopping between the two marks them again at the
   * replay (an event already stored is marked too).
   */
  ownStored?: (docIds: string[]) => Promise<void>;
  /** Called after events were stored (team sync pushes them). */
  onAdded?: (added: ProgressEvent[]) => void;
  /** Keeps unreadable outbox entries (the writer's quarantine). Must not throw. */
  setAside?: (entries: SetAside[]) => Promise<void>;
  random?: () => string;
}

export interface EventService {
  /** Moves everything in the outbox into the store; resolves once what was there at the call is stored. */
  flush(): Promise<{ added: number }>;
  /**
   * Stores events directly (a bundle import, a migration); idempotent. They keep their authors:
   * no team-sync user is stamped on them, so they are never pushed under the importer's name.
   */
  append(events: readonly ProgressEvent[]): Promise<{ added: number }>;
  /** Who recorded each of these accounts' events, as the documents' ids prove it (team sync), by event id. */
  authors(accountIds: readonly string[]): Promise<Record<string, Authorship>>;
  forAccounts(accountIds: readonly string[]): Promise<ProgressEvent[]>;
  page(after: string | null, limit: number): Promise<EventPage>;
  /** Events stored after `since` in the log's change feed (null: none, and where the feed is now). */
  since(since: number | string | null, limit: number): Promise<EventsSince>;
  /** Tells the tabs about events that arrived another way (a team pull). */
  announce(added: readonly ProgressEvent[]): Promise<void>;
}

/**
 * The background's side of the progress log: the only code that writes the event store. Drains
 * run one at a time; a flush asked for while one runs is served by the next, so every caller's
 * events are stored by the time its promise resolves.
 */
export const createEventService = (options: EventServiceOptions): EventService => {
  const { store, area } = options;
  let counter = 0;
  const random = options.random ?? (() => Math.random().toString(36).slice(2, 10));

  const announce = async (added: readonly ProgressEvent[]): Promise<void> => {
    if (!added.length) return;
    counter += 1;
    await area.set({ [CHANGES_KEY]: describeChanges(added, `${Date.now()}-${counter}-${random()}`) });
  };

  const clock = options.now ?? (() => new Date().toISOString());

  /**
   * `own`: recorded in this browser (the outbox), so stamped here with the team-sync user and
   * dated no later than this clock (a page cannot date a tick ahead to make it win "latest wins").
   */
  const storeEvents = async (events: readonly ProgressEvent[], own: boolean): Promise<ProgressEvent[]> => {
    if (!events.length) return [];
    const owner = own ? await options.owner?.() : undefined;
    const nowIso = clock();
    const nowMs = Date.parse(nowIso);
    const stamped = own ? events.map((event) => (Date.parse(event.at) > nowMs ? { ...event, at: nowIso } : event)) : events;
    const { added } = await store.append(stamped, owner);
    if (own && owner && options.ownStored) await options.ownStored(stamped.map((event) => eventDocId(event, owner)));
    if (added.length) {
      await announce(added);
      options.onAdded?.(added);
    }
    return added;
  };

  const drain = async (): Promise<{ added: number }> => {
    const outbox = await readOutbox(area);
    if (outbox.invalid.length) await options.setAside?.(outbox.invalid);
    // Stored first, removed after: a stop in between leaves a replay, which is a no-op.
    const added = await storeEvents(outbox.events, true);
    const done = [...outbox.keys, ...outbox.invalid.map((entry) => entry.key)];
    if (done.length) await area.remove(done);
    return { added: added.length };
  };

  let running: Promise<unknown> = Promise.resolve();
  let queued: Promise<{ added: number }> | null = null;
  const flush = (): Promise<{ added: number }> => {
    // A drain not yet started will read the outbox after this call's writes: share it.
    if (queued) return queued;
    const next = running.then(
      () => {
        queued = null;
        return drain();
      },
      () => {
        queued = null;
        return drain();
      },
    );
    queued = next;
    running = next.catch(() => undefined);
    return next;
  };

  return {
    flush,
    append: async (events) => ({ added: (await storeEvents(events, false)).length }),
    authors: (accountIds) => store.authors(accountIds),
    forAccounts: (accountIds) => store.forAccounts(accountIds),
    page: (after, limit) => store.page(after, limit),
    since: (since, limit) => store.since(since, limit),
    announce,
  };
};
