import { mergeProfile } from '../lib/core/profile/merge';
import { emptyProfile, type AccountProfile, type ProfileFacts } from '../lib/core/profile/schema';
import {
  failure,
  parseMessage,
  SYNC_MESSAGE_TYPES,
  type Failure,
  type Message,
  type MessageOf,
  type MessageType,
  type ResponseTo,
  type SyncMessage,
} from '../lib/messages/protocol';
import { parsePlaybook } from '../lib/core/playbook/validate';
import { defaultSettings, patchSettings } from '../lib/settings/schema';
import { eventId, randomSuffix } from '../lib/store/ids';
import { mayHandle, senderKind, type Sender } from '../lib/messages/senders';
import { ITEM_NAMES, type ItemName, type ItemTypes, type StorageItems, type StoreItem } from '../lib/store/items';
import { StoreFullError } from './events/event-store';
import type { EventService } from './events/service';
import type { ProgressEvent } from '../lib/core/progress/events';
import { DISK_FULL, quotaProblem } from '../lib/store/quota';
import { boundQuarantine } from '../lib/store/quarantine-bounds';
import { readItem, type Inspection } from '../lib/store/read';
import type { QuarantineEntry } from '../lib/store/schemas';
import { toStoredFacts } from '../lib/core/profile/stored-facts';
import { applyThreadChoice, pruneThreadChoices } from '../lib/store/thread-choices';

export type { Sender } from '../lib/messages/senders';

export interface WriterOptions {
  /** Items defined with `createStorageItems('writer')`. */
  items: StorageItems;
  /** `browser.runtime.id`: only this extension's own contexts may write. */
  runtimeId: string;
  /** The browser's IANA zone, for settings first saved from this browser. */
  timeZone: string;
  now?: () => string;
  random?: () => string;
  /** The progress log (IndexedDB); event messages are answered from it. */
  events?: EventService;
  /** Team sync (lib/sync): answers the `sync/*` messages; absent, they fail. */
  sync?: (message: SyncMessage) => Promise<ResponseTo<SyncMessage['type']>>;
}

/** Thrown when an item was written by a newer CSM Guide: this version must not overwrite it. */
export class NewerVersionError extends Error {
  constructor(readonly label: string) {
    super(`Your ${label} were saved by a newer version of CSM Guide. Update the extension to change them.`);
  }
}

