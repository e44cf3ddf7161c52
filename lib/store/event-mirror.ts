import { CHANGES_KEY, eventChangesSchema } from '../events/changes';
import { isOutboxKey, readOutbox, writeOutbox, type OutboxArea } from '../events/outbox';
import { MAX_ACCOUNTS_PER_QUERY, MAX_EVENTS_PER_MESSAGE } from '../messages/defs/events';
import { failure, type Failure } from '../messages/failure';
import type { Message, ResponseTo } from '../messages/protocol';
import { askUntilReached, REACH_RETRY_MS } from '../messages/reach';
import { createDeltaLog, tagSnapshot } from '../audit/event-log-delta';
import { progressEventSchema, type ProgressEvent } from '../core/progress/events';
import { quotaFailure, STORAGE_FULL } from './quota';

type Send = <M extends Message>(message: M) => Promise<ResponseTo<M['type']>>;

/** chrome.storage.onChanged, as much as the mirror needs. */
export interface ChangeSource {
  addListener(listener: (changes: Record<string, { newValue?: unknown }>, areaName: string) => void): void;
  removeListener(listener: (changes: Record<string, { newValue?: unknown }>, areaName: string) => void): void;
}

export interface EventMirrorOptions {
  send: Send;
  /** chrome.storage.local: the outbox. */
  area: OutboxArea;
  onChanged: ChangeSource;
  /** Called whenever `events()` or `pending()` changed. */
  publish: () => void;
  /** Waits before asking a background that did not answer again (tests pass a fast one). */
  retryDelays?: readonly number[];
}

export interface EventMirror {
  /** The stored events of the watched accounts plus the pending ones (same reference until a change). */
  events(): ProgressEvent[];
  /** Ids of events acknowledged here but not yet in the store. */
  pending(): ReadonlySet<string>;
  /** Whether this account's stored events have arrived (until then its ticks may be stale). */
  loaded(accountId: string): boolean;
  /** Starts following these accounts (or every account: the dashboard); resolves once their events are here. */
  watch(accountIds: readonly string[] | 'all'): Promise<void>;
  /** A tick: written to the durable outbox, then stored by the background. */
  record(events: ProgressEvent[]): Promise<ResponseTo<'events/flush'>>;
  /** A dashboard import, straight to the background (the bundle stays as the user's copy). */
  importEvents(events: ProgressEvent[]): Promise<ResponseTo<'progress/append'>>;
  idle(): Promise<void>;
  destroy(): void;
}

/**
 * A context's view of the progress log: only the accounts it shows (a tab) or all of them (the
 * dashboard), never the whole log per change. The background announces each stored batch through
 * chrome.storage (lib/events/changes.ts); another tab's tick shows here as soon as it reaches
 * that tab's outbox. Events are immutable, so every merge is a union by id and order never matters.
 */
