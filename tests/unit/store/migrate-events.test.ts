import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrateLegacyEvents, MIGRATION_KEY } from '@/background/events/migrate';
import type { ProgressEvent } from '@/lib/core/progress/events';
import { createStorageItems } from '@/lib/store/items/storage-items';
import { ACCOUNT_A, ACCOUNT_B, local, localArea, setup } from './support';

/** A v1 store as the first version left it: one `local:events` array. */
const legacyLog = (n: number): ProgressEvent[] =>
  Array.from({ length: n }, (_, i) => {
    const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
    const base = { id: `${at}-m${i}`, accountId: i % 3 ? ACCOUNT_A : ACCOUNT_B, by: `CSM ${i % 7}`, at };
    if (i % 10 === 0) return { ...base, type: 'contact' as const, day: at.slice(0, 10), channel: 'call' as const, done: true };
    if (i % 97 === 0) return { ...base, type: 'branch' as const, branch: 'unresponsive' as const, since: at.slice(0, 10) };
    return { ...base, type: 'item' as const, ruleId: `OB-RULE-${i % 45}`, done: i % 4 !== 0 };
  });

describe('moving a v1 log into IndexedDB', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('moves 50,000 events losslessly, sets aside the unreadable ones, keeps the v1 array readable, and does it once', async () => {
    const legacy = legacyLog(50_000);
    const broken = { type: 'item', id: 'x', accountId: 'not-an-id' };
    await fakeBrowser.storage.local.set({ events: [...legacy.slice(0, 10), broken, ...legacy.slice(10)], events$: { v: 1 } });
    const { writer, events, storedEvents } = setup();

    expect(await migrateLegacyEvents(localArea(), writer.readLegacyEvents, events)).toEqual({ moved: 50_000, added: 50_000 });
    const stored = await storedEvents();
    expect(stored).toHaveLength(50_000);
    const byId = new Map(stored.map((e) => [e.id, e]));
    expect(legacy.every((e) => JSON.stringify(byId.get(e.id)) === JSON.stringify(e))).toBe(true);
    // The unreadable entry is kept in the quarantine with where it was.
    expect(await local('quarantine')).toEqual([expect.objectContaining({ key: 'local:events', path: '[10]', value: broken })]);
    // A rollback to the older version still finds its log (less the entry it could not read either).
    const v1 = createStorageItems('reader').events;
    expect(((await v1.item.getValue()) as unknown[]).length).toBe(50_000);
    expect(await local(MIGRATION_KEY)).toMatchObject({ count: 50_000 });
    // The next start has nothing to move.
    expect(await migrateLegacyEvents(localArea(), writer.readLegacyEvents, events)).toEqual({ moved: 0, added: 0 });

    // After a rollback the old version appended one more tick: the next start moves just that one.
    const extra = { ...legacy[1]!, id: '2027-01-01T00:00:00.000Z-late', at: '2027-01-01T00:00:00.000Z' };
    await fakeBrowser.storage.local.set({ events: [...((await local('events')) as ProgressEvent[]), extra] });
    expect(await migrateLegacyEvents(localArea(), writer.readLegacyEvents, events)).toEqual({ moved: 50_001, added: 1 });
    expect(await storedEvents()).toHaveLength(50_001);
  }, 120_000);

  it('does not read a moved, unchanged v1 array again at the next worker start (its size says it is the same)', async () => {
    const legacy = legacyLog(100);
    await fakeBrowser.storage.local.set({ events: legacy, events$: { v: 1 } });
    const { writer, events, storedEvents } = setup();
    let bytes = 4_000;
    const area = { ...localArea(), getBytesInUse: async () => bytes };
    let reads = 0;
    const readLegacy = () => (reads++, writer.readLegacyEvents());
    expect(await migrateLegacyEvents(area, readLegacy, events)).toEqual({ moved: 100, added: 100 });
    expect(await migrateLegacyEvents(area, readLegacy, events)).toEqual({ moved: 0, added: 0 });
    expect(reads).toBe(1);
    // An older version (after a rollback) appended a tick: the size changed, so it is read and moved.
    const extra = { ...legacy[0]!, id: '2027-01-01T00:00:00.000Z-late', at: '2027-01-01T00:00:00.000Z' };
    await fakeBrowser.storage.local.set({ events: [...legacy, extra] });
    bytes = 4_100;
    expect(await migrateLegacyEvents(area, readLegacy, events)).toEqual({ moved: 101, added: 1 });
    expect(reads).toBe(2);
    expect(await storedEvents()).toHaveLength(101);
  });

  it('has nothing to do on a new install', async () => {
    const { writer, events, storedEvents } = setup();
    expect(await migrateLegacyEvents(localArea(), writer.readLegacyEvents, events)).toEqual({ moved: 0, added: 0 });
    expect(await storedEvents()).toEqual([]);
  });
});
