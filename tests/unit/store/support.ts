import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openLocalDb } from '@/background/events/db';
import { sha256Hex } from '@/lib/core/formats/sha256';
import { createEventStore, type EventStore } from '@/background/events/event-store';
import type { OutboxArea } from '@/lib/events/outbox';
import { createEventService, type EventServiceOptions } from '@/background/events/service';
import type { ProgressEvent } from '@/lib/core/progress/events';
import type { Transport } from '@/lib/messages/client';
import { messageSchema } from '@/lib/messages/protocol';
import { createStorageItems } from '@/lib/store/items/storage-items';
import { createCsmStore, type CsmStoreOptions } from '@/lib/store/csm-store';
import { createWriter, type WriterOptions } from '@/background/writer';

export const ZONE = 'America/Chicago';
/** The recipients digest (lib/view-model/compose-choice.ts) of an email to one address. */
export const RECIPIENTS = sha256Hex('jane.doe@sunrisefamilyclinic.com');
export const ACCOUNT_A = '001Hs00003ABCdeIAG';
export const ACCOUNT_B = '001Hs00003XYZabIAA';

/** A clock that ticks 1 ms per call, shared by everything in a test (so `at` orders events). */
export const clock = (start = '2026-11-27T15:00:00.000Z') => {
  let t = Date.parse(start);
  return () => new Date(t++).toISOString();
};

/** Sender as Chrome fills it in for this extension's own content script. */
/** An extension page (options, dashboard): may send every message. */
export const ownSender = () => ({ id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/dashboard.html` });
/** The content script on a Lightning record: tab-scoped messages only. */
export const tabSender = (url = 'https://acme.lightning.force.com/lightning/r/Account/x/view') => ({ id: fakeBrowser.runtime.id, url, tab: { id: 7, url } });

// PouchDB's idb adapter reads navigator.userAgent (a service worker has it; Node 20 does not).
(globalThis as { navigator?: unknown }).navigator ??= { userAgent: 'node' };

let dbCount = 0;
/** A fresh IndexedDB event store (fake-indexeddb in Node: the real PouchDB idb adapter over it). */
export const eventStore = (): EventStore => createEventStore(openLocalDb(`test-events-${process.pid}-${dbCount++}`));

/** The outbox area as the background and tabs see it. */
export const localArea = (): OutboxArea => fakeBrowser.storage.local as unknown as OutboxArea;

/** A background writer over fakeBrowser storage and a fresh event store, and stores (tabs) that talk to it. */
export const setup = (options: Partial<WriterOptions> & { service?: Partial<EventServiceOptions> } = {}) => {
  const now = options.now ?? clock();
  const store = eventStore();
  const { service: serviceOptions, ...writerOptions } = options;
  const events = createEventService({
    store,
    area: localArea(),
    setAside: (entries) => writer.setAside('outbox', entries.map(({ key, value, issues }) => ({ path: key, value, issues }))),
    ...serviceOptions,
  });
  const writer = createWriter({
    items: createStorageItems('writer'),
    runtimeId: fakeBrowser.runtime.id,
    timeZone: ZONE,
    now,
    events,
    ...writerOptions,
  });
  const sent: unknown[] = [];
  const transport: Transport = (message) => {
    sent.push(message);
    return writer.handle(message, ownSender()) ?? Promise.resolve(undefined);
  };
  // A store here may send every message: tests save settings or import through the same store a
  // tab would use (a real tab's checks its own messages only: csm-store.test.ts).
  const tab = (extra: CsmStoreOptions = {}) =>
    createCsmStore({
      items: createStorageItems('reader'),
      transport,
      now,
      timeZone: ZONE,
      loadManaged: async () => ({}),
      retryDelays: [],
      messages: messageSchema,
      ...extra,
    });
  /** Every stored event (as the background holds them). */
  const storedEvents = async (): Promise<ProgressEvent[]> => {
    const all: ProgressEvent[] = [];
    let after: string | null = null;
    do {
      const page = await store.page(after, 5_000);
      all.push(...page.events);
      after = page.next;
    } while (after);
    return all;
  };
  return { writer, transport, tab, now, sent, events, store, storedEvents };
};

export const local = async (key: string): Promise<unknown> => (await fakeBrowser.storage.local.get(key))[key];
export const sync = async (key: string): Promise<unknown> => (await fakeBrowser.storage.sync.get(key))[key];
