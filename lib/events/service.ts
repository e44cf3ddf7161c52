import type { ProgressEvent } from '../progress/events';
import { CHANGES_KEY, describeChanges } from './changes';
import type { EventPage, EventStore } from './event-store';
import { readOutbox, type OutboxArea } from './outbox';

export interface SetAside {
  key: string;
  value: unknown;
  issues: string[];
}

export interface EventServiceOptions {
  store: EventStore;
  /** chrome.storage.local (the outbox and the change notices live there). */
  area: OutboxArea;
  /** The team-sync account new events are recorded under, if team sync is set up. */
  owner?: () => Promise<string | undefined>;
  /** Called after events were stored (team sync pushes them). */
  onAdded?: (added: ProgressEvent[]) => void;
  /** Keeps unreadable outbox entries (the writer's quarantine). Must not throw. */
  setAside?: (entries: SetAside[]) => Promise<void>;
  random?: () => string;
}

export interface EventService {
  /** Moves everything in the outbox into the store; resolves once what was there at the call is stored. */
  flush(): Promise<{ added: number }>;
  /** Stores events directly (a bundle import, a migration); idempotent. */
  append(events: readonly ProgressEvent[]): Promise<{ added: number }>;
  forAccounts(accountIds: readonly string[]): Promise<ProgressEvent[]>;
  page(after: string | null, limit: number): Promise<EventPage>;
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

  const storeEvents = async (events: readonly ProgressEvent[]): Promise<ProgressEvent[]> => {
    if (!events.length) return [];
    const owner = await options.owner?.();
    const { added } = await store.append(events, owner);
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
    const added = await storeEvents(outbox.events);
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
    append: async (events) => ({ added: (await storeEvents(events)).length }),
    forAccounts: (accountIds) => store.forAccounts(accountIds),
    page: (after, limit) => store.page(after, limit),
    announce,
  };
};
