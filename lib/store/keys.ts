/**
 * Every chrome.storage key CSM Guide uses besides the versioned items (lib/store/items/, one file
 * per item): the worker's records, markers and caches, in which area and who writes them. The
 * modules that use a key take it from here, and a unit test (tests/unit/store/keys.test.ts) fails
 * when source code names a storage key that is not listed.
 */
export interface KeySpec {
  area: 'local' | 'session' | 'managed';
  key: string;
  /** Who writes it: the service worker, or the enterprise policy (read-only for CSM Guide). */
  writer: 'worker' | 'policy';
  what: string;
}

export const STORAGE_KEYS = {
  teamSync: { area: 'local', key: 'teamSync', writer: 'worker', what: 'team sync set-up: the team database URL and the CouchDB user name' },
  teamSyncState: { area: 'local', key: 'teamSyncState', writer: 'worker', what: "what the last sync did, shown as is in the sidebar, Settings and the dashboard" },
  teamSyncUnpushed: { area: 'local', key: 'teamSyncUnpushed', writer: 'worker', what: 'ids of own events and cards stored here and not yet on the team server (what a push sends, what "waiting" counts)' },
  teamSyncPull: { area: 'local', key: 'teamSyncPull', writer: 'worker', what: "the team pull's checkpoint and first-pull progress, written after each stored page" },
  teamSyncToken: { area: 'session', key: 'teamSyncToken', writer: 'worker', what: 'an SSO token (JWT) pasted by the user; memory only, never on disk' },
  teamSyncUrl: { area: 'managed', key: 'teamSyncUrl', writer: 'policy', what: 'the team database URL set (and locked) by policy' },
  teamSyncMaxDocs: { area: 'managed', key: 'teamSyncMaxDocs', writer: 'policy', what: 'the pull cap set by policy' },
  myDayReminder: { area: 'local', key: 'myDayReminder', writer: 'worker', what: "My day's morning reminder: on or off, and its hour" },
  myDayCounts: { area: 'session', key: 'myDayCounts', writer: 'worker', what: "the badge's per-account counts, recounted only for the accounts a change names" },
  eventChanges: { area: 'local', key: 'eventChanges', writer: 'worker', what: 'the change notice: which accounts a stored batch touched (tabs follow it)' },
  eventsMigration: { area: 'local', key: 'eventsMigration', writer: 'worker', what: 'marker: the v1 progress log was moved into IndexedDB' },
  eventsRekey: { area: 'local', key: 'eventsRekey', writer: 'worker', what: "marker: a team member's own old events were re-keyed under their name" },
  managedPolicyCopy: { area: 'local', key: 'managedPolicyCopy', writer: 'worker', what: "a copy of the enterprise policy, which pages take at a browser start while chrome.storage.managed is still loading (Chrome's answer replaces it)" },
  outbox: { area: 'local', key: 'outbox:', writer: 'worker', what: "prefix: one key per acknowledged tick until the worker has stored it (tabs write, the worker removes)" },
} as const satisfies Record<string, KeySpec>;

/** A versioned item's WXT key (`local:profiles`) as chrome.storage's area and key. */
export const areaKey = (wxtKey: string): [area: string, key: string] => {
  const [area, ...rest] = wxtKey.split(':');
  return [area!, rest.join(':')];
};
