import { browser } from 'wxt/browser';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { activePlaybook, type ActivePlaybook } from '../core/playbook/active';
import { BUILTIN_PLAYBOOK } from '../core/playbook/builtin';
import { mergeProfile } from '../core/profile/merge';
import { progressEventSchema, type ProgressEvent } from '../core/progress/events';
import type { OutboxArea } from '../events/outbox';
import { failure, type Failure } from '../messages/failure';
import type { Message, ResponseTo } from '../messages/protocol';
import { runtimeTransport, sendChecked, type MessageCheck, type Transport } from '../messages/send';
import { siteTabMessageSchema } from '../messages/site-tab';
import { applyManaged } from '../settings/managed';
import { DEFAULT_REMINDER, readReminder, REMINDER_KEY } from '../my-day/reminder';
import { readManagedPolicy } from '../settings/read-managed';
import { readSyncState, TEAM_SYNC_STATE_KEY } from '../sync/schema';
import { areaKey } from './keys';
import { defaultSettings, type Settings } from '../settings/schema';
import { createEventMirror, type ChangeSource } from './event-mirror';
import { endFirstReads, takeFirstRead } from './first-reads';
import { eventId, randomSuffix } from './ids';
import { ITEM_NAMES, type ItemName, type ItemTypes, type StorageItems } from './items';
import { getReaderItems } from './items/reader';
import { buildNotices, type Notice } from './notices';
import { DISK_FULL, STORAGE_FULL } from './quota';
import { readItem, type Inspection } from './read';
import { isCsmScoped } from './selectors';
import type { CsmActions, CsmState, CsmStore } from './state';
import { applyThreadChoice } from './thread-choices';

/**
 * The store every page context holds (a tab's sidebar, the options page, the popup, the
 * dashboard) and its actions. Its state's shape is in state.ts, the selectors over it in
 * selectors.ts, the notices it shows in notices.ts and the playbook in force in
 * lib/core/playbook/active.ts.
 */
export interface CsmStoreOptions {
  /** Reader items (default: this context's). */
  items?: StorageItems;
  /** chrome.storage.local and its onChanged (default: the browser's): the outbox and change notices. */
  area?: OutboxArea;
  onChanged?: ChangeSource;
  /** Waits before asking an unreachable background again to store a tick. */
  retryDelays?: readonly number[];
  /** How messages reach the background (default runtime.sendMessage). */
  transport?: Transport;
  /**
   * The messages this context may send, checked before they go. Default: a tab's
   * (`siteTabMessageSchema`), so the sidebar's bundle carries no other message's schema; the
   * extension pages pass every message (`messageSchema`), the settings and imports included.
   */
  messages?: MessageCheck;
  now?: () => string;
  random?: () => string;
  /** The browser's IANA zone, used until the user saves settings. Entrypoints pass `Intl`'s. */
  timeZone?: string;
  /** The enterprise policy (default: chrome.storage.managed). */
  loadManaged?: () => Promise<unknown>;
  /**
   * Chrome's own answer, when `loadManaged` gave the worker's last copy first (issue 25: at a
   * browser start chrome.storage.managed answers after ~2 s): applied when it comes.
   */
  managedLater?: Promise<unknown>;
  /** The fallback playbook (default: the built-in one). */
  builtinPlaybook?: unknown;
}

/** The items a context mirrors: all but the v1 event log, which only its migration reads. */
/** The worker's records pages show (their chrome.storage.local keys), mirrored beside the items. */
const [, REMINDER_STORAGE_KEY] = areaKey(REMINDER_KEY);
const WORKER_KEYS = [TEAM_SYNC_STATE_KEY, REMINDER_STORAGE_KEY] as const;

const MIRRORED_ITEMS = ITEM_NAMES.filter((name): name is Exclude<ItemName, 'events'> => name !== 'events');
type MirroredItem = (typeof MIRRORED_ITEMS)[number];

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * A zustand store that MIRRORS storage (no `persist`): it reads every item, re-reads an item
 * whenever `watch()` reports a change (so every tab and the dashboard stay in step), and its
 * actions only send messages — the background is the one writer. Ticks show at once: an event
 * is kept as pending until it appears in the stored log (or the background refuses it).
 */
