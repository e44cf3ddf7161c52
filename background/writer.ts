import { failure } from '../lib/messages/protocol';
import { eventId, randomSuffix } from '../lib/store/ids';
import { ITEM_NAMES, type ItemName, type ItemTypes, type StorageItems, type StoreItem } from '../lib/store/items';
import type { WriterItem } from '../lib/store/items/storage-items';
import type { ProgressEvent } from '../lib/core/progress/events';
import type { AccountProfile, ProfileFacts } from '../lib/core/profile/schema';
import { boundQuarantine } from '../lib/store/quarantine-bounds';
import { readItem, type Inspection } from '../lib/store/read';
import type { QuarantineEntry } from '../lib/store/items/quarantine';
import type { EventService } from './events/service';
import { eventHandlers } from './handlers/events';
import { itemHandlers } from './handlers/items';
import { syncHandlers } from './handlers/sync';
import { NewerVersionError } from './newer-version';
import { createRouter, type Handlers, type Router } from './router';
import type { TeamSync } from './sync/team-sync';

export type { Sender } from '../lib/messages/senders';

export interface WriterOptions {
  /** Items defined with `createStorageItems('writer')`. */
  items: StorageItems<WriterItem>;
  /** `browser.runtime.id`: only this extension's own contexts may write. */
  runtimeId: string;
  /** The browser's IANA zone, for settings first saved from this browser. */
  timeZone: string;
  now?: () => string;
  random?: () => string;
  /** The progress log (IndexedDB); event messages are answered from it. */
  events?: EventService;
  /** Team sync: answers the `sync/*` messages; absent, they say it is unavailable. */
  sync?: TeamSync;
  /** The handlers of the worker's other parts (tab services, the reminder); absent, they say unavailable. */
  handlers?: Pick<Handlers, 'app/load' | 'options/open' | 'my-day/reminder'>;
}

export { NewerVersionError } from './newer-version';

/** What the item handlers (background/handlers/items.ts) use: each call runs inside the queue. */
export interface ItemWriter {
  items: StorageItems<WriterItem>;
  /** The item's readable value; unreadable parts are set aside on the way. Throws NewerVersionError. */
  load<N extends ItemName>(name: N): Promise<ItemTypes[N]>;
  write<N extends ItemName>(si: StoreItem<N, WriterItem>, value: ItemTypes[N]): Promise<void>;
  /** Sets an item's unreadable parts aside; how many. */
  check(name: ItemName): Promise<number>;
  now(): string;
  /** The browser's IANA zone, for settings first saved from this browser. */
  timeZone: string;
}

/**
 * The worker's storage writer and, through its router (background/router.ts), the one listener
 * every message goes to: `handle`/`listener` route to the item, event, sync, tab and reminder handlers.
 */
export interface Writer extends Router {
  /** Checks every item and sets unreadable data aside; returns how many values were set aside (0 when storage failed). */
  checkAll(): Promise<number>;
  /** The v1 log kept in chrome.storage (`local:events`), unreadable entries set aside; for the migration. */
  readLegacyEvents(): Promise<ProgressEvent[]>;
  /** Keeps values that could not be read (e.g. outbox entries) in the quarantine, with why. */
  setAside(key: string, entries: Array<{ path?: string; value: unknown; issues: string[] }>): Promise<void>;
  /** Runs a task in the write queue (after every write already queued). */
  enqueue<T>(task: () => Promise<T>): Promise<T>;
  /** Merges observations into the profiles, as `profiles/observe` does (team sync's pulled account cards). */
  observeProfiles(observations: Array<{ accountId: string; facts: Partial<ProfileFacts>; orgHost?: string }>): Promise<number>;
  /** The stored account profiles (team sync's account cards are made from them). */
  readProfiles(): Promise<Record<string, AccountProfile>>;
}

/** Without the worker's other parts (a unit test's writer), their messages say so. */
const NOT_HERE = () => Promise.resolve(failure('unavailable', 'Not available here'));
const unavailable: NonNullable<WriterOptions['handlers']> = { 'app/load': NOT_HERE, 'options/open': NOT_HERE, 'my-day/reminder': NOT_HERE };

const dedupeKey = (entry: Pick<QuarantineEntry, 'key' | 'path' | 'value'>): string =>
  `${entry.key}|${entry.path ?? ''}|${JSON.stringify(entry.value) ?? 'undefined'}`;

/**
 * The single writer of every stored item (in the background). Each message is parsed with the
 * protocol (by the router), and those that change an item run in one promise queue: read → change → write never interleave, so messages
 * from two tabs lose nothing. Pure-ish: all state lives in the storage items.
 */
