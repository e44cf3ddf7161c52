/**
 * The log's append: an import of tens of thousands of events is written a slice at a time, so a
 * tab's read of the log (a record opened meanwhile) waits for one slice, not the whole import —
 * and every event is still stored once, with what was already there counted, not added again.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { openLocalDb } from '@/background/events/db';
import { APPEND_SLICE, createEventStore } from '@/background/events/event-store';
import type { ProgressEvent } from '@/lib/core/progress/events';

// PouchDB's idb adapter reads navigator.userAgent when it opens a database.
(globalThis as { navigator?: unknown }).navigator ??= { userAgent: 'node' };

const account = (i: number) => `001Ap${String(i).padStart(10, '0')}AAA`;
const events = (from: number, count: number): ProgressEvent[] =>
  Array.from({ length: count }, (_, k) => {
    const i = from + k;
    const at = new Date(Date.UTC(2026, 10, 1) + i * 1000).toISOString();
    return { type: 'item' as const, id: `${at}-a${i}`, accountId: account(i % 40), by: 'Sam Roe', at, ruleId: 'OB-PREP-REVIEW', done: true };
  });

describe('append', () => {
  it('writes a large batch a slice at a time, each event once', async () => {
    const db = openLocalDb(`append-test-${process.pid}-${Date.now()}`);
    const store = createEventStore(db);
    // Opened first: PouchDB replays a call made while it opens, which the spy would count twice.
    await db.info();
    const bulk = vi.spyOn(db, 'bulkDocs');
    const count = APPEND_SLICE * 2 + 500;
    const first = await store.append(events(0, count));
    expect(first).toMatchObject({ added: expect.any(Array), already: 0 });
    expect(first.added).toHaveLength(count);
    const sizes = bulk.mock.calls.map(([docs]) => (docs as unknown[]).length);
    expect(sizes).toEqual([APPEND_SLICE, APPEND_SLICE, 500]);

    // Again, with a duplicate inside the batch and 10 new ones: the stored ones are "already".
    const again = await store.append([...events(0, count), ...events(0, 1), ...events(count, 10)]);
    expect(again.added.map((e) => e.id)).toEqual(events(count, 10).map((e) => e.id));
    expect(again.already).toBe(count);
    expect((await store.forAccounts([account(3)])).length).toBe(Math.ceil((count + 10 - 3) / 40));
    await db.destroy();
  }, 60_000);
});