export const createCsmStore = (options: CsmStoreOptions = {}): CsmStore => {
  const items = options.items ?? getReaderItems();
  const transport = options.transport ?? runtimeTransport;
  const messages = options.messages ?? siteTabMessageSchema;
  const now = options.now ?? (() => new Date().toISOString());
  const random = options.random ?? randomSuffix;
  const timeZone = options.timeZone ?? 'UTC';
  const builtin = options.builtinPlaybook ?? BUILTIN_PLAYBOOK;
  /** Set while the last write failed because storage (or the disk) is full; cleared by the next success. */
  let storageFull: typeof STORAGE_FULL | typeof DISK_FULL | null = null;
  const noteResponse = (response: { ok: true } | Failure) => {
    const full = response.ok ? null : response.reason === 'storage-full' ? STORAGE_FULL : response.reason === 'disk-full' ? DISK_FULL : null;
    if (full !== storageFull && (full || response.ok)) {
      storageFull = full;
      publish('notices');
    }
  };
  const send = async <M extends Message>(message: M) => {
    const response = await sendChecked(messages, message, transport);
    // Only a write that succeeds proves there is room again; a read proves nothing.
    if (message.type !== 'events/query' && message.type !== 'events/page') noteResponse(response);
    return response;
  };

  // What storage holds, as last read (validated).
  const stored: { [N in MirroredItem]: ItemTypes[N] } = {
    profiles: {},
    threads: {},
    settings: null,
    playbook: null,
    ui: items.ui.spec.fallback(),
    quarantine: [],
    setup: {},
  };
  let managed: unknown = {};
  /** Items this context found unreadable and asked the background to set aside. */
  const unreadable = new Set<ItemName>();
  const newer = new Set<ItemName>();
  const checking = new Set<ItemName>();

  const mirror = createEventMirror({
    send,
    area: options.area ?? (browser.storage.local as unknown as OutboxArea),
    onChanged: options.onChanged ?? (browser.storage.onChanged as unknown as ChangeSource),
    publish: () => publish('events'),
    ...(options.retryDelays ? { retryDelays: options.retryDelays } : {}),
  });

  // The worker's records pages show (sync state, the reminder): read once, then each change.
  const area = options.area ?? (browser.storage.local as unknown as OutboxArea);
  const onChanged = options.onChanged ?? (browser.storage.onChanged as unknown as ChangeSource);
  const workerState = (found: Record<string, unknown>): Partial<CsmState> => ({
    ...(TEAM_SYNC_STATE_KEY in found ? { syncState: readSyncState(found[TEAM_SYNC_STATE_KEY]) } : {}),
    ...(REMINDER_STORAGE_KEY in found ? { reminder: readReminder(found[REMINDER_STORAGE_KEY]) } : {}),
  });
  const onWorkerChange: Parameters<ChangeSource['addListener']>[0] = (changes, areaName) => {
    if (areaName !== 'local' || destroyed) return;
    const next = workerState(Object.fromEntries(Object.entries(changes).map(([key, change]) => [key, change.newValue])));
    if (Object.keys(next).length) store.setState(next);
  };
  onChanged.addListener(onWorkerChange);

  const effectiveSettings = (): { settings: Settings; locked: string[] } => {
    const { settings, locked } = applyManaged(stored.settings ?? defaultSettings(timeZone), managed);
    return { settings, locked };
  };

  const notices = (playbook: ActivePlaybook): Notice[] => {
    const setAside = new Set<string>([...unreadable].map((name) => items[name].spec.label));
    for (const entry of stored.quarantine) {
      if (entry.dismissed) continue;
      const name = ITEM_NAMES.find((n) => items[n].spec.key === entry.key);
      setAside.add(name ? items[name].spec.label : entry.key);
    }
    return buildNotices({
      setAside: [...setAside],
      newer: [...newer].map((name) => items[name].spec.label),
      playbookErrors: playbook.errors,
      storageFull,
    });
  };

  /** Recomputes the derived parts of the state that `changed` affects; keeps references otherwise. */
  const publish = (changed: ItemName | 'managed' | 'notices'): void => {
    const state = store.getState();
    const next: Partial<CsmState> = {};
    if (changed === 'events') {
      next.events = mirror.events();
      next.pending = mirror.pending();
      next.eventsLoaded = (accountId) => mirror.loaded(accountId);
    }
    if (changed === 'profiles') next.profiles = stored.profiles;
    if (changed === 'threads') next.threads = stored.threads;
    if (changed === 'ui') next.ui = stored.ui;
    if (changed === 'quarantine') next.quarantine = stored.quarantine;
    if (changed === 'setup') next.setup = stored.setup;
    if (changed === 'settings' || changed === 'managed') {
      const { settings, locked } = effectiveSettings();
      next.savedSettings = stored.settings;
      next.settings = sameJson(settings, state.settings) ? state.settings : settings;
      next.locked = sameJson(locked, state.locked) ? state.locked : locked;
    }
    if (changed === 'playbook') next.playbook = activePlaybook(stored.playbook, builtin);
    const list = notices(next.playbook ?? state.playbook);
    if (!sameJson(list, state.notices)) next.notices = list;
    store.setState(next);
  };

  /** Reads and requests in flight, so `idle()` can wait for the mirror to settle. */
  const inflight = new Set<Promise<void>>();
  const track = (work: Promise<unknown>): Promise<void> => {
    const done = work.then(
      () => undefined,
      () => undefined,
    );
    inflight.add(done);
    void done.then(() => inflight.delete(done));
    return done;
  };

  const apply = <N extends MirroredItem>(name: N, found: Inspection<ItemTypes[N]>): void => {
    stored[name] = found.value;
    if (found.status === 'newer') newer.add(name);
    else newer.delete(name);
    if (found.status === 'repair') {
      unreadable.add(name);
      if (!checking.has(name)) {
        checking.add(name);
        track(send({ type: 'storage/check', items: [name] }).then(() => void checking.delete(name)));
      }
    } else unreadable.delete(name);
    publish(name);
  };

  // A change re-reads the item (value and version together); only the latest read is applied.
  const generation = Object.fromEntries(MIRRORED_ITEMS.map((name) => [name, 0])) as Record<MirroredItem, number>;
  const refresh = (name: MirroredItem): Promise<void> => {
    const mine = ++generation[name];
    return track(
      readItem(items[name]).then((found) => {
        if (generation[name] === mine && !destroyed) apply(name, found as Inspection<ItemTypes[typeof name]>);
      }),
    );
  };
  const idle = async (): Promise<void> => {
    while (inflight.size) await Promise.all(inflight);
    await mirror.idle();
  };

  let destroyed = false;
  const unwatchers = MIRRORED_ITEMS.map((name) => items[name].item.watch(() => void refresh(name)));

  /** A tick, a contact or a branch: acknowledged once it is in the outbox (see event-mirror.ts). */
  const record = async (events: ProgressEvent[]): Promise<ResponseTo<'progress/append'>> => {
    const response = await mirror.record(events);
    noteResponse(response);
    return response;
  };
  const appendEvents = async (events: ProgressEvent[]): Promise<ResponseTo<'progress/append'>> => {
    for (const event of events) {
      const checked = progressEventSchema.safeParse(event);
      if (!checked.success) return failure('invalid', 'Not a valid checklist event', checked.error.issues.map((i) => i.message));
    }
    const response = await mirror.importEvents(events);
    noteResponse(response);
    return response;
  };

  const stamp = (accountId: string) => {
    const at = now();
    return { id: eventId(at, random), accountId, by: store.getState().settings.userName, at };
  };

  const actions: CsmActions = {
    toggleItem: async (accountId, ruleId, done) => {
      const event = { ...stamp(accountId), type: 'item' as const, ruleId, done };
      // A one-time setup step is the CSM's, not the account's: kept for every account, and still
      // logged on this account so the audit shows when it was done.
      if (isCsmScoped(store.getState().playbook.playbook, ruleId)) {
        const saved = await send({ type: 'setup/set', ruleId, done, by: event.by, at: event.at });
        if (!saved.ok) return saved;
      }
      return record([event]);
    },
    logContact: (accountId, day, channel, done) => record([{ ...stamp(accountId), type: 'contact', day, channel, done }]),
    setBranch: (accountId, branch, since) =>
      record([{ ...stamp(accountId), type: 'branch', branch, ...(since ? { since } : {}) }]),
    appendEvents,
    watchAccounts: (accountIds) => mirror.watch(accountIds),
    observeFacts: async (accountId, facts, orgHost) => {
      const current = stored.profiles[accountId];
      const merged = current && mergeProfile(current, facts, now());
      const unchanged = current
        ? (merged === current || sameJson(merged?.facts, current.facts)) && (!orgHost || current.orgHost === orgHost)
        : Object.values(facts).every((fact) => !fact?.known) && !orgHost;
      if (unchanged) return { ok: true, changed: false };
      return send({ type: 'profile/observe', accountId, facts, ...(orgHost ? { orgHost } : {}) });
    },
    observeMany: (observations) =>
      send({
        type: 'profiles/observe',
        observations: observations.map(({ accountId, facts, orgHost }) => ({ accountId, facts, ...(orgHost ? { orgHost } : {}) })),
      }),
    setThreadChoice: (key, choice, recipients) => send({ type: 'threads/set', key, ...choice, recipients, at: now() }),
    setMemoryThreadChoice: (composeId, choice, recipients) => {
      const memoryThreads = { ...store.getState().memoryThreads };
      const next = applyThreadChoice(memoryThreads[composeId], { ...choice, recipients, at: now() });
      if (next) memoryThreads[composeId] = next;
      else delete memoryThreads[composeId];
      store.setState({ memoryThreads });
    },
    setUi: (patch) => send({ type: 'ui/set', patch }),
    saveSettings: (patch) => send({ type: 'settings/set', patch }),
    importPlaybook: (playbook, source) => send({ type: 'playbook/set', playbook, ...(source ? { source } : {}) }),
    dismissNotices: async () => {
      const ids = stored.quarantine.filter((entry) => !entry.dismissed).map((entry) => entry.id);
      unreadable.clear();
      publish('notices');
      if (ids.length) await send({ type: 'quarantine/dismiss', ids });
    },
    showSyncState: (syncState) => store.setState({ syncState }),
  };

  const initialSettings = defaultSettings(timeZone);
  const store: StoreApi<CsmState> = createStore<CsmState>()(() => ({
    loaded: false,
    events: [],
    pending: new Set<string>(),
    eventsLoaded: () => false,
    profiles: {},
    threads: {},
    memoryThreads: {},
    savedSettings: null,
    settings: initialSettings,
    locked: [],
    playbook: activePlaybook(null, builtin),
    ui: stored.ui,
    quarantine: [],
    setup: {},
    notices: [],
    syncState: null,
    reminder: DEFAULT_REMINDER,
    actions,
  }));

  const ready = (async () => {
    const loadManaged = options.loadManaged ?? readManagedPolicy;
    await Promise.all([
      ...MIRRORED_ITEMS.map((name) => refresh(name)),
      idle(),
      track(
        ((options.area ? null : takeFirstRead('local', WORKER_KEYS)) ?? area.get([...WORKER_KEYS])).then((found) => {
          if (!destroyed) store.setState({ syncState: readSyncState(found[TEAM_SYNC_STATE_KEY]), ...workerState(found) });
        }),
      ),
      loadManaged().then(
        (policy) => {
          managed = policy;
          publish('managed');
        },
        () => undefined,
      ),
    ]);
    endFirstReads();
    if (!destroyed) store.setState({ loaded: true });
    void options.managedLater?.then((policy) => {
      if (destroyed || JSON.stringify(policy) === JSON.stringify(managed)) return;
      managed = policy;
      publish('managed');
    });
  })();

  return Object.assign(store, {
    ready,
    idle: async () => {
      await ready;
      await idle();
    },
    destroy() {
      destroyed = true;
      unwatchers.forEach((unwatch) => unwatch());
      onChanged.removeListener(onWorkerChange);
      mirror.destroy();
    },
  });
};

let defaultStore: CsmStore | undefined;
/**
 * This context's store, created on first use (the content script calls it only once a page
 * matched; the options page and dashboard at start). Options apply to the first call only.
 */
export const getCsmStore = (options?: CsmStoreOptions): CsmStore => (defaultStore ??= createCsmStore(options));
