import type { StorageKeyName } from './keys';

export interface KeyDoc {
  /** Who writes it: the service worker, or the enterprise policy (read-only for CSM Guide). */
  writer: 'worker' | 'policy';
  what: string;
}

/**
 * Who writes each key of STORAGE_KEYS (keys.ts) and what it holds: every key must be described
 * here (the type says so). Apart from keys.ts so that the modules using a key do not bring this
 * prose into the bundles; the tests read it (tests/unit/store/keys.test.ts).
 */
export const KEY_DOCS = {
  teamSync: { writer: 'worker', what: 'team sync set-up: the team database URL and the CouchDB user name' },
  teamSyncState: { writer: 'worker', what: "what the last sync did, shown as is in the sidebar, Settings and the dashboard" },
  teamSyncUnpushed: { writer: 'worker', what: 'ids of own events and cards stored here and not yet on the team server (what a push sends, what "waiting" counts)' },
  teamSyncPull: { writer: 'worker', what: "the team pull's checkpoint and first-pull progress, written after each stored page" },
  teamSyncToken: { writer: 'worker', what: 'an SSO token (JWT) pasted by the user; memory only, never on disk' },
  teamSyncUrl: { writer: 'policy', what: 'the team database URL set (and locked) by policy' },
  teamSyncMaxDocs: { writer: 'policy', what: 'the pull cap set by policy' },
  myDayReminder: { writer: 'worker', what: "My day's morning reminder: on or off, and its hour" },
  myDayCounts: { writer: 'worker', what: "the badge's per-account counts, recounted only for the accounts a change names" },
  eventChanges: { writer: 'worker', what: 'the change notice: which accounts a stored batch touched (tabs follow it)' },
  eventsMigration: { writer: 'worker', what: 'marker: the v1 progress log was moved into IndexedDB' },
  eventsRekey: { writer: 'worker', what: "marker: a team member's own old events were re-keyed under their name" },
  managedPolicyCopy: { writer: 'worker', what: "a copy of the enterprise policy, which pages take at a browser start while chrome.storage.managed is still loading (Chrome's answer replaces it)" },
  outbox: { writer: 'worker', what: "prefix: one key per acknowledged tick until the worker has stored it (tabs write, the worker removes)" },
} as const satisfies Record<StorageKeyName, KeyDoc>;
