import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ITEM_NAMES, SPECS } from '@/lib/store/items';
import { areaKey, STORAGE_KEYS } from '@/lib/store/keys';
import { beginFirstReads, endFirstReads, FIRST_READS, takeFirstRead } from '@/lib/store/first-reads';
import { setup } from './support';

/**
 * A page's first storage reads begin in the loader, while the host page loads, and the store
 * takes them (issue 25). What must hold: the store reads what it would have read itself — never a
 * value a change has made stale — and each begun read serves once.
 */
describe("a page's first reads", () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => endFirstReads());

  it('are every key the store reads first: each mirrored item with its meta, the worker’s records, the policy and its copy', () => {
    const items = ITEM_NAMES.filter((name) => name !== 'events').map((name) => areaKey(SPECS[name].key));
    const expected: Record<string, string[]> = {};
    for (const [area, key] of items) (expected[area] ??= []).push(key, `${key}$`);
    expected.local!.push(STORAGE_KEYS.teamSyncState.key, STORAGE_KEYS.myDayReminder.key, STORAGE_KEYS.managedPolicyCopy.key);
    expect(Object.keys(FIRST_READS).sort()).toEqual([...Object.keys(expected), 'managed'].sort());
    for (const [area, keys] of Object.entries(expected)) expect([...(FIRST_READS[area as 'local' | 'sync'] ?? [])].sort(), area).toEqual(keys.sort());
    expect(FIRST_READS.managed).toBeNull();
  });

  it('serve each key once, as it was when the reads began', async () => {
    await fakeBrowser.storage.local.set({ ui: { v: 1 }, ui$: { v: 3 }, setup: { a: 1 } });
    beginFirstReads({ local: ['ui', 'ui$', 'setup'] });
    expect(await takeFirstRead('local', ['ui', 'ui$'])).toEqual({ ui: { v: 1 }, ui$: { v: 3 } });
    expect(takeFirstRead('local', ['ui', 'ui$'])).toBeNull();
    expect(takeFirstRead('sync', ['settings'])).toBeNull(); // that area was not read
    expect(await takeFirstRead('local', ['setup', 'absent'])).toEqual({ setup: { a: 1 } });
  });

  it('leave out an area that throws when read (the loader runs on every recognised page), and still serve the others', async () => {
    await fakeBrowser.storage.local.set({ ui: 'kept' });
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(() => {
      throw new Error('no managed storage here');
    });
    expect(() => beginFirstReads({ local: ['ui'], managed: null })).not.toThrow();
    expect(takeFirstRead('managed', null)).toBeNull();
    expect(await takeFirstRead('local', ['ui'])).toEqual({ ui: 'kept' });
  });

  it('never serve a key a change touched after they began: the caller reads it again', async () => {
    await fakeBrowser.storage.local.set({ ui: 'old', setup: 'kept' });
    beginFirstReads({ local: ['ui', 'setup'] });
    await fakeBrowser.storage.local.set({ ui: 'new' });
    expect(takeFirstRead('local', ['ui'])).toBeNull();
    expect(await takeFirstRead('local', ['setup'])).toEqual({ setup: 'kept' });
  });

  it('are gone once the store has its answer, or when no app came to take them', async () => {
    const removed = vi.spyOn(fakeBrowser.storage.onChanged, 'removeListener');
    beginFirstReads({ local: ['ui'] });
    endFirstReads();
    expect(takeFirstRead('local', ['ui'])).toBeNull();
    expect(removed).toHaveBeenCalledTimes(1);
    vi.useFakeTimers();
    try {
      beginFirstReads({ local: ['ui'] });
      await vi.advanceTimersByTimeAsync(30_000);
      expect(takeFirstRead('local', ['ui'])).toBeNull();
      expect(removed).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('are what the store starts from, with no read of its own for them', async () => {
    await fakeBrowser.storage.local.set({ myDayReminder: { enabled: true, hour: 7 }, ui: { dockSide: 'left' }, ui$: { v: 3 } });
    const { tab } = setup();
    // The worker of setup() may still write an item's meta as it starts: such a key is read again.
    const changed = new Set<string>();
    fakeBrowser.storage.onChanged.addListener((changes) => Object.keys(changes).forEach((key) => changed.add(key)));
    beginFirstReads();
    // The worker's side of setup() reads storage too: count only what a page's store asks for.
    const pageKeys = new Set([...(FIRST_READS.local ?? []), ...(FIRST_READS.sync ?? [])]);
    const asked: unknown[] = [];
    for (const area of ['local', 'sync'] as const) {
      const get = fakeBrowser.storage[area].get.bind(fakeBrowser.storage[area]);
      vi.spyOn(fakeBrowser.storage[area], 'get').mockImplementation((keys?: unknown) => {
        if (Array.isArray(keys) && keys.length > 1 && keys.every((key) => pageKeys.has(key))) asked.push(keys);
        return get(keys as string[]);
      });
    }
    const store = tab();
    await store.ready;
    expect(asked.flat().filter((key) => !changed.has(key as string))).toEqual([]);
    expect(asked.length).toBeLessThan(7);
    expect(store.getState().reminder).toEqual({ enabled: true, hour: 7 });
    expect(takeFirstRead('local', ['ui'])).toBeNull(); // taken, and the reads ended with the store's answer
    store.destroy();
  });

  it('a change between the reads and the store’s start is what the store shows, not the value read before it', async () => {
    await fakeBrowser.storage.local.set({ myDayReminder: { enabled: true, hour: 7 } });
    const { tab } = setup();
    beginFirstReads();
    await fakeBrowser.storage.local.set({ myDayReminder: { enabled: false, hour: 9 } });
    const store = tab();
    await store.ready;
    expect(store.getState().reminder).toEqual({ enabled: false, hour: 9 });
    store.destroy();
  });
});
