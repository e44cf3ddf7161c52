import type { z } from 'zod';
import { storage, type StorageItemKey, type WxtStorageItem } from 'wxt/utils/storage';
import { PAGE_ONLY_FACTS, storedProfileSchema, UNKNOWN, type AccountProfile, type ProfileFacts } from '../core/profile/schema';
import { toStoredFacts } from '../core/profile/stored-facts';
import { progressEventSchema, type ProgressEvent } from '../core/progress/events';
import type { Settings } from '../settings/schema';
import {
  accountIdSchema,
  eventsV1,
  ITEM_NAMES,
  type ItemName,
  profilesV2,
  quarantineEntryV1,
  quarantineV1,
  settingsV4,
  setupRuleIdSchema,
  setupStepV1,
  setupV1,
  type SetupStep,
  storedPlaybookV1,
  threadChoiceV2,
  threadKeySchema,
  threadsV2,
  uiV3,
  type QuarantineEntry,
  type StoredPlaybook,
  type ThreadChoice,
  type UiState,
} from './schemas';

/** The sites there were when settings v2 and ui v2 shipped: their migrations produce those, whatever SITES holds today. */
const SITES_OF_V2 = { salesforce: true, gmail: true, outreach: true, medtrainer: true } as const;

/** The value type of each stored item once read and validated. */
export interface ItemTypes extends Record<ItemName, unknown> {
  events: ProgressEvent[];
  profiles: Record<string, AccountProfile>;
  threads: Record<string, ThreadChoice>;
  /** null = the user never saved settings (defaults with the browser's zone apply). */
  settings: Settings | null;
  /** null = the built-in playbook. */
  playbook: StoredPlaybook | null;
  ui: UiState;
  quarantine: QuarantineEntry[];
  setup: Record<string, SetupStep>;
}
export { ITEM_NAMES, type ItemName };

/** A collection is checked entry by entry, so one bad entry is set aside without the rest. */
export type Collection =
  | { kind: 'array'; entry: z.ZodType }
  | { kind: 'record'; key: z.ZodType<string>; entry: z.ZodType; check?: (key: string, value: unknown) => string | null };

