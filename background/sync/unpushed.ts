import { TEAM_SYNC_UNPUSHED_KEY } from '../../lib/sync/schema';

/** The slice of chrome.storage.local the index needs. */
export interface UnpushedArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/**
 * The ids of own documents (events and account cards) stored on this browser and not yet taken
 * by the team's server: what a push sends and what "N events waiting" counts. Kept as one small
 * list in chrome.storage.local, so neither needs to read the local log: with 300,000 team events
 * pulled, a filtered push or a change-feed count reads every one of them (they all come after the
 * push checkpoint), while this list holds a CSM's few unsent ticks.
 *
 * An own event is marked after it is stored and before its outbox entry is removed (background/events/service.ts):
 * a worker stopping in between replays the outbox entry, which marks it again (marking twice is
 * harmless, and pushing an event the server holds changes nothing there).
 *
 * `complete: false`: the list was started by this version on a browser whose older version kept
 * no list: the caller finds what waited before once the old way (the push checkpoint), then
 * calls `start` with it.
 */
export interface Unpushed {
  read(): Promise<{ ids: string[]; complete: boolean }>;
  add(ids: readonly string[]): Promise<void>;
  remove(ids: readonly string[]): Promise<void>;
  /** Adds what the old way found and marks the list complete. */
  start(ids: readonly string[]): Promise<void>;
}

export const createUnpushed = (area: UnpushedArea): Unpushed => {
  // One change at a time: a tick's mark and a push's removal must not overwrite each other.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const load = async (): Promise<{ ids: string[]; complete: boolean }> => {
    const raw = (await area.get(TEAM_SYNC_UNPUSHED_KEY))[TEAM_SYNC_UNPUSHED_KEY] as { ids?: unknown; complete?: unknown } | undefined;
    const ids = Array.isArray(raw?.ids) ? raw.ids.filter((id): id is string => typeof id === 'string') : [];
    return { ids, complete: raw?.complete === true };
  };
  const save = (ids: string[], complete: boolean) => area.set({ [TEAM_SYNC_UNPUSHED_KEY]: { ids, complete } });
  return {
    read: () => serial(load),
    add: (ids) =>
      serial(async () => {
        const list = await load();
        const known = new Set(list.ids);
        const fresh = [...new Set(ids)].filter((id) => !known.has(id));
        if (fresh.length) await save([...list.ids, ...fresh], list.complete);
      }),
    remove: (ids) =>
      serial(async () => {
        const list = await load();
        const gone = new Set(ids);
        const left = list.ids.filter((id) => !gone.has(id));
        if (left.length !== list.ids.length) await save(left, list.complete);
      }),
    start: (ids) =>
      serial(async () => {
        const list = await load();
        const known = new Set(list.ids);
        await save([...list.ids, ...[...new Set(ids)].filter((id) => !known.has(id))], true);
      }),
  };
};
