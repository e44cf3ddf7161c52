import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import type { z } from '../../core/zod';
import type { ItemSpec } from './define';
import { eventsItem } from './events';
import { playbookItem } from './playbook';
import { profilesItem } from './profiles';
import { quarantineItem } from './quarantine';
import { settingsItem } from './settings';
import { setupItem } from './setup';
import { threadsItem } from './threads';
import { uiItem } from './ui';

export type { Collection, ItemSpec } from './define';

/**
 * The registry of stored items: one file per item (lib/store/items/<name>.ts) holds its key,
 * version, migrations, live schema and the frozen schema of every version it shipped. The
 * worker's own small keys (sync state, markers, caches) are listed in lib/store/keys.ts.
 */
export const SPECS = {
  events: eventsItem,
  profiles: profilesItem,
  threads: threadsItem,
  settings: settingsItem,
  playbook: playbookItem,
  ui: uiItem,
  quarantine: quarantineItem,
  setup: setupItem,
} as const;

export type ItemName = keyof typeof SPECS;
export const ITEM_NAMES = Object.keys(SPECS) as ItemName[];

/** The value type of each stored item once read and validated. */
export type ItemTypes = { [N in ItemName]: (typeof SPECS)[N] extends ItemSpec<infer T> ? T : never };

/** Every shipped version of every item, frozen (tests/unit/store/versions.test.ts snapshots them). */
export const SHIPPED_ITEMS = Object.fromEntries(ITEM_NAMES.map((name) => [name, SPECS[name].shipped])) as {
  [N in ItemName]: Record<number, z.ZodMiniType>;
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
  return Object.fromEntries(ITEM_NAMES.map((name) => [name, define(name)])) as StorageItems;
};

let readers: StorageItems | undefined;
/** The reader items of this context, defined on first use. */
export const getReaderItems = (): StorageItems => (readers ??= createStorageItems('reader'));
