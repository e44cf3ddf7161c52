import { browser } from 'wxt/browser';
import { createTabServices } from '@/lib/background/tab-services';
import { openLocalDb } from '@/lib/events/db';
import { createEventStore } from '@/lib/events/event-store';
import { migrateLegacyEvents } from '@/lib/events/migrate';
import { isOutboxKey, type OutboxArea } from '@/lib/events/outbox';
import { createEventService } from '@/lib/events/service';
import { createStorageItems } from '@/lib/store/items';
import { createWriter } from '@/lib/store/writer';

/**
 * The single writer of CSM Guide's storage, and the one that loads the sidebar app into a tab.
 * Wiring only: handlers live in lib/store/writer.ts, lib/events/ and lib/background/tab-services.ts.
 * Defining the items here (and only here, with role `writer`) runs and persists their migrations.
 */
export default defineBackground(() => {
  const area = browser.storage.local as unknown as OutboxArea;
  const events = createEventService({
    // The only context that opens the IndexedDB log (a second one would upgrade it under this one).
    store: createEventStore(openLocalDb()),
    area,
    setAside: (entries) => writer.setAside('outbox', entries.map(({ key, value, issues }) => ({ path: key, value, issues }))),
  });
  const writer = createWriter({
    items: createStorageItems('writer'),
    runtimeId: browser.runtime.id,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    events,
  });
  browser.runtime.onMessage.addListener(writer.listener);
  browser.runtime.onMessage.addListener(createTabServices(browser));
  // A tab's outbox write wakes this worker even when its message was lost (the worker stopped
  // at the click): whatever the outbox holds is stored.
  browser.storage.onChanged.addListener((changes, areaName) => {
    if (areaName === 'local' && Object.entries(changes).some(([key, change]) => isOutboxKey(key) && change.newValue !== undefined))
      void events.flush().catch(() => undefined);
  });
  // Set aside anything unreadable now, rather than on the first write that meets it; move a v1
  // log into IndexedDB; store what a worker that stopped mid-tick left in the outbox.
  void writer.checkAll();
  void migrateLegacyEvents(area, writer.readLegacyEvents, events)
    .catch((error: unknown) => console.error('CSM Guide: the v1 progress log could not be moved yet', error))
    .then(() => events.flush())
    .catch(() => undefined);
});
