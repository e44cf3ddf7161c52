import { createStore, type StoreApi } from 'zustand/vanilla';
import type { EngineSettings } from '../core/engine/types';
import type { EmailKind } from '../core/facts/page-facts';
import { runtimeTransport, sendMessage, type Transport } from '../messages/client';
import { failure, type Message, type MessageOf, type ResponseTo } from '../messages/protocol';
import { BUILTIN_PLAYBOOK } from '../core/playbook/builtin';
import type { Playbook } from '../core/playbook/schema';
import { overlayPlaybook } from '../core/playbook/overlay';
import { parsePlaybook } from '../core/playbook/validate';
import { mergeProfile, type ObservedFacts } from '../core/profile/merge';
import type { AccountProfile } from '../core/profile/schema';
import { deriveProgress, progressEventSchema, type AccountProgress, type ProgressEvent } from '../core/progress/events';
import { applyManaged } from '../settings/managed';
import { readManagedPolicy } from '../settings/read-managed';
import {
  defaultSettings,
  toAdapterSettings,
  toEngineSettings,
  type Settings,
  type SettingsPatch,
} from '../settings/schema';
import type { AdapterSettings } from '../sites/types';
import { eventId, randomSuffix } from './ids';
import { getReaderItems, ITEM_NAMES, type ItemName, type ItemTypes, type StorageItems } from './items';
import { browser } from 'wxt/browser';
import { createEventMirror, type ChangeSource } from './event-mirror';
import type { OutboxArea } from '../events/outbox';
import { DISK_FULL, STORAGE_FULL } from './quota';
import { readItem, type Inspection } from './read';
import { applyThreadChoice } from './thread-choices';
import type { QuarantineEntry, SetupStep, StoredPlaybook, ThreadChoice, UiState } from './schemas';

/** Something the UI should tell the user (the sidebar and options page show these). */
export interface Notice {
  id: 'set-aside' | 'newer-version' | 'playbook-invalid' | 'storage-full' | 'disk-full';
  level: 'warning' | 'error';
  text: string;
  details?: string[];
}

export const NOTICE_TEXT = {
  'set-aside': 'Some saved data could not be read and was set aside.',
  'newer-version':
    'Some data was saved by a newer version of CSM Guide. Update the extension to change it; until then it is read-only here.',
  'playbook-invalid': 'The imported playbook could not be used, so the built-in playbook is shown.',
  'storage-full': STORAGE_FULL,
  'disk-full': DISK_FULL,
} as const satisfies Record<Notice['id'], string>;

/** The playbook in force: the imported one when it parses, else the built-in one. */
export interface ActivePlaybook {
  playbook: Playbook;
  source: 'builtin' | 'imported';
  /** Import warnings (rules of the catalogue that the imported playbook leaves out). */
  warnings: string[];
  /** Why a stored imported playbook is not used (then `source` is `builtin`). */
  errors: string[];
  imported: { importedAt: string; source?: string } | null;
}

export interface CsmActions {
  /** Ticks or unticks a manual checklist item. */
  toggleItem(accountId: string, ruleId: string, done: boolean): Promise<ResponseTo<'progress/append'>>;
  /** Contact log: the email or call of one day was made (or not). */
  logContact(accountId: string, day: string, channel: 'email' | 'call', done: boolean): Promise<ResponseTo<'progress/append'>>;
  /** Puts the account in a lifecycle branch (or out of it with `null`). */
  setBranch(
    accountId: string,
    branch: 'unresponsive' | 'escalation' | null,
    since?: string,
  ): Promise<ResponseTo<'progress/append'>>;
  /** Adds events as they are (the dashboard's import). Idempotent by event id. */
  appendEvents(events: ProgressEvent[]): Promise<ResponseTo<'progress/append'>>;
  /**
   * Follows these accounts' progress (a tab: the accounts it shows) or every account (the
   * dashboard). Only followed accounts' events are read and kept here.
   */
  watchAccounts(accountIds: readonly string[] | 'all'): Promise<void>;
  /** Facts a page taught; nothing is sent when they would not change the stored profile. */
  observeFacts(accountId: string, facts: ObservedFacts, orgHost?: string): Promise<ResponseTo<'profile/observe'>>;
  /** Many accounts' facts in one write (the dashboard's import). */
  observeMany(
    observations: Array<{ accountId: string; facts: ObservedFacts; orgHost?: string }>,
  ): Promise<ResponseTo<'profiles/observe'>>;
  /**
   * The CSM's account/email-kind choice for an email, stored under a key that outlives the page
   * (ComposeFacts.choiceKey) with the digest of the recipients it is for: undefined = keep, null = clear.
   */
  setThreadChoice(
    key: string,
    choice: { accountId?: string | null; kind?: EmailKind | null },
    recipients: string,
  ): Promise<ResponseTo<'threads/set'>>;
  /** The same for a compose with no such key: kept in this tab's memory for that compose only. */
  setMemoryThreadChoice(composeId: string, choice: { accountId?: string | null; kind?: EmailKind | null }, recipients: string): void;
  setUi(patch: MessageOf<'ui/set'>['patch']): Promise<ResponseTo<'ui/set'>>;
  saveSettings(patch: SettingsPatch): Promise<ResponseTo<'settings/set'>>;
  /** Imports a playbook (validated by the background), or `null` for the built-in one. */
  importPlaybook(playbook: Record<string, unknown> | null, source?: string): Promise<ResponseTo<'playbook/set'>>;
  /** The user read the notices: quarantine entries are marked seen (their values stay kept). */
  dismissNotices(): Promise<void>;
}

