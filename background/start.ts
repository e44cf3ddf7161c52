import type { WxtBrowser } from 'wxt/browser';
import { startMyDay } from './my-day/my-day-start';
import { reminderHandlers } from './handlers/reminder';
import { tabHandlers } from './handlers/tab';
import { keepManagedCopy } from './managed-copy';
import { createStartGate } from './start-gate';
import { openLocalDb } from './events/db';
import { createEventStore } from './events/event-store';
import { migrateLegacyEvents } from './events/migrate';
import { isOutboxKey, type OutboxArea } from '@/lib/events/outbox';
import { createEventService } from './events/service';
import { readManagedPolicy } from '@/lib/settings/read-managed';
import { SPECS } from '@/lib/store/items';
import { createStorageItems } from '@/lib/store/items/storage-items';
import { createOnlineWatch } from './sync/online-watch';
import { readSyncState, TEAM_SYNC_STATE_KEY } from '@/lib/sync/schema';
import { createTeamSync, type KeyArea } from './sync/team-sync';
import { createWriter } from './writer';
import { areaKey } from '@/lib/store/keys';

/**
 * The single writer of CSM Guide's storage, and the one that loads the sidebar app into a tab.
 * Wiring only: the one message listener is background/router.ts (over background/writer.ts, the
 * storage writer), the handlers are in background/handlers/, the rest in background/events/,
 * background/sync/ and background/my-day/. It takes the browser as an
 * argument so a unit test can start it on WXT's `fakeBrowser`.
 * Defining the items here (and only here, with role `writer`) runs and persists their migrations.
 */
const SYNC_ALARM = 'team-sync';
/** chrome.storage.local key of the account profiles item (lib/store/items/profiles.ts, `local:profiles`). */
const [, PROFILES_KEY] = areaKey(SPECS.profiles.key);

export function startBackground(browser: WxtBrowser): void {
  // Start-up work no page waits for runs once the pages that woke the worker are served (issue 25).
  const gate = createStartGate();
  const area = browser.storage.local as unknown as OutboxArea;
  // The only context that opens the IndexedDB log (a second one would upgrade it under this one).
  const db = openLocalDb();
  // Team sync is off until the CSM sets it up on the options page; then new events carry their
  // CouchDB user name and are pushed after each stored batch, every minute and on demand.
  const sync = createTeamSync({
    db,
    local: browser.storage.local as unknown as KeyArea,
    session: browser.storage.session as unknown as KeyArea,
    announce: (added) => events.announce(added),
    // Account cards: pulled ones teach this browser's profiles; own profiles go up as cards.
    observe: async (observations) => void (await writer.observeProfiles(observations)),
    profiles: () => writer.readProfiles(),
    managed: readManagedPolicy,
    hasPermission: (pattern) => browser.permissions.contains({ origins: [pattern] }),
  });
  const events = createEventService({
    store: createEventStore(db),
    area,
    owner: sync.owner,
    ownStored: (docIds) => sync.ownStored(docIds),
    onAdded: () => sync.schedule(),
    setAside: (entries) => writer.setAside('outbox', entries.map(({ key, value, issues }) => ({ path: key, value, issues }))),
  });
  // The toolbar badge counts the overdue steps of every account (the popup's "My day" lists them).
  // The badge's reads of the log wait for the gate (its first count reads all of it).
  const afterStart = {
    page: (...args: Parameters<typeof events.page>) => gate.opened.then(() => events.page(...args)),
    forAccounts: (...args: Parameters<typeof events.forAccounts>) => gate.opened.then(() => events.forAccounts(...args)),
  };
  const myDay = startMyDay(browser, { ...events, ...afterStart }, Intl.DateTimeFormat().resolvedOptions().timeZone);
  const writer = createWriter({
    items: createStorageItems('writer'),
    runtimeId: browser.runtime.id,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    events,
    sync,
    handlers: { ...tabHandlers(browser, { onServed: gate.served }), ...reminderHandlers(myDay.reminder) },
  });
  // The one message listener: every message is parsed, checked and routed by background/router.ts.
  browser.runtime.onMessage.addListener(writer.listener);
  // One-shot syncs survive the worker being stopped (a live feed would be cut after 30 s idle).
  void browser.alarms.create(SYNC_ALARM, { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void sync.run();
  });
  // The worker's start (a browser restart, a wake-up) and the network coming back each sync at
  // once: waiting ticks go up without waiting for the next minute's alarm. Chrome fires no
  // `online` event in a worker, so after a sync that failed offline the worker watches
  // navigator.onLine (background/sync/online-watch.ts); the listener stays for browsers that do fire it.
  void gate.opened.then(() => sync.run());
  const backOnline = createOnlineWatch({
    isOnline: () => navigator.onLine,
    onBack: () => void sync.run(),
    keepAlive: () => void browser.runtime.getPlatformInfo().catch(() => undefined),
  });
  globalThis.addEventListener?.('online', () => {
    backOnline.stop();
    void sync.run();
  });
  // A tab's outbox write wakes this worker even when its message was lost (the worker stopped
  // at the click): whatever the outbox holds is stored.
  browser.storage.onChanged.addListener((changes, areaName) => {
    if (areaName === 'local' && Object.entries(changes).some(([key, change]) => isOutboxKey(key) && change.newValue !== undefined))
      void events.flush().catch(() => undefined);
    // A profile learned something: its account card goes up with the next sync.
    if (areaName === 'local' && PROFILES_KEY in changes) sync.profilesChanged();
    // A sync failed offline with ticks waiting: watch for the network to come back.
    if (areaName === 'local' && TEAM_SYNC_STATE_KEY in changes) {
      const state = readSyncState(changes[TEAM_SYNC_STATE_KEY]!.newValue);
      if (state.lastError?.kind === 'offline' && state.pending > 0) backOnline.start();
      else backOnline.stop();
    }
  });
  // Set aside anything unreadable now, rather than on the first write that meets it; move a v1
  // log into IndexedDB; store what a worker that stopped mid-tick left in the outbox (a tab's
  // own write flushes it at once meanwhile: see the storage listener above). After the gate.
  void gate.opened.then(() => {
    void writer.checkAll();
    void migrateLegacyEvents(area, writer.readLegacyEvents, events)
      .catch((error: unknown) => console.error('CSM Guide: the v1 progress log could not be moved yet', error))
      .then(() => events.flush())
      .catch(() => undefined);
  });
  // The policy's copy a page takes at a browser start, while Chrome is still loading policies.
  keepManagedCopy(browser);
}
