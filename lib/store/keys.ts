/**
 * Every chrome.storage key CSM Guide uses besides the versioned items (lib/store/items/, one file
 * per item): the worker's records, markers and caches, and in which area. Who writes each and what
 * it holds is in key-docs.ts, which only the tests read, so no bundle carries that prose (issue 25:
 * ≈ 0.5 kB gzipped of each page bundle). The modules that use a key take it from here, and a unit
 * test (tests/unit/store/keys.test.ts) fails when source code names a storage key that is not listed.
 */
export interface KeySpec {
  area: 'local' | 'session' | 'managed';
  key: string;
}

export const STORAGE_KEYS = {
  teamSync: { area: 'local', key: 'teamSync' },
  teamSyncState: { area: 'local', key: 'teamSyncState' },
  teamSyncUnpushed: { area: 'local', key: 'teamSyncUnpushed' },
  teamSyncPull: { area: 'local', key: 'teamSyncPull' },
  teamSyncToken: { area: 'session', key: 'teamSyncToken' },
  teamSyncUrl: { area: 'managed', key: 'teamSyncUrl' },
  teamSyncMaxDocs: { area: 'managed', key: 'teamSyncMaxDocs' },
  myDayReminder: { area: 'local', key: 'myDayReminder' },
  myDayCounts: { area: 'session', key: 'myDayCounts' },
  eventChanges: { area: 'local', key: 'eventChanges' },
  eventsMigration: { area: 'local', key: 'eventsMigration' },
  eventsRekey: { area: 'local', key: 'eventsRekey' },
  managedPolicyCopy: { area: 'local', key: 'managedPolicyCopy' },
  outbox: { area: 'local', key: 'outbox:' },
} as const satisfies Record<string, KeySpec>;

export type StorageKeyName = keyof typeof STORAGE_KEYS;

/** A versioned item's WXT key (`local:profiles`) as chrome.storage's area and key. */
export const areaKey = (wxtKey: string): [area: string, key: string] => {
  const [area, ...rest] = wxtKey.split(':');
  return [area!, rest.join(':')];
};
