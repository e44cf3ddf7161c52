import PouchDB from 'pouchdb-core';
import http from 'pouchdb-adapter-http';
import idb from 'pouchdb-adapter-idb';
import replication from 'pouchdb-replication';

/**
 * PouchDB as CSM Guide uses it: IndexedDB locally (`idb`), HTTP for the team's CouchDB, and the
 * replication protocol between them. Only the background service worker may open the local
 * database — a second context would upgrade IndexedDB under the first (as PouchDB's idb adapter does on open) — so this
 * module is imported by the background only.
 */
PouchDB.plugin(idb).plugin(http).plugin(replication);

export const LOCAL_DB_NAME = 'csm-guide-events';

export type EventDb = PouchDB.Database<Record<string, unknown>>;

export const openLocalDb = (name: string = LOCAL_DB_NAME): EventDb =>
  // One revision per document: events are never edited, so history would only cost space.
  new PouchDB<Record<string, unknown>>(name, { adapter: 'idb', revs_limit: 1, auto_compaction: false });

export const openRemoteDb = (url: string, fetcher?: (url: string | Request, init?: RequestInit) => Promise<Response>): EventDb =>
  new PouchDB<Record<string, unknown>>(url, {
    adapter: 'http',
    skip_setup: true,
    ...(fetcher ? { fetch: fetcher } : {}),
  } as PouchDB.Configuration.RemoteDatabaseConfiguration);

export { PouchDB };
