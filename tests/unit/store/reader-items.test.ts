import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { readerItem } from '@/lib/store/items/reader';
import { readItem } from '@/lib/store/read';
import { SPECS } from '@/lib/store/items';

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

  it('reads value and version together, so a page meets the worker’s migration on one side of it', async () => {
    // v1 settings (no site switches); the worker persists v4 by writing value and version at once.
    const v1 = { userName: 'Maria Lopez', initials: 'ML', timeZone: 'America/Chicago', onboardingObject: 'Customer_Onboarding__c', labels: {}, disabledRules: [] };
    await fakeBrowser.storage.sync.set({ settings: v1, settings$: { v: 1 } });
    const area = fakeBrowser.storage.sync;
    const get = area.get.bind(area);
    let reads = 0;
    let landed!: () => void;
    const migration = new Promise<void>((resolve) => (landed = resolve));
    // The migration lands right after the page's first storage read, before any later one.
    let migrating = false; // the fake's own set reads the old values: not the page's reads
    area.get = (async (keys?: string | string[] | null) => {
      if (migrating) return get(keys);
      const mine = ++reads;
      if (mine > 1) await migration;
      const found = await get(keys);
      if (mine === 1) {
        migrating = true;
        await area.set({ settings: { ...v1, sites: { gmail: true } }, settings$: { v: 4 } });
        migrating = false;
        landed();
      }
      return found;
    }) as typeof area.get;
    try {
      const found = await readItem({ name: 'settings', spec: SPECS.settings, item: readerItem('sync:settings') });
      // The v1 value read as v1 and migrated in memory (read as v4 it is unreadable: no `sites`).
      expect(found).toMatchObject({ status: 'ok', value: { userName: 'Maria Lopez', sites: expect.any(Object) } });
      expect(reads).toBe(1);
    } finally {
      area.get = get;
    }
  });
});