export interface ItemSpec<T> {
  key: StorageItemKey;
  /** What the user would call it, for notices ("checklist progress"). */
  label: string;
  /** The current version; each version's shape is a schema in schemas.ts. */
  version: number;
  /** `n: v(n-1) → v(n)`; pure, total (return a value it cannot read unchanged, never throw), never deleted. */
  migrations: Record<number, (value: unknown) => unknown>;
  /** The current version's shape (non-null); a stored null/absent value reads as `fallback()`. */
  schema: z.ZodType<NonNullable<T>>;
  fallback: () => T;
  collection?: Collection;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A raw stored profile with its contact's name and address replaced (total: odd values pass through for the schema to judge). */
const withoutContact = (profile: unknown): unknown => {
  if (!isRecord(profile) || !isRecord(profile.facts)) return profile;
  const facts: Record<string, unknown> = { ...toStoredFacts(profile.facts as Partial<ProfileFacts>) };
  for (const key of PAGE_ONLY_FACTS) if (key in profile.facts) facts[key] = UNKNOWN;
  return { ...profile, facts };
};

/** Every stored item, in one place. Keys and versions are part of the data format: change with a migration. */
export const SPECS: { [N in ItemName]: ItemSpec<ItemTypes[N]> } = {
  events: {
    key: 'local:events',
    label: 'checklist progress',
    version: 1,
    migrations: {},
    schema: eventsV1,
    fallback: () => [],
    collection: { kind: 'array', entry: progressEventSchema },
  },
  profiles: {
    key: 'local:profiles',
    label: 'account profiles',
    // v2 keeps the primary contact as matching needs it (the address's SHA-256 and domain), no
    // longer its name and address: v1 profiles are rewritten so, losing nothing matching used.
    version: 2,
    migrations: { 2: (v1) => (isRecord(v1) ? Object.fromEntries(Object.entries(v1).map(([id, p]) => [id, withoutContact(p)])) : v1) },
    schema: profilesV2 as unknown as z.ZodType<Record<string, AccountProfile>>,
    fallback: () => ({}),
    collection: {
      kind: 'record',
      key: accountIdSchema,
      entry: storedProfileSchema,
      check: (key, value) =>
        isRecord(value) && value.accountId !== key ? `stored under ${key} but belongs to ${String(value.accountId)}` : null,
    },
  },
  threads: {
    key: 'local:threads',
    label: 'email thread choices',
    // v2 stores the recipients each choice was made for. v1 choices are dropped, not carried
    // over: they do not say whom they were for, and Outreach's (and some Gmail) keys restarted on
    // every load, so any of them may belong to another customer's email (issue 14). The CSM
    // picks again once. Only entries without `recipients` go (no v1 entry has one), so a v2 value
    // read before its version mark landed (WXT writes value and mark separately) loses nothing.
    version: 2,
    migrations: {
      2: (v1) => (isRecord(v1) ? Object.fromEntries(Object.entries(v1).filter(([, c]) => isRecord(c) && typeof c.recipients === 'string')) : v1),
    },
    schema: threadsV2,
    fallback: () => ({}),
    collection: { kind: 'record', key: threadKeySchema, entry: threadChoiceV2 },
  },
  settings: {
    key: 'sync:settings',
    label: 'settings',
    // v2 added the per-site switches (`sites`); a v1 value gets every site of the time switched on.
    // v3 made them an open map by site id (a missing site is on): every v2 value is a v3 value.
    // v4 made the label overrides an open map by field key (a new field needs no new version):
    // every v3 value is a v4 value.
    version: 4,
    migrations: {
      2: (v1) => (isRecord(v1) && v1.sites === undefined ? { ...v1, sites: { ...SITES_OF_V2 } } : v1),
      3: (v2) => v2,
      4: (v3) => v3,
    },
    schema: settingsV4,
    fallback: () => null,
  },
  playbook: {
    key: 'local:playbook',
    label: 'imported playbook',
    version: 1,
    migrations: {},
    schema: storedPlaybookV1,
    fallback: () => null,
  },
  ui: {
    key: 'local:ui',
    label: 'sidebar layout',
    version: 3,
    migrations: {
      // One side for every site becomes that side on each site.
      2: (v1) => {
        if (!isRecord(v1) || (v1.sidebarSide !== 'left' && v1.sidebarSide !== 'right')) return v1;
        const { sidebarSide, ...rest } = v1;
        return { ...rest, sidebarSides: Object.fromEntries(Object.keys(SITES_OF_V2).map((site) => [site, sidebarSide])) };
      },
      // v3: the sides became an open map by site id; every v2 value is a v3 value.
      3: (v2) => v2,
    },
    schema: uiV3,
    fallback: () => ({ sidebarCollapsed: false }),
  },
  quarantine: {
    key: 'local:quarantine',
    label: 'set-aside data',
    version: 1,
    migrations: {},
    schema: quarantineV1,
    fallback: () => [],
    collection: { kind: 'array', entry: quarantineEntryV1 },
  },
  setup: {
    key: 'local:setup',
    label: 'one-time setup',
    version: 1,
    migrations: {},
    schema: setupV1,
    fallback: () => ({}),
    collection: { kind: 'record', key: setupRuleIdSchema, entry: setupStepV1 },
  },
};

export interface StoreItem<N extends ItemName = ItemName> {
  name: N;
  spec: ItemSpec<ItemTypes[N]>;
  /** Raw access; values are untrusted until `readItem` has checked them. */
  item: WxtStorageItem<unknown, { v: number }>;
}
export type StorageItems = { [N in ItemName]: StoreItem<N> };

/**
 * Defines the WXT storage items.
 * - `writer` (the background only): WXT runs and persists the migrations as the items are
 *   defined, and every write goes through the writer's queue.
 * - `reader` (tabs, extension pages): no migrations run here, so two contexts never race to
 *   rewrite a value; `readItem` migrates an old value in memory until the writer has persisted it.
 * Call it inside `main`/at runtime, not at import time (WXT imports entrypoints at build time).
 */
export const createStorageItems = (role: 'writer' | 'reader' = 'reader'): StorageItems => {
  const define = <N extends ItemName>(name: N): StoreItem<N> => {
    const spec = SPECS[name] as ItemSpec<ItemTypes[N]>;
    const item =
      role === 'writer'
        ? storage.defineItem<unknown, { v: number }>(spec.key, { version: spec.version, migrations: spec.migrations })
        : storage.defineItem<unknown, { v: number }>(spec.key);
    return { name, spec, item };
  };
  return {
    events: define('events'),
    profiles: define('profiles'),
    threads: define('threads'),
    settings: define('settings'),
    playbook: define('playbook'),
    ui: define('ui'),
    quarantine: define('quarantine'),
    setup: define('setup'),
  };
};

let readers: StorageItems | undefined;
/** The reader items of this context, defined on first use. */
export const getReaderItems = (): StorageItems => (readers ??= createStorageItems('reader'));