export const createWriter = (options: WriterOptions): Writer => {
  const { items, runtimeId, timeZone } = options;
  const now = options.now ?? (() => new Date().toISOString());
  const random = options.random ?? randomSuffix;

  let tail: Promise<unknown> = Promise.resolve();
  const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
    const result = tail.then(task);
    tail = result.catch(() => undefined);
    return result;
  };

  const write = async <N extends ItemName>(si: StoreItem<N, WriterItem>, value: ItemTypes[N]): Promise<void> => {
    if (value === null) await si.item.removeValue();
    // Every quarantine write keeps it within its bounds (age, count, size).
    else if (si.name === 'quarantine') await si.item.setValue(boundQuarantine(value as QuarantineEntry[], now()) as ItemTypes[N]);
    else await si.item.setValue(value);
  };

  /** Moves the rejected parts to quarantine first, then keeps what is readable. Nothing is dropped. */
  const setAside = async <N extends ItemName>(
    si: StoreItem<N, WriterItem>,
    found: Extract<Inspection<ItemTypes[N]>, { status: 'repair' }>,
  ): Promise<number> => {
    const at = now();
    const entries: QuarantineEntry[] = found.rejected.map((r) => ({
      id: eventId(at, random),
      key: si.spec.key,
      ...(r.path !== undefined ? { path: r.path } : {}),
      at,
      reason: r.reason,
      version: r.version,
      issues: r.issues,
      value: r.value,
    }));
    const add = (existing: QuarantineEntry[]): QuarantineEntry[] => {
      const seen = new Set(existing.map(dedupeKey));
      return [...existing, ...entries.filter((e) => !seen.has(dedupeKey(e)) && (seen.add(dedupeKey(e)), true))];
    };
    if (si.name === 'quarantine') {
      await write(items.quarantine, add(found.value as QuarantineEntry[]));
    } else {
      const quarantine = await load('quarantine');
      await write(items.quarantine, add(quarantine));
      await write(si, found.value);
    }
    await si.item.setMeta({ v: si.spec.version });
    return entries.length;
  };

  /** The item's readable value; unreadable parts are set aside on the way. */
  async function load<N extends ItemName>(name: N): Promise<ItemTypes[N]> {
    const si = items[name] as StoreItem<N, WriterItem>;
    const found = await readItem(si);
    if (found.status === 'newer') throw new NewerVersionError(si.spec.label);
    if (found.status === 'repair') await setAside(si, found);
    return found.value;
  }

  const check = async (name: ItemName): Promise<number> => {
    const si = items[name];
    const found = await readItem(si);
    return found.status === 'repair' ? setAside(si, found) : 0;
  };

  const writer: ItemWriter = { items, load, write, check, now, timeZone };
  const { 'profiles/observe': observeMany } = itemHandlers(writer);
  const router = createRouter({
    runtimeId,
    enqueue,
    handlers: {
      ...itemHandlers(writer),
      ...eventHandlers(options.events),
      ...syncHandlers(options.sync),
      ...(options.handlers ?? unavailable),
    },
  });
  return {
    handle: router.handle,
    listener: router.listener,
    // The background calls this at start with `void`: it must never reject (a full storage or
    // a storage error here would be an unhandled rejection in the service worker).
    checkAll: () =>
      enqueue(async () => {
        let total = 0;
        // The v1 event log is checked by its migration (readLegacyEvents), once.
        for (const name of ITEM_NAMES) if (name !== 'events') total += await check(name);
        return total;
      }).catch(() => 0),
    readLegacyEvents: () => enqueue(() => load('events')),
    setAside: (key, rejected) =>
      enqueue(async () => {
        if (!rejected.length) return;
        const at = now();
        const quarantine = await load('quarantine');
        const seen = new Set(quarantine.map(dedupeKey));
        const entries: QuarantineEntry[] = rejected
          .map((r) => ({
            id: eventId(at, random),
            key,
            ...(r.path !== undefined ? { path: r.path } : {}),
            at,
            reason: 'unreadable' as const,
            version: 1,
            issues: r.issues.slice(0, 20),
            value: r.value,
          }))
          .filter((entry) => !seen.has(dedupeKey(entry)) && (seen.add(dedupeKey(entry)), true));
        if (entries.length) await write(items.quarantine, [...quarantine, ...entries]);
      }),
    enqueue,
    observeProfiles: async (observations) => {
      if (!observations.length) return 0;
      const result = await enqueue(() => observeMany({ type: 'profiles/observe', observations }, { sender: { id: runtimeId }, kind: 'extension-page' }));
      return result.ok ? result.changed : 0;
    },
    readProfiles: () => enqueue(() => load('profiles')),
  };
};
