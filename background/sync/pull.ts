import { reasonOf, type Fetcher } from '../../lib/sync/session';

/**
 * The team's documents, read from the server's change feed a page at a time.
 *
 * Why not PouchDB's replicate.from: events are immutable documents with one revision each, so
 * the replicator's per-batch `_revs_diff` and `_bulk_get` (a second download of every document a
 * function filter already saw in the feed) buy nothing here, and its run has no end a page could
 * announce. Here one request brings a page of documents with `include_docs`, the caller stores it
 * (`new_edits: false`: the server's revision, so storing it twice is a no-op), announces it and
 * writes the checkpoint; the next page is already on its way meanwhile. Memory holds two pages.
 */
export interface ChangesPage {
  /** The documents of the page (deleted ones included: the caller's filter leaves them out). */
  docs: unknown[];
  /** Rows in the page (a change without a document counts too). */
  rows: number;
  /** Where the next page starts (the checkpoint once this page is stored). */
  lastSeq: string | number;
  /** Changes still to come after this page, when the server says (CouchDB 2+ does; pouchdb-server does not). */
  pending: number | null;
}

export interface StreamChangesOptions {
  fetch: Fetcher;
  /** The team database's URL. */
  url: string;
  since: string | number;
  /** Changes per request. */
  limit: number;
  /** A server-side Mango selector (`filter=_selector`): only matching documents are sent. */
  selector?: Record<string, unknown>;
  /** Stores, announces and checkpoints one page; return false to stop. */
  onPage(page: ChangesPage): Promise<boolean | void>;
}

/** An HTTP error with its status, as PouchDB's errors carry it (session.ts's statusOf reads it). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
  ) {
    super(reason || `HTTP ${status}`);
  }
}

/** A CouchDB answer whose `list` field is a list, or an HttpError with the server's reason (else `what`). */
const readBody = async (response: Response, list: 'results' | 'rows', what: string): Promise<Record<string, unknown>> => {
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (!response.ok || !body || !Array.isArray(body[list])) throw new HttpError(response.ok ? 500 : response.status, reasonOf(body) || what);
  return body;
};

const readPage = async (options: StreamChangesOptions, since: string | number): Promise<ChangesPage> => {
  const params = new URLSearchParams({ since: String(since), limit: String(options.limit), include_docs: 'true', style: 'main_only' });
  if (options.selector) params.set('filter', '_selector');
  const response = await options.fetch(`${options.url}/_changes?${params}`, {
    method: options.selector ? 'POST' : 'GET',
    headers: { Accept: 'application/json', ...(options.selector ? { 'Content-Type': 'application/json' } : {}) },
    ...(options.selector ? { body: JSON.stringify({ selector: options.selector }) } : {}),
  });
  const body = (await readBody(response, 'results', 'the change feed could not be read')) as {
    results: Array<{ doc?: unknown }>;
    last_seq?: string | number;
    pending?: unknown;
  };
  const docs: unknown[] = [];
  for (const row of body.results) if (row.doc) docs.push(row.doc);
  return {
    docs,
    rows: body.results.length,
    lastSeq: body.last_seq ?? since,
    pending: typeof body.pending === 'number' ? body.pending : null,
  };
};

/** Reads the feed from `since` to its end (or until `onPage` says stop); resolves with the last checkpoint stored. */
export const streamChanges = async (options: StreamChangesOptions): Promise<string | number> => {
  let since = options.since;
  let next = readPage(options, since);
  for (;;) {
    const page = await next;
    const last = page.rows < options.limit;
    // The next page travels while this one is stored.
    if (!last) {
      next = readPage(options, page.lastSeq);
      next.catch(() => undefined); // seen by the next await, or dropped when this one stops
    }
    const go = await options.onPage(page);
    since = page.lastSeq;
    if (last || go === false) return since;
  }
};

export interface StreamRangeOptions {
  fetch: Fetcher;
  url: string;
  startkey: string;
  endkey: string;
  /** Ids listed per request (and documents fetched per request at most). */
  limit: number;
  /** Which of these ids this browser holds already: they are not downloaded again. */
  held(ids: readonly string[]): Promise<ReadonlySet<string>>;
  /** Stores and announces one page of the documents this browser lacked. */
  onPage(page: { docs: unknown[]; rows: number }): Promise<void>;
}

/**
 * The documents of one key range that this browser lacks, a page at a time: how a CSM's browser
 * fetches the history of an account it starts working on. The range's ids are listed first
 * (`_all_docs` without the documents), and only the missing ones are fetched (`POST _all_docs`
 * with their keys): the account of a CSM's own events, found on a new laptop, holds mostly
 * their own events, which the feed brought already. Deleted documents are not in `_all_docs`,
 * which suits: there is nothing to keep of them.
 */
export const streamRange = async (options: StreamRangeOptions): Promise<void> => {
  let startkey = options.startkey;
  let skip = false;
  for (;;) {
    const params = new URLSearchParams({
      startkey: JSON.stringify(startkey),
      endkey: JSON.stringify(options.endkey),
      limit: String(options.limit),
      ...(skip ? { skip: '1' } : {}),
    });
    const listed = await readBody(
      await options.fetch(`${options.url}/_all_docs?${params}`, { headers: { Accept: 'application/json' } }),
      'rows',
      'the account’s documents could not be listed',
    );
    const ids = (listed['rows'] as Array<{ id?: unknown }>).flatMap((row) => (typeof row.id === 'string' ? [row.id] : []));
    const held = ids.length ? await options.held(ids) : new Set<string>();
    const missing = ids.filter((id) => !held.has(id));
    if (missing.length) {
      const fetched = await readBody(
        await options.fetch(`${options.url}/_all_docs?include_docs=true`, {
          method: 'POST',
          headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
          body: JSON.stringify({ keys: missing }),
        }),
        'rows',
        'the account’s documents could not be read',
      );
      const docs: unknown[] = [];
      for (const row of fetched['rows'] as Array<{ doc?: unknown }>) if (row.doc) docs.push(row.doc);
      await options.onPage({ docs, rows: docs.length });
    }
    const last = ids[ids.length - 1];
    if (ids.length < options.limit || last === undefined) return;
    // The next page starts after the last id (skip=1 leaves it out): no offset to grow with the range.
    startkey = last;
    skip = true;
  }
};
