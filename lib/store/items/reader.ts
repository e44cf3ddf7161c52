import { browser } from 'wxt/browser';
import type { StorageItemKey } from 'wxt/utils/storage';
import { takeFirstRead } from '../first-reads';
import { ITEM_NAMES, SPECS, type ItemAccess, type StorageItems } from './index';

type Area = 'local' | 'session' | 'sync' | 'managed';

/** Equal as stored (JSON) values, key order aside: what WXT's watch compares before it calls back. */
const sameValue = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((value, i) => sameValue(value, (b as unknown[])[i]));
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
    );
  }
  return a !== a && b !== b; // NaN
};

/** The meta as WXT reads it: an object, else none. */
const metaOf = (meta: unknown): { v?: number } =>
  meta != null && typeof meta === 'object' && !Array.isArray(meta) ? (meta as { v?: number }) : {};

/**
 * One stored item as a page reads it: what WXT's storage item does for a reader (no migrations,
 * no writes) — the value under its key (`null` when absent), the meta under `<key>$`, and a
 * watch on the area that ignores a change leaving the value as it was — without WXT's storage
 * library, which is ≈ 3 kB gzipped of each page bundle (issue 25). The worker writes through
 * WXT's items (./storage-items.ts); both use the same keys.
 */
export const readerItem = (key: StorageItemKey): ItemAccess => {
  const split = key.indexOf(':');
  const areaName = key.slice(0, split) as Area;
  const driverKey = key.slice(split + 1);
  const metaKey = `${driverKey}$`;
  const area = () => browser.storage[areaName];
  return {
    getValue: async () => (await area().get(driverKey))[driverKey] ?? null,
    getMeta: async () => metaOf((await area().get(metaKey))[metaKey]),
    snapshot: async () => {
      // The first one may be the loader's read, begun while the page loaded (../first-reads.ts).
      const found = await (takeFirstRead(areaName, [driverKey, metaKey]) ?? area().get([driverKey, metaKey]));
      return { value: found[driverKey] ?? null, meta: metaOf(found[metaKey]) };
    },
    watch: (callback) => {
      const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>) => {
        const change = changes[driverKey];
        if (change == null || sameValue(change.newValue, change.oldValue)) return;
        callback();
      };
      area().onChanged.addListener(listener);
      return () => area().onChanged.removeListener(listener);
    },
  };
};

/** Reader items for every stored item. */
export const createReaderItems = (): StorageItems =>
  Object.fromEntries(ITEM_NAMES.map((name) => [name, { name, spec: SPECS[name], item: readerItem(SPECS[name].key) }])) as StorageItems;

let readers: StorageItems | undefined;
/** The reader items of this context, defined on first use. */
export const getReaderItems = (): StorageItems => (readers ??= createReaderItems());
