import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LOCAL_DB_NAME, openLocalDb } from '@/background/events/db';
import { createEventStore } from '@/background/events/event-store';
import { startBackground } from '@/background/start';
import type { ProgressEvent } from '@/lib/core/progress/events';
import { outboxKey, outboxKeys, writeOutbox, type OutboxArea } from '@/lib/events/outbox';

/**
 * background/start.ts as wiring: the worker started on WXT's fakeBrowser, with the real event
 * service over the real PouchDB idb adapter (fake-indexeddb). A tick is durable once a tab wrote
 * it to the outbox, so the worker must store what the outbox holds when it starts (a worker that
 * stopped at the click) and when an outbox key arrives with no message (the tab's message lost).
 */

// PouchDB's idb adapter reads navigator.userAgent (a service worker has it; Node 20 does not).
(globalThis as { navigator?: unknown }).navigator ??= { userAgent: 'node' };

const ACCOUNT = '001Hs00003ABCdeIAG';
const tick = (id: string, ruleId: string): ProgressEvent => ({ id, type: 'item', accountId: ACCOUNT, ruleId, done: true, by: 'Ana Ortiz', at: '2026-12-07T15:00:00.000Z' });

const area = () => fakeBrowser.storage.local as unknown as OutboxArea;
// The log as the worker keeps it: a second handle on the same IndexedDB database.
const stored = async () => (await createEventStore(openLocalDb(LOCAL_DB_NAME)).forAccounts([ACCOUNT])).map((event) => event.id).sort();

/**
 * Polls a condition the worker reaches on its own: what is stored is asserted, never how fast.
 * The budget only ends a run whose wiring is broken, with a message saying what never happened.
 */
const BUDGET_MS = 15_000;
const until = async <T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> => {
  for (const start = Date.now(); Date.now() - start < BUDGET_MS; ) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`the worker never got there: ${what}`);
};

/**
 * What fakeBrowser leaves unimplemented and the worker touches at start: the optional
 * notifications permission (never granted here) and the toolbar badge. Plain stand-ins, not
 * spies: they must outlive each test's mock restore, since the worker keeps running.
 */
const standIns = () => {
  const api = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  const listeners = { addListener: () => undefined, removeListener: () => undefined, hasListener: () => false };
  api.permissions = { ...api.permissions, contains: async () => false, onAdded: listeners, onRemoved: listeners };
  api.action = { ...api.action, setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined, setTitle: async () => undefined };
};

describe('startBackground(browser)', () => {
  beforeAll(async () => {
    fakeBrowser.reset();
    standIns();
    // Left by a tab whose worker stopped at the click: in the outbox, never stored.
    await writeOutbox(area(), [tick('2026-12-07T15:00:00.000Z-left', 'OB-SAME-DAY-CALL')]);
    startBackground(fakeBrowser as unknown as Parameters<typeof startBackground>[0]);
  });

  it('stores at start what a stopped worker left in the outbox, and empties it', async () => {
    await until(stored, (ids) => ids.includes('2026-12-07T15:00:00.000Z-left'), 'the left tick stored');
    expect(await until(() => outboxKeys(area()), (keys) => keys.length === 0, 'the outbox emptied')).toEqual([]);
  }, 2 * BUDGET_MS);

  it('stores an outbox key when it arrives, with no message from the tab', async () => {
    await until(stored, (ids) => ids.length === 1, 'the start flush done');
    const event = tick('2026-12-07T15:05:00.000Z-nomsg', 'OB-PRESENTATION');
    await writeOutbox(area(), [event]);
    expect(await outboxKeys(area())).toEqual([outboxKey(event)]);
    // No runtime message is sent: only the storage change can have woken the worker.
    expect(await until(stored, (ids) => ids.length === 2, 'the new tick stored')).toEqual(['2026-12-07T15:00:00.000Z-left', '2026-12-07T15:05:00.000Z-nomsg']);
    expect(await until(() => outboxKeys(area()), (keys) => keys.length === 0, 'the outbox emptied')).toEqual([]);
  }, 3 * BUDGET_MS);
});
