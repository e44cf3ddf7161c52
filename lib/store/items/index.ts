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

/**
 * What a context reads a stored item through: its value, its meta (`{ v }`, the version it was
 * written in) and its changes. Pages and extension pages get light reader items
 * (./reader.ts); the worker's writer items are WXT's, which also write (./storage-items.ts).
 */
export interface ItemAccess {
  getValue(): Promise<unknown>;
  getMeta(): Promise<{ v?: number | null }>;
  /** Calls back when another context changed the value; returns the unwatch. */
  watch(callback: () => void): () => void;
}

export interface StoreItem<N extends ItemName = ItemName, I extends ItemAccess = ItemAccess> {
  name: N;
  spec: ItemSpec<ItemTypes[N]>;
  /** Raw access; values are untrusted until `readItem` has checked them. */
  item: I;
}
export type StorageItems<I extends ItemAccess = ItemAccess> = { [N in ItemName]: StoreItem<N, I> };
