import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { readerItem } from '@/lib/store/items/reader';

/**
 * The pages read stored items through lib/store/items/reader.ts instead of WXT's storage items
 * (issue 25: ≈ 3 kB of each page bundle). It must read and watch exactly as a WXT reader item did.
 */
describe('reader items read as WXT storage items do', () => {
  beforeEach(() => fakeBrowser.reset());

  const both = (key: 'local:probe' | 'sync:probe') => ({ light: readerItem(key), wxt: storage.defineItem<unknown, { v: number }>(key) });

  it.each(['local:probe', 'sync:probe'] as const)('value and meta (%s)', async (key) => {
    const area = fakeBrowser.storage[key.startsWith('sync') ? 'sync' : 'local'];
    const { light, wxt } = both(key);
    const same = async () => {
      expect(await light.getValue()).toEqual(await wxt.getValue());
      expect(await light.getMeta()).toEqual(await wxt.getMeta());
    };
    await same(); // absent: null and {}
    await area.set({ probe: { a: [1, 2] }, probe$: { v: 3 } });
    await same();
    await area.set({ probe: 0, probe$: [1] }); // a falsy value; a meta that is not an object
    await same();
    await area.set({ probe: false, probe$: 'v2' });
    await same();
  });

  it('calls back on the changes WXT calls back on, and stops when unwatched', async () => {
    const { light, wxt } = both('local:probe');
    const seen = { light: 0, wxt: 0 };
    const stopLight = light.watch(() => (seen.light += 1));
    const stopWxt = wxt.watch(() => (seen.wxt += 1));
    const steps: Record<string, unknown>[] = [
      { probe: { a: 1, b: [1, { c: 2 }] } },
      { probe: { b: [1, { c: 2 }], a: 1 } }, // the same value, keys in another order
      { probe: { a: 1, b: [1, { c: 3 }] } },
      { other: 1 },
      { probe$: { v: 2 } },
      { probe: [1, 2] },
      { probe: { 0: 1, 1: 2 } },
    ];
    for (const step of steps) {
      await fakeBrowser.storage.local.set(step);
      expect(seen.light, JSON.stringify(step)).toBe(seen.wxt);
    }
    await fakeBrowser.storage.local.remove('probe');
    expect(seen.light).toBe(seen.wxt);
    expect(seen.light).toBe(5);
    stopLight();
    stopWxt();
    await fakeBrowser.storage.local.set({ probe: 'after' });
    expect(seen.light).toBe(5);
  });
});
