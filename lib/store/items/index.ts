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
 * version, migrations and live schema; the frozen schema of every version it shipped is in
 * lib/store/versions/ (listed in shipped.ts). The worker's own small keys (sync state, markers,
 * caches) are listed in lib/store/keys.ts.
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

/**
 * What a context reads a stored item through: its value, its meta (`{ v }`, the version it was
 * written in) and its changes. Pages and extension pages get light reader items
 * (./reader.ts); the worker's writer items are WXT's, which also write (./storage-items.ts).
 */
export interface ItemAccess {
  getValue(): Promise<unknown>;
  getMeta(): Promise<{ v?: number | null }>;
  /**
   * Value and meta from one storage read. A reader needs it: the worker persists a migration by
   * writing both at once, and two separate reads can straddle that write (the old value with the
   * new version, which no longer parses). A writer item need not: only the worker migrates.
   */
  snapshot?(): Promise<{ value: unknown; meta: { v?: number | null } }>;
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