export interface Writer {
  /**
   * Handles one runtime message: the response, or `undefined` (no response at all) when the
   * sender is not this extension or the message is not in the protocol.
   */
  handle(message: unknown, sender: Sender | undefined): Promise<ResponseTo<MessageType>> | undefined;
  /** `runtime.onMessage` listener (sendResponse style, which Chrome, the polyfill and fakeBrowser all accept). */
  listener(message: unknown, sender: Sender, sendResponse: (response: unknown) => void): true | undefined;
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

const NOT_FROM_A_PAGE = 'Only CSM Guide’s own pages (options, dashboard) may do this; a page on a site may not.';

// Not run in the write queue: the progress log and team sync (network) keep their own order.
const EVENT_MESSAGES = new Set<MessageType>(['progress/append', 'events/flush', 'events/query', 'events/authors', 'events/page', ...SYNC_MESSAGE_TYPES]);

type Handlers = { [T in MessageType]: (message: MessageOf<T>) => Promise<ResponseTo<T>> };

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

const dedupeKey = (entry: Pick<QuarantineEntry, 'key' | 'path' | 'value'>): string =>
  `${entry.key}|${entry.path ?? ''}|${JSON.stringify(entry.value) ?? 'undefined'}`;

/**
 * The profile after an observation, or null when nothing would change. mergeProfile takes an
 * observation as new when it is as recent as the stored one, so the same page seen twice would
 * rewrite the profile; the content is compared instead.
 */
const observeInto = (
  profiles: Readonly<Record<string, AccountProfile>>,
  { accountId, orgHost, facts }: { accountId: string; orgHost?: string | undefined; facts: Partial<ProfileFacts> },
  at: string,
): AccountProfile | null => {
  const base = profiles[accountId] ?? emptyProfile(accountId, at);
  // Whoever sent them (a tab, an old bundle's import), contact names and addresses are not stored.
  let next = mergeProfile(base, toStoredFacts(facts), at);
  if (orgHost && next.orgHost !== orgHost) next = { ...next, orgHost, updatedAt: at };
  if (profiles[accountId] && (next === base || (next.orgHost === base.orgHost && sameJson(next.facts, base.facts)))) return null;
  if (!profiles[accountId] && !orgHost && Object.values(facts).every((fact) => !fact?.known)) return null;
  return next;
};

/**
 * The single writer of every stored item (in the background). Each message is parsed with the
 * protocol, then run in one promise queue: read → change → write never interleave, so messages
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

  const write = async <N extends ItemName>(si: StoreItem<N>, value: ItemTypes[N]): Promise<void> => {
    if (value === null) await si.item.removeValue();
    // Every quarantine write keeps it within its bounds (age, count, size).
    else if (si.name === 'quarantine') await si.item.setValue(boundQuarantine(value as QuarantineEntry[], now()) as ItemTypes[N]);
    else await si.item.setValue(value);
  };

  /** Moves the rejected parts to quarantine first, then keeps what is readable. Nothing is dropped. */
  const setAside = async <N extends ItemName>(
    si: StoreItem<N>,
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
    const si = items[name] as StoreItem<N>;
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

  const eventService = (): EventService => {
    if (!options.events) throw new Error('the progress log is not open');
    return options.events;
  };

  const syncHandler = <T extends SyncMessage['type']>(message: MessageOf<T>): Promise<ResponseTo<T>> => {
    if (!options.sync) return Promise.resolve(failure('Team sync is not available here'));
    return options.sync(message) as Promise<ResponseTo<T>>;
  };

  const handlers: Handlers = {
    'sync/configure': syncHandler,
    'sync/sign-in': syncHandler,
    'sync/sign-out': syncHandler,
    'sync/token': syncHandler,
    'sync/now': syncHandler,
    'sync/status': syncHandler,

    'progress/append': async ({ events }) => ({ ok: true, ...(await eventService().append(events)) }),
    'events/flush': async () => ({ ok: true, ...(await eventService().flush()) }),
    'events/query': async ({ accountIds }) => ({ ok: true, events: await eventService().forAccounts(accountIds) }),
    'events/authors': async ({ accountIds }) => ({ ok: true, authors: await eventService().authors(accountIds) }),
    'events/page': async ({ after, limit }) => ({ ok: true, ...(await eventService().page(after, limit)) }),

    'profile/observe': async ({ accountId, orgHost, facts }) => {
      const profiles = await load('profiles');
      const next = observeInto(profiles, { accountId, facts, ...(orgHost ? { orgHost } : {}) }, now());
      if (!next) return { ok: true, changed: false };
      await write(items.profiles, { ...profiles, [accountId]: next });
      return { ok: true, changed: true };
    },

    'profiles/observe': async ({ observations }) => {
      const profiles = { ...(await load('profiles')) };
      const at = now();
      let changed = 0;
      for (const observation of observations) {
        const next = observeInto(profiles, observation, at);
        if (next) {
          profiles[observation.accountId] = next;
          changed++;
        }
      }
      if (changed) await write(items.profiles, profiles);
      return { ok: true, changed };
    },

    'threads/set': async ({ key, accountId, kind, recipients, at }) => {
      const threads = await load('threads');
      const next = applyThreadChoice(threads[key], { accountId, kind, recipients, at });
      const rest = { ...threads };
      if (next) rest[key] = next;
      else delete rest[key];
      // Bounded on every write, so the item never grows past what one write trims.
      await write(items.threads, pruneThreadChoices(rest, now()));
      return { ok: true };
    },

    'setup/set': async ({ ruleId, done, by, at }) => {
      const setup = await load('setup');
      const current = setup[ruleId];
      // The later change wins, as between events (a tick from another tab may arrive late).
      if (current && Date.parse(current.at) > Date.parse(at)) return { ok: true };
      await write(items.setup, { ...setup, [ruleId]: { done, by, at } });
      return { ok: true };
    },

    'ui/set': async ({ patch }) => {
      const ui = { ...(await load('ui')) };
      if (patch.sidebarCollapsed !== undefined) ui.sidebarCollapsed = patch.sidebarCollapsed;
      if (patch.side) {
        const sides = { ...ui.sidebarSides };
        if (patch.side.side === null) delete sides[patch.side.site];
        else sides[patch.side.site] = patch.side.side;
        if (Object.keys(sides).length) ui.sidebarSides = sides;
        else delete ui.sidebarSides;
      }
      if (patch.sidebarWidth !== undefined) ui.sidebarWidth = patch.sidebarWidth;
      await write(items.ui, ui);
      return { ok: true };
    },

    'settings/set': async ({ patch }) => {
      const current = (await load('settings')) ?? defaultSettings(timeZone);
      await write(items.settings, patchSettings(current, patch));
      return { ok: true };
    },

    'playbook/set': async ({ playbook, source }) => {
      if (playbook === null) {
        await write(items.playbook, null);
        return { ok: true, warnings: [] };
      }
      const parsed = parsePlaybook(playbook);
      if (!parsed.ok) return failure('This playbook cannot be used', parsed.errors);
      await load('playbook'); // sets aside an unreadable stored one before it is replaced
      await write(items.playbook, {
        playbook: parsed.playbook as unknown as Record<string, unknown>,
        importedAt: now(),
        ...(source ? { source } : {}),
      });
      return { ok: true, warnings: parsed.warnings };
    },

    'quarantine/dismiss': async ({ ids }) => {
      const wanted = new Set(ids);
      const quarantine = await load('quarantine');
      let dismissed = 0;
      const next = quarantine.map((entry) => {
        if (!wanted.has(entry.id) || entry.dismissed) return entry;
        dismissed++;
        return { ...entry, dismissed: true };
      });
      if (dismissed) await write(items.quarantine, next);
      return { ok: true, dismissed };
    },

    'storage/check': async ({ items: names }) => {
      let setAsideCount = 0;
      for (const name of names ?? ITEM_NAMES) setAsideCount += await check(name);
      return { ok: true, setAside: setAsideCount };
    },
  };

  const dispatch = <T extends MessageType>(message: MessageOf<T>): Promise<ResponseTo<T>> =>
    (handlers[message.type] as (m: MessageOf<T>) => Promise<ResponseTo<T>>)(message);

  const handle: Writer['handle'] = (raw, sender) => {
    // Another extension, a page, or a content script on a host we do not serve: no answer at all.
    const kind = senderKind(sender, runtimeId);
    if (!kind) return undefined;
    const message: Message | null = parseMessage(raw);
    if (!message) return undefined;
    if (!mayHandle(kind, message.type)) return Promise.resolve(failure(NOT_FROM_A_PAGE));
    // The progress log has its own store and ordering (lib/events): a long import must not hold
    // up a settings change, nor a tick wait behind a profile write.
    const run = EVENT_MESSAGES.has(message.type) ? dispatch(message) : enqueue(() => dispatch(message));
    return run.catch((error: unknown): Failure => {
      if (error instanceof NewerVersionError) return failure(error.message);
      if (error instanceof StoreFullError) return failure(DISK_FULL, [error.message]);
      const raw = error instanceof Error ? error.message : String(error);
      // A full storage is the user's problem to solve, not a bug: say so in their words.
      const quota = quotaProblem(error);
      return quota ? failure(quota, [raw]) : failure(`CSM Guide could not save this: ${raw}`);
    });
  };

  return {
    handle,
    listener(message, sender, sendResponse) {
      const pending = handle(message, sender);
      if (!pending) return undefined;
      void pending.then(sendResponse);
      return true;
    },
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
      const result = await enqueue(() => dispatch({ type: 'profiles/observe', observations } as MessageOf<'profiles/observe'>));
      return result.ok ? result.changed : 0;
    },
    readProfiles: () => enqueue(() => load('profiles')),
  };
};