export const createEventMirror = (options: EventMirrorOptions): EventMirror => {
  const { send, area } = options;
  const retryDelays = options.retryDelays ?? REACH_RETRY_MS;
  const stored = new Map<string, ProgressEvent>();
  const pendingEvents = new Map<string, ProgressEvent>();
  const watched = new Set<string>();
  /** Accounts whose stored events arrived (or were asked for until the background gave up). */
  const loadedIds = new Set<string>();
  let allLoaded = false;
  let all = false;
  let destroyed = false;
  let snapshot: ProgressEvent[] = [];
  let pendingIds: ReadonlySet<string> = new Set();
  let dirty = false;
  // What changed since the last snapshot, for readers that follow changes (event-log-delta.ts).
  const log = createDeltaLog();
  let version = 0;
  let added: ProgressEvent[] = [];
  let removed: string[] = [];

  const watching = (accountId: string): boolean => all || watched.has(accountId);

  const changed = () => {
    dirty = true;
    options.publish();
  };
  const rebuild = () => {
    if (!dirty) return;
    dirty = false;
    for (const id of pendingEvents.keys()) if (stored.has(id)) pendingEvents.delete(id);
    snapshot = pendingEvents.size ? [...stored.values(), ...pendingEvents.values()] : [...stored.values()];
    pendingIds = new Set(pendingEvents.keys());
    version += 1;
    log.push(version, { added, removed });
    tagSnapshot(snapshot, log, version);
    added = [];
    removed = [];
  };
  /** An event acknowledged here, not stored yet. */
  const addPending = (event: ProgressEvent): void => {
    if (!stored.has(event.id) && !pendingEvents.has(event.id)) added.push(event);
    pendingEvents.set(event.id, event);
  };

  const addStored = (events: readonly ProgressEvent[]): boolean => {
    let news = false;
    for (const event of events)
      if (watching(event.accountId) && !stored.has(event.id)) {
        // Pending until now: already in the snapshot (events are immutable, so nothing changes).
        if (!pendingEvents.has(event.id)) added.push(event);
        stored.set(event.id, event);
        news = true;
      }
    return news;
  };

  const inflight = new Set<Promise<unknown>>();
  const track = <T>(work: Promise<T>): Promise<T> => {
    inflight.add(work);
    void work.finally(() => inflight.delete(work)).catch(() => undefined);
    return work;
  };

  /**
   * Asks again while the background is unreachable (a worker starting up); a refusal (disk full)
   * is final here.
   */
  const ask = <R extends { ok: true } | Failure>(request: () => Promise<R>): Promise<R> =>
    askUntilReached(request, (response) => response.ok || response.reason !== 'unreachable', {
      delays: retryDelays,
      stop: () => destroyed,
    });

  const loadAccounts = async (accountIds: readonly string[]): Promise<void> => {
    for (let start = 0; start < accountIds.length; start += MAX_ACCOUNTS_PER_QUERY) {
      const batch = accountIds.slice(start, start + MAX_ACCOUNTS_PER_QUERY);
      const response = await ask(() => send({ type: 'events/query', accountIds: batch }));
      if (response.ok && addStored(response.events) && !destroyed) changed();
    }
  };
  /**
   * The whole log (the dashboard): where the log's change feed stands, then every page of it;
   * after that only what the feed adds (`follow`), each event once, whatever a notice named —
   * re-asking every named account's events per page of a team pull moved the same events
   * again and again.
   */
  let cursor: number | string | null = null;
  const loadAll = async (): Promise<void> => {
    // From the start of the feed: pages in the order events were stored (the fastest read the
    // background has), then whatever comes after.
    cursor = 0;
    await follow();
    if (cursor !== null || destroyed) return;
    // A background that cannot read its feed: the log's pages, then the named accounts per notice.
    let after: string | null = null;
    do {
      const response: ResponseTo<'events/page'> = await send({ type: 'events/page', after, limit: MAX_EVENTS_PER_MESSAGE });
      if (!response.ok) return;
      if (addStored(response.events) && !destroyed) changed();
      after = response.next;
    } while (after);
  };
  let following: Promise<void> | null = null;
  let followAgain = false;
  const follow = (): Promise<void> => {
    if (following) {
      followAgain = true;
      return following;
    }
    following = (async () => {
      do {
        followAgain = false;
        const ask = (since: number | string) => send({ type: 'events/since', since, limit: MAX_EVENTS_PER_MESSAGE });
        let next: Promise<ResponseTo<'events/since'>> | null = cursor !== null ? ask(cursor) : null;
        while (next && !destroyed) {
          const response: ResponseTo<'events/since'> = await next;
          if (!response.ok) {
            cursor = null;
            return;
          }
          cursor = response.seq;
          // The next page is read while this one is merged and shown.
          next = response.more ? ask(response.seq) : null;
          if (addStored(response.events) && !destroyed) changed();
        }
      } while (followAgain && !destroyed);
    })().finally(() => {
      following = null;
    });
    return following;
  };
  /** Another tab's acknowledged ticks (or this tab's after a reload) that the background has not stored yet. */
  const loadOutbox = async (): Promise<void> => {
    const outbox = await readOutbox(area, (event) => watching(event.accountId));
    let fresh = false;
    for (const event of outbox.events)
      if (!stored.has(event.id) && !pendingEvents.has(event.id)) {
        addPending(event);
        fresh = true;
      }
    if (fresh && !destroyed) changed();
    // The background normally drains at once; a leftover means it stopped before it could.
    if (outbox.events.length) void send({ type: 'events/flush' });
  };

  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName !== 'local' || destroyed) return;
    let touched = false;
    for (const [key, change] of Object.entries(changes)) {
      if (key === CHANGES_KEY) {
        const notice = eventChangesSchema.safeParse(change.newValue);
        if (!notice.success) continue;
        const { events, accounts } = notice.data;
        if (events) touched = addStored(events) || touched;
        else if (all && cursor !== null) void track(follow());
        else if (!accounts) void track(all ? loadAll() : loadAccounts([...watched]));
        else {
          const mine = all ? accounts : accounts.filter((id) => watched.has(id));
          if (mine.length) void track(loadAccounts(mine));
        }
      } else if (isOutboxKey(key) && change.newValue !== undefined) {
        const parsed = progressEventSchema.safeParse(change.newValue);
        if (parsed.success && watching(parsed.data.accountId) && !stored.has(parsed.data.id) && !pendingEvents.has(parsed.data.id)) {
          addPending(parsed.data);
          touched = true;
        }
      }
    }
    if (touched) changed();
  };
  options.onChanged.addListener(listener);

  const flushWithRetry = (): Promise<ResponseTo<'events/flush'>> => ask(() => send({ type: 'events/flush' }));

  const watch = (accountIds: readonly string[] | 'all'): Promise<void> => {
    if (accountIds === 'all') {
      if (all) return Promise.resolve();
      all = true;
      return track(
        Promise.all([loadAll(), loadOutbox()]).then(() => {
          allLoaded = true;
          if (!destroyed) changed();
        }),
      );
    }
    const fresh = accountIds.filter((id) => !watched.has(id));
    if (!fresh.length) return Promise.resolve();
    for (const id of fresh) watched.add(id);
    if (all) return Promise.resolve();
    return track(
      Promise.all([loadAccounts(fresh), loadOutbox()]).then(() => {
        // Marked even when the background never answered: the sidebar must not stay locked, and
        // a later notice still brings the events.
        for (const id of fresh) loadedIds.add(id);
        if (!destroyed) changed();
      }),
    );
  };

  return {
    events: () => (rebuild(), snapshot),
    pending: () => (rebuild(), pendingIds),
    loaded: (accountId) => allLoaded || loadedIds.has(accountId),
    watch,

    async record(events) {
      for (const event of events) {
        const checked = progressEventSchema.safeParse(event);
        if (!checked.success) return failure('invalid', 'Not a valid checklist event', checked.error.issues.map((i) => i.message));
      }
      // An account this context did not show yet: follow it, so its earlier events come along.
      void watch([...new Set(events.map((event) => event.accountId))]);
      for (const event of events) addPending(event);
      changed();
      try {
        await writeOutbox(area, events);
      } catch (error) {
        // Not acknowledged: the tick is taken back and the CSM told why.
        for (const event of events)
          if (pendingEvents.delete(event.id) && !stored.has(event.id)) {
            const index = added.indexOf(event);
            // Not in a snapshot yet: forgotten; otherwise the readers are told it left.
            if (index >= 0) added.splice(index, 1);
            else removed.push(event.id);
          }
        changed();
        const raw = error instanceof Error ? error.message : String(error);
        const quota = quotaFailure(error);
        return failure(quota?.reason ?? 'storage-full', quota?.text ?? STORAGE_FULL, [raw]);
      }
      const response = await track(flushWithRetry());
      if (response.ok) {
        // Stored: keep them even if the background's notice reaches this tab later.
        if (addStored(events)) changed();
        return response;
      }
      // Still in the outbox, so still pending: the background stores it when it can.
      if (response.reason === 'unreachable') return { ok: true, added: 0 };
      return response;
    },

    importEvents: (events) => send({ type: 'progress/append', events }),

    async idle() {
      while (inflight.size) await Promise.all([...inflight].map((work) => work.catch(() => undefined)));
    },

    destroy() {
      destroyed = true;
      options.onChanged.removeListener(listener);
    },
  };
};