export interface CsmState {
  /** False until every item was read once. */
  loaded: boolean;
  /** The followed accounts' stored events plus the acknowledged ones still on their way to the store. */
  events: ProgressEvent[];
  /** Ids of `events` not yet stored (shown as "saving"). */
  pending: ReadonlySet<string>;
  /** Whether an account's stored events have arrived (a new function whenever `events` changes). */
  eventsLoaded: (accountId: string) => boolean;
  profiles: Record<string, AccountProfile>;
  threads: Record<string, ThreadChoice>;
  /** Choices for composes with no key that outlives the page, by composeId; never stored. */
  memoryThreads: Record<string, ThreadChoice>;
  /** What the user saved; null = never saved. */
  savedSettings: Settings | null;
  /** In force: the saved settings (or defaults) with the enterprise policy applied. */
  settings: Settings;
  /** Settings paths the policy sets (see applyManaged). */
  locked: string[];
  playbook: ActivePlaybook;
  ui: UiState;
  quarantine: QuarantineEntry[];
  /** The CSM's one-time setup steps (rules with scope 'csm'), done once for every account. */
  setup: Record<string, SetupStep>;
  notices: Notice[];
  actions: CsmActions;
}

export type CsmStore = StoreApi<CsmState> & {
  /** Resolves once every item was read (and the policy loaded). */
  ready: Promise<void>;
  /** Resolves once every storage change seen so far has been read into the state. */
  idle(): Promise<void>;
  /** Stops watching storage. */
  destroy(): void;
};

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
const MIRRORED_ITEMS = ITEM_NAMES.filter((name): name is Exclude<ItemName, 'events'> => name !== 'events');
type MirroredItem = (typeof MIRRORED_ITEMS)[number];

// ---------------------------------------------------------------------------------------------
// Selectors. Each returns the same reference while its inputs are unchanged (safe for React).

const progressCache = new WeakMap<readonly ProgressEvent[], Map<string, AccountProgress>>();
const csmRulesCache = new WeakMap<Playbook, string[]>();
/** The playbook's rules with scope 'csm' (one-time setup per CSM). */
const csmScopedRules = (playbook: Playbook): string[] => {
  let ids = csmRulesCache.get(playbook);
  if (!ids) csmRulesCache.set(playbook, (ids = playbook.rules.filter((rule) => rule.scope === 'csm').map((rule) => rule.id)));
  return ids;
};
export const isCsmScoped = (playbook: Playbook, ruleId: string): boolean => csmScopedRules(playbook).includes(ruleId);

const withSetupCache = new WeakMap<AccountProgress, { setup: Record<string, SetupStep>; progress: AccountProgress }>();
/**
 * One account's checklist progress, derived from the event log; the CSM's one-time setup steps
 * (rules with scope 'csm') come from `setup` when that is later than the account's own tick.
 */
export const selectProgress = (
  state: Pick<CsmState, 'events'> & Partial<Pick<CsmState, 'pending' | 'setup' | 'playbook'>>,
  accountId: string,
): AccountProgress => {
  let perAccount = progressCache.get(state.events);
  if (!perAccount) progressCache.set(state.events, (perAccount = new Map()));
  let progress = perAccount.get(accountId);
  // `pending` changes only together with `events` (a new array), so the cache key holds.
  if (!progress) perAccount.set(accountId, (progress = deriveProgress(state.events, accountId, state.pending)));
  const setup = state.setup;
  if (!setup || !state.playbook) return progress;
  const overlays = csmScopedRules(state.playbook.playbook).filter((id) => {
    const step = setup[id];
    const own = progress.items[id];
    return step && (!own || Date.parse(step.at) > Date.parse(own.at));
  });
  if (!overlays.length) return progress;
  const cached = withSetupCache.get(progress);
  if (cached?.setup === setup) return cached.progress;
  const items = { ...progress.items };
  for (const id of overlays) items[id] = { ...setup[id]! };
  const combined = { ...progress, items };
  withSetupCache.set(progress, { setup, progress: combined });
  return combined;
};
export const selectProfile = (state: Pick<CsmState, 'profiles'>, accountId: string): AccountProfile | null =>
  state.profiles[accountId] ?? null;
export const selectSettings = (state: Pick<CsmState, 'settings'>): Settings => state.settings;

