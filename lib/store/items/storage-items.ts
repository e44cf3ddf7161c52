import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { ITEM_NAMES, SPECS, type ItemName, type StorageItems, type StoreItem } from './index';
import { createReaderItems } from './reader';

/** The worker's items: WXT's storage items, which also write (and persist the migrations). */
export type WriterItem = WxtStorageItem<unknown, { v: number }>;

/**
 * Defines the storage items.
 * - `writer` (the background only): WXT runs and persists the migrations as the items are
 *   defined, and every write goes through the writer's queue.
 * - `reader` (tabs, extension pages): no migrations run here, so two contexts never race to
 *   rewrite a value; `readItem` migrates an old value in memory until the writer has persisted it.
 *   These are the light reader items of ./reader.ts (page bundles import that file, not this one).
 * Call it inside `main`/at runtime, not at import time (WXT imports entrypoints at build time).
 */
export function createStorageItems(role: 'writer'): StorageItems<WriterItem>;
export function createStorageItems(role?: 'reader'): StorageItems;
export function createStorageItems(role: 'writer' | 'reader' = 'reader'): StorageItems | StorageItems<WriterItem> {
  if (role === 'reader') return createReaderItems();
  const define = <N extends ItemName>(name: N): StoreItem<N, WriterItem> => {
    const spec = SPECS[name];
    return { name, spec: spec as StoreItem<N>['spec'], item: storage.defineItem<unknown, { v: number }>(spec.key, { version: spec.version, migrations: spec.migrations }) };
  };
  return Object.fromEntries(ITEM_NAMES.map((name) => [name, define(name)])) as StorageItems<WriterItem>;
}