const engineCache = new WeakMap<Settings, EngineSettings>();
export const selectEngineSettings = (state: Pick<CsmState, 'settings'>): EngineSettings => {
  let value = engineCache.get(state.settings);
  if (!value) engineCache.set(state.settings, (value = toEngineSettings(state.settings)));
  return value;
};
const adapterCache = new WeakMap<Settings, Map<string, AdapterSettings>>();
/** What the site adapters read on the org at `host` (same reference while the settings are unchanged). */
export const selectAdapterSettings = (state: Pick<CsmState, 'settings'>, host = ''): AdapterSettings => {
  let perHost = adapterCache.get(state.settings);
  if (!perHost) adapterCache.set(state.settings, (perHost = new Map()));
  let value = perHost.get(host);
  if (!value) perHost.set(host, (value = toAdapterSettings(state.settings, host || undefined)));
  return value;
};
export const selectPlaybook = (state: Pick<CsmState, 'playbook'>): Playbook => state.playbook.playbook;
export const selectNotices = (state: Pick<CsmState, 'notices'>): Notice[] => state.notices;

// ---------------------------------------------------------------------------------------------

let builtinCache: { raw: unknown; playbook: Playbook } | undefined;
const parseBuiltin = (raw: unknown): Playbook => {
  if (builtinCache && builtinCache.raw === raw) return builtinCache.playbook;
  const parsed = parsePlaybook(raw);
  if (!parsed.ok) throw new Error(`The built-in playbook is invalid: ${parsed.errors.join('; ')}`);
  builtinCache = { raw, playbook: parsed.playbook };
  return parsed.playbook;
};

const activePlaybook = (stored: StoredPlaybook | null, builtin: unknown): ActivePlaybook => {
  const fallback = (errors: string[]): ActivePlaybook => ({
    playbook: parseBuiltin(builtin),
    source: 'builtin',
    warnings: [],
    errors,
    imported: stored ? { importedAt: stored.importedAt, ...(stored.source ? { source: stored.source } : {}) } : null,
  });
  if (!stored) return fallback([]);
  const parsed = parsePlaybook(stored.playbook);
  if (!parsed.ok) return fallback(parsed.errors);
  return {
    playbook: overlayPlaybook(parseBuiltin(builtin), parsed.playbook),
    source: 'imported',
    warnings: parsed.warnings,
    errors: [],
    imported: { importedAt: stored.importedAt, ...(stored.source ? { source: stored.source } : {}) },
  };
};

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
  const now = options.now ?? (() => new Date().toISOString());
  const random = options.random ?? randomSuffix;
  const timeZone = options.timeZone ?? 'UTC';
  const builtin = options.builtinPlaybook ?? BUILTIN_PLAYBOOK;
  /** Set while the last write failed because storage (or the disk) is full; cleared by the next success. */
  let storageFull: typeof STORAGE_FULL | typeof DISK_FULL | null = null;
  const noteResponse = (response: { ok: boolean; error?: string }) => {
    const full = !response.ok && (response.error === STORAGE_FULL || response.error === DISK_FULL) ? (response.error as typeof STORAGE_FULL) : null;
    if (full !== storageFull && (full || response.ok)) {
      storageFull = full;
      publish('notices');
    }
  };
  const send = async <M extends Message>(message: M) => {
    const response = await sendMessage(message, transport);
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

  const effectiveSettings = (): { settings: Settings; locked: string[] } => {
    const { settings, locked } = applyManaged(stored.settings ?? defaultSettings(timeZone), managed);
    return { settings, locked };
  };

  const notices = (playbook: ActivePlaybook): Notice[] => {
    const list: Notice[] = [];
    const setAside = new Set<string>([...unreadable].map((name) => items[name].spec.label));
    for (const entry of stored.quarantine) {
      if (entry.dismissed) continue;
      const name = ITEM_NAMES.find((n) => items[n].spec.key === entry.key);
      setAside.add(name ? items[name].spec.label : entry.key);
    }
    if (setAside.size) list.push({ id: 'set-aside', level: 'warning', text: NOTICE_TEXT['set-aside'], details: [...setAside] });
    if (newer.size)
      list.push({
        id: 'newer-version',
        level: 'warning',
        text: NOTICE_TEXT['newer-version'],
        details: [...newer].map((name) => items[name].spec.label),
      });
    if (playbook.errors.length)
      list.push({ id: 'playbook-invalid', level: 'error', text: NOTICE_TEXT['playbook-invalid'], details: playbook.errors.slice(0, 10) });
    // Ticks and learned facts are not being saved: say so until a write succeeds again.
    if (storageFull === STORAGE_FULL) list.push({ id: 'storage-full', level: 'error', text: NOTICE_TEXT['storage-full'] });
    if (storageFull === DISK_FULL) list.push({ id: 'disk-full', level: 'error', text: NOTICE_TEXT['disk-full'] });
    return list;
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
      if (!checked.success) return failure('Not a valid checklist event', checked.error.issues.map((i) => i.message));
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
    actions,
  }));

  const ready = (async () => {
    const loadManaged = options.loadManaged ?? readManagedPolicy;
    await Promise.all([
      ...MIRRORED_ITEMS.map((name) => refresh(name)),
      idle(),
      loadManaged().then(
        (policy) => {
          managed = policy;
          publish('managed');
        },
        () => undefined,
      ),
    ]);
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
