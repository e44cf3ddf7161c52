import type { Observation } from '../../lib/audit/merge';
import { fromEventDoc } from '../../lib/events/doc';
import { openRemoteDb, type EventDb } from '../events/db';
import { REKEY_KEY, rekeyOwnEvents, type RekeyMarker } from '../events/rekey';
import type { AccountProfile } from '../../lib/core/profile/schema';
import type { ProgressEvent } from '../../lib/core/progress/events';
import { randomSuffix } from '../../lib/store/ids';
import { streamChanges, streamRange } from './pull';
import { accountKeyRanges, bookSelector, pullScopeOf, type PullScope } from './scope';
import { acceptPulled } from './pull-limits';
import { createUnpushed } from './unpushed';
import {
  allCardsRange,
  CARD_PREFIX,
  cardAddsNews,
  cardDocId,
  cardDocSchema,
  cardFactsOf,
  cardObservation,
  foldCards,
  type CardDoc,
} from './card';
import {
  emptySyncState,
  policyMaxDocs,
  readSyncState,
  TEAM_SYNC_KEY,
  TEAM_SYNC_STATE_KEY,
  TEAM_SYNC_TOKEN_KEY,
  TEAM_SYNC_PULL_KEY,
  type RefusedEvent,
  type SyncErrorKind,
  type SyncState,
} from '../../lib/sync/schema';
import { originPattern, policyUrl, teamSyncConfigSchema, type TeamSyncConfig } from '../../lib/sync/config';
import { errorText, isNetworkError, sessionContext, sessionUser, signIn, signOut, statusOf, SyncError, teamFetch, type Fetcher } from '../../lib/sync/session';

/** The slice of chrome.storage.{local,session} team sync uses. */
export interface KeyArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface TeamSyncOptions {
  /** The local event database (the background's only one). */
  db: EventDb;
  /** chrome.storage.local: the config and the state. */
  local: KeyArea;
  /** chrome.storage.session: an SSO token, memory only. Without it, tokens are not offered. */
  session?: KeyArea;
  /** Tells open tabs and the dashboard about pulled events (EventService.announce). */
  announce(events: ProgressEvent[]): Promise<void>;
  /** Merges pulled account cards into this browser's profiles (the writer's `profiles/observe`). */
  observe?(observations: Observation[]): Promise<void>;
  /** This browser's account profiles, whose team facts go up as account cards (background/sync/card.ts). */
  profiles?(): Promise<Record<string, AccountProfile>>;
  /** The network (the browser's fetch, whose cookie jar keeps the session; tests inject one). */
  fetch?: Fetcher;
  /** The enterprise policy (chrome.storage.managed); `teamSyncUrl` there wins and is locked. */
  managed?: () => Promise<unknown>;
  /** Whether the extension may reach this origin pattern (chrome.permissions.contains). */
  hasPermission?: (pattern: string) => Promise<boolean>;
  now?: () => string;
  /** Wait after a stored batch before pushing, so a burst of ticks is one replication. */
  debounceMs?: number;
  openRemote?: (url: string, fetcher: Fetcher) => EventDb;
  /** The pull cap, when not from policy (tests). */
  maxDocs?: number;
  /** Changes per pull request (tests use small pages to see a pull in several). */
  pullPage?: number;
}

export interface TeamSync {
  /**
   * The CouchDB user events recorded in this browser are stamped with: the server's session name
   * (userCtx.name) from the last sign-in or token, undefined before the first one.
   */
  owner(): Promise<string | undefined>;
  /** A sync in ~debounceMs (after a stored batch). */
  schedule(): void;
  /**
   * Push then pull; each direction runs one at a time (a call during a run asks for one more),
   * and a push never waits for a pull. `waitMs`: answer once the pull ran that long (it goes on).
   */
  run(options?: { waitMs?: number }): Promise<SyncState>;
  /** Own documents just stored (events recorded here): they go up with the next push. */
  ownStored(docIds: readonly string[]): Promise<void>;
  configure(config: TeamSyncConfig): Promise<SyncState>;
  signIn(password: string): Promise<SyncState>;
  signOut(): Promise<SyncState>;
  setToken(token: string | null): Promise<SyncState>;
  /** The state with a fresh pending count. */
  status(): Promise<SyncState>;
  /** Profiles changed: their account cards are brought up to date at the next sync (scheduled). */
  profilesChanged(): void;
}

const BATCH_SIZE = 500;
/** Changes per pull request: two pages in memory at most (~1 MB). */
const PULL_PAGE = 2_000;
/** Accounts a CSM's pull fetches at once (key-range reads of a few dozen documents each). */
const ACCOUNT_FETCHES = 4;
/** How long a click (Sign in, Sync now) waits for a pull before it answers with the progress. */
export const ANSWER_WAIT_MS = 3_000;
/** Push errors the pull would meet too: it is not tried after them. */
const PULL_STOPS = new Set<SyncErrorKind>(['signed-out', 'permission', 'mismatch', 'offline']);

/** Where the pull from one team database stopped (`local:teamSyncPull`). */
interface PullCheckpoint {
  url: string;
  since: string | number;
  /** Changes read from this database so far (progress of a first pull). */
  received: number;
  /** What the server said it held when the first pull started. */
  total: number | null;
  /** A pull from this database has reached the end of its change feed once. */
  done: boolean;
  /** What the pull takes (scope.ts); absent before this version: it pulled the team. */
  scope?: PullScope;
  /** Book scope: the accounts whose whole history is held (fetched, or in the feed from its start). */
  accounts: string[];
}
const readPullCheckpoint = (raw: unknown, url: string): PullCheckpoint => {
  const saved = raw as Partial<PullCheckpoint> | undefined;
  if (!saved || saved.url !== url || (typeof saved.since !== 'string' && typeof saved.since !== 'number'))
    return { url, since: 0, received: 0, total: null, done: false, accounts: [] };
  return {
    url,
    since: saved.since,
    received: typeof saved.received === 'number' ? saved.received : 0,
    total: typeof saved.total === 'number' ? saved.total : null,
    done: saved.done === true,
    // A checkpoint of an older version (no scope) comes from a pull of the whole team.
    scope: saved.scope === 'book' ? 'book' : 'team',
    accounts: Array.isArray(saved.accounts) ? saved.accounts.filter((a): a is string => typeof a === 'string') : [],
  };
};

/**
 * Push filter (runs on the local database): only events and account cards the signed-in CSM
 * recorded. PouchDB serialises it into the replication's filter, so it names its prefixes itself.
 */
const ownedBy = (doc: { _id?: string; owner?: unknown }, req?: { query?: { owner?: string } }): boolean =>
  typeof doc._id === 'string' &&
  (doc._id.startsWith('ev/') || doc._id.startsWith('card/')) &&
  typeof doc.owner === 'string' &&
  doc.owner === req?.query?.owner;


const REFUSED_NAMES = new Set(['forbidden', 'unauthorized']);

const mismatchMessage = (session: string, typed: string): string =>
  `You are signed in to the team server as “${session}”, but your team sync user name here is “${typed}”. Nothing is sent until they agree: sign in as ${typed}, or change the user name to ${session}.`;

/** A stored document without PouchDB's bookkeeping (`_rev` stays: the card schema allows it). */
const stripMeta = (doc: unknown): unknown => {
  if (typeof doc !== 'object' || doc === null) return doc;
  const { _revisions: _r, _conflicts: _c, _attachments: _a, ...rest } = doc as Record<string, unknown>;
  return rest;
};

export const createTeamSync = (options: TeamSyncOptions): TeamSync => {
  const { db, local } = options;
  const now = options.now ?? (() => new Date().toISOString());
  const baseFetch: Fetcher = options.fetch ?? ((input, init) => fetch(input, init));
  const openRemote = options.openRemote ?? openRemoteDb;
  const debounceMs = options.debounceMs ?? 1500;

  let tokenCache: string | undefined;
  const readToken = async (): Promise<string | undefined> => {
    if (!options.session) return undefined;
    const value = (await options.session.get(TEAM_SYNC_TOKEN_KEY))[TEAM_SYNC_TOKEN_KEY];
    tokenCache = typeof value === 'string' && value ? value : undefined;
    return tokenCache;
  };
  const fetcher = teamFetch(baseFetch, () => tokenCache);

  const readConfig = async (): Promise<{ config: TeamSyncConfig | null; locked: boolean }> => {
    const stored = teamSyncConfigSchema.safeParse((await local.get(TEAM_SYNC_KEY))[TEAM_SYNC_KEY]);
    const fromPolicy = policyUrl(await options.managed?.().catch(() => undefined));
    if (!stored.success) return { config: null, locked: !!fromPolicy };
    return { config: fromPolicy ? { ...stored.data, url: fromPolicy } : stored.data, locked: !!fromPolicy };
  };

  const readState = async (): Promise<SyncState> => readSyncState((await local.get(TEAM_SYNC_STATE_KEY))[TEAM_SYNC_STATE_KEY]);
  const writeState = async (state: SyncState): Promise<SyncState> => {
    await local.set({ [TEAM_SYNC_STATE_KEY]: state });
    return state;
  };

  const unpushed = createUnpushed(local);

  /**
   * The state with config, lock and counts brought up to date (not yet written). The waiting
   * count is the unpushed list's length (unpushed.ts): no read of the local log.
   */
  const decorate = async (stored: SyncState): Promise<{ state: SyncState; config: TeamSyncConfig | null }> => {
    const { config, locked } = await readConfig();
    await readToken();
    const state: SyncState = {
      ...stored,
      configured: !!config,
      user: config?.user ?? null,
      url: config?.url ?? null,
      urlLocked: locked,
      signedIn: stored.signedIn || !!tokenCache,
    };
    state.pending = state.sessionUser ? (await unpushed.read()).ids.length + state.refused.length : state.refused.length;
    return { state, config };
  };
  const current = async () => decorate(await readState());

  // Push and pull write the state while both run: one change at a time, each on the latest state.
  let writes: Promise<unknown> = Promise.resolve();
  const update = (change: (state: SyncState) => SyncState): Promise<SyncState> => {
    const next = writes.then(async () => writeState(change((await current()).state)));
    writes = next.catch(() => undefined);
    return next;
  };

  const failed = (state: SyncState, kind: SyncErrorKind, message: string): SyncState => ({
    ...state,
    lastError: { kind, message, at: now() },
  });

  const origin = (url: string) => new URL(url).origin;

  /** What a failed replication means for the CSM, in their words. */
  const explain = async (error: unknown, config: TeamSyncConfig): Promise<{ kind: SyncErrorKind; message: string; signedOut?: boolean }> => {
    if (error instanceof SyncError) return { kind: error.kind, message: error.message };
    const status = statusOf(error);
    if (isNetworkError(error) || status === undefined) {
      return {
        kind: 'offline',
        message: `Can’t reach the team server at ${origin(config.url)} (offline?). Your progress is kept on this browser and goes up when it is back.`,
      };
    }
    if (status === 401) {
      // Anonymous now: the session ended (signed out, expired). Otherwise the account is not let in
      // (pouchdb-server answers 401 where CouchDB answers 403 for a non-member).
      if (!tokenCache && (await sessionUser(fetcher, config.url)) === null) {
        return { kind: 'signed-out', message: 'Your team sync session has ended: sign in again to share your progress.', signedOut: true };
      }
      return { kind: 'unauthorized', message: `The team server did not accept your account ${config.user} (401: ${errorText(error)}). Ask your team lead to add it to the team.` };
    }
    if (status === 403) return { kind: 'forbidden', message: `The team server refused access (403): ${errorText(error)}` };
    if (status === 404) return { kind: 'server', message: `There is no team database at ${config.url} (404): check the URL with your team lead.` };
    return { kind: 'server', message: `The team server answered with an error (${status}): ${errorText(error)}` };
  };

  const refusedFrom = (errors: unknown[], at: string): RefusedEvent[] =>
    errors.flatMap((raw) => {
      const error = raw as { id?: unknown; name?: unknown; error?: unknown; reason?: unknown; message?: unknown };
      const name = String(error.name ?? error.error ?? '').toLowerCase();
      if (!REFUSED_NAMES.has(name) || typeof error.id !== 'string') return [];
      // ev/<account>/[@<user>/]<event id>, card/<account>/@<user>/<card id>
      const [, accountId = '', ...rest] = error.id.split('/');
      const eventId = (rest[0]?.startsWith('@') ? rest.slice(1) : rest).join('/');
      const reason = typeof error.reason === 'string' && error.reason ? error.reason : typeof error.message === 'string' ? error.message : name;
      return [{ eventId, accountId, docId: error.id, reason: reason.slice(0, 1000), at }];
    });

  /**
   * Account cards: for each profile whose team facts say something the cards here (own and
   * pulled) do not, one new card in the owner's name. Values are compared, not sightings, so a
   * page seen again writes nothing, and a card pulled from a colleague and merged into the profile
   * is not sent back as this CSM's.
   */
  let cardsDirty = true;
  /** The profiles changed since a CSM's pull last read them for the accounts of their book (scope.ts). */
  let bookDirty = true;
  const publishCards = async (owner: string): Promise<void> => {
    if (!options.profiles || !cardsDirty) return;
    cardsDirty = false;
    const profiles = await options.profiles();
    const { rows } = await db.allDocs({ ...allCardsRange, include_docs: true });
    const cards = rows.flatMap((row) => {
      const parsed = cardDocSchema.safeParse(stripMeta(row.doc));
      return parsed.success ? [parsed.data] : [];
    });
    const known = foldCards(cards);
    const at = now();
    const docs: CardDoc[] = [];
    for (const profile of Object.values(profiles)) {
      const facts = cardFactsOf(profile);
      if (!Object.keys(facts).length || !cardAddsNews(facts, known.get(profile.accountId))) continue;
      const id = `${at}-${randomSuffix()}`;
      docs.push({ _id: cardDocId(profile.accountId, owner, id), kind: 'card', id, accountId: profile.accountId, owner, at, facts });
    }
    if (docs.length) {
      await db.bulkDocs(docs);
      await unpushed.add(docs.map((doc) => doc._id));
    }
  };

  /**
   * Once per user, before their first push with this version: their ticks still under the id
   * without the user (an older version's) and not on the server yet get the new id (background/events/rekey.ts),
   * so validation v3 takes them instead of leaving them waiting forever. What the server already
   * holds stays as it is; refusals of the old ids are forgotten (the new documents are pushed as new).
   */
  const rekeyOnce = async (user: string, state: SyncState, remote: EventDb): Promise<void> => {
    const marker = ((await local.get(REKEY_KEY))[REKEY_KEY] ?? {}) as RekeyMarker;
    if (typeof marker[user] === 'string') return;
    const rekeyed = await rekeyOwnEvents(db, {
      user,
      since: state.pushedSeq[user],
      also: state.refused.map((r) => r.docId ?? `ev/${r.accountId}/${r.eventId}`),
      held: async (revs) => {
        const missing = await remote.revsDiff(Object.fromEntries(Object.entries(revs).map(([id, rev]) => [id, [rev]])));
        return new Set(Object.keys(revs).filter((id) => !(id in missing)));
      },
    });
    if (rekeyed.size) {
      await unpushed.add([...rekeyed.values()]);
      await update((s) => ({ ...s, refused: s.refused.filter((r) => !rekeyed.has(r.docId ?? `ev/${r.accountId}/${r.eventId}`)) }));
    }
    await local.set({ [REKEY_KEY]: { ...marker, [user]: now() } satisfies RekeyMarker });
  };

  /**
   * What both directions check first: set up, signed in, allowed to reach the server, and the
   * server's word on who this browser is (an expired session asks for a sign-in; a session that
   * is not the configured user stops everything: their events would be refused). Either the
   * user and config to sync with, or the state to show instead.
   */
  const prepare = async (): Promise<{ user: string; roles: string[] | null; config: TeamSyncConfig } | { stop: SyncState }> => {
    const { state, config } = await current();
    if (!config) return { stop: await update((s) => ({ ...s, lastError: null })) };
    if (!state.signedIn) {
      return { stop: await update((s) => failed(s, 'signed-out', 'Signed out of team sync: sign in to share your progress with the team.')) };
    }
    const pattern = originPattern(config.url);
    if (options.hasPermission && !(await options.hasPermission(pattern).catch(() => false))) {
      return {
        stop: await update((s) => failed(s, 'permission', `CSM Guide may not reach ${origin(config.url)} yet: press Sign in on the options page and allow it.`)),
      };
    }
    const context = await sessionContext(fetcher, config.url);
    const live = context?.name;
    if (live === null) {
      const message = tokenCache
        ? 'The team server does not accept your sign-in token (expired, or not one it knows): paste a new one in Settings.'
        : 'Your team sync session has ended: sign in again to share your progress.';
      return { stop: await update((s) => failed({ ...s, signedIn: false }, 'signed-out', message)) };
    }
    const user = live ?? state.sessionUser;
    if (!user) return { stop: await update((s) => failed(s, 'offline', `Can’t reach the team server at ${origin(config.url)} to check who is signed in.`)) };
    if (user !== state.sessionUser) await update((s) => ({ ...s, sessionUser: user }));
    if (user !== config.user) return { stop: await update((s) => failed({ ...s, sessionUser: user }, 'mismatch', mismatchMessage(user, config.user))) };
    // Roles null: the server could not be asked this time (the pull keeps the scope it had).
    return { user, roles: context ? context.roles : null, config };
  };

  const pushFailed = async (error: unknown, config: TeamSyncConfig): Promise<SyncState> => {
    const { kind, message, signedOut } = await explain(error, config);
    return update((s) => failed({ ...s, ...(signedOut ? { signedIn: false } : {}) }, kind, message));
  };

  /**
   * Own documents not on the server yet, sent by id: the unpushed list (unpushed.ts) and the
   * refused ones (offered again at every sync until the server takes them). Read from the local
   * log by key, so a push costs the same with 0 or 300,000 team events stored. Each document
   * goes with its revision (`new_edits: false`), as the replicator sends it: pushing one the
   * server already holds changes nothing.
   */
  const pushIds = async (ids: readonly string[], remote: EventDb, at: string): Promise<{ refused: RefusedEvent[]; failed: number }> => {
    const refused: RefusedEvent[] = [];
    let failedCount = 0;
    for (let start = 0; start < ids.length; start += BATCH_SIZE) {
      const chunk = ids.slice(start, start + BATCH_SIZE);
      const { rows } = await db.allDocs({ keys: chunk });
      const present = rows.flatMap((row) => {
        const value = (row as { value?: { rev?: string; deleted?: boolean } }).value;
        return value?.rev && !value.deleted ? [{ id: row.key, rev: value.rev }] : [];
      });
      // What the server holds already (pushed from this browser before a stop, or from another
      // browser of the same user and pulled here) is not sent again: its validation would
      // refuse the copy as an edit.
      const missing = present.length ? await remote.revsDiff(Object.fromEntries(present.map((doc) => [doc.id, [doc.rev]]))) : {};
      const held = present.filter((doc) => !(doc.id in missing));
      if (held.length) await unpushed.remove(held.map((doc) => doc.id));
      const send = present.filter((doc) => doc.id in missing);
      if (!send.length) continue;
      const got = await db.bulkGet({ docs: send, revs: true });
      const docs = got.results.flatMap((result) => result.docs.flatMap((doc) => ('ok' in doc ? [doc.ok] : [])));
      const answers = (await remote.bulkDocs(docs, { new_edits: false })) as unknown[];
      const errors = answers.filter((a) => !!(a as { error?: unknown; name?: unknown }).error || !!(a as { status?: unknown }).status);
      const taken = refusedFrom(errors, at);
      refused.push(...taken);
      // Taken, or refused (kept in the refused list from now): no longer in the unpushed list.
      // Any other answer (a server error for one document) leaves it there for the next push.
      const other = new Set(errors.map((e) => (e as { id?: string }).id).filter((id) => !taken.some((r) => r.docId === id)));
      failedCount += other.size;
      await unpushed.remove(send.map((doc) => doc.id).filter((id) => !other.has(id)));
    }
    return { refused, failed: failedCount };
  };

  /**
   * Once, on a browser an older version synced: what waited then is found the old way (a
   * filtered push from the push checkpoint, which reads the local log since it), after which
   * the unpushed list is complete and kept.
   */
  const catchUpOldWay = async (user: string, remote: EventDb, at: string): Promise<RefusedEvent[]> => {
    const push = await db.replicate.to(remote, {
      filter: ownedBy as never,
      query_params: { owner: user },
      batch_size: BATCH_SIZE,
      checkpoint: 'source',
    } as PouchDB.Replication.ReplicateOptions);
    await update((s) => (push.last_seq === undefined ? s : { ...s, pushedSeq: { ...s.pushedSeq, [user]: push.last_seq } }));
    await unpushed.start([]);
    return refusedFrom((push.errors ?? []) as unknown[], at);
  };

  /** Push: own events and cards only, never behind a pull (its own run, its own lock). */
  const pushOnce = async (): Promise<SyncState> => {
    const ready = await prepare();
    if ('stop' in ready) return ready.stop;
    const { user, config } = ready;
    const remote = openRemote(config.url, fetcher);
    try {
      await publishCards(user).catch((error: unknown) => {
        cardsDirty = true;
        throw error;
      });
      await rekeyOnce(user, (await current()).state, remote);
      const at = now();
      const list = await unpushed.read();
      const older = list.complete ? [] : await catchUpOldWay(user, remote, at);
      const { state: fresh } = await current();
      const retry = fresh.refused.map((r) => r.docId ?? `ev/${r.accountId}/${r.eventId}`);
      const ids = [...new Set([...(await unpushed.read()).ids, ...retry, ...older.map((r) => r.docId!)])];
      const { refused } = await pushIds(ids, remote, at);
      const known = new Set(refused.map((r) => r.docId));
      const allRefused = [...refused, ...older.filter((r) => !known.has(r.docId))];
      // A push clears the errors a push meets; a pull's cap stays until a pull ends without it.
      return await update((s) => ({
        ...s,
        refused: allRefused,
        pending: s.pending - s.refused.length + allRefused.length,
        lastError: s.lastError?.kind === 'limit' ? s.lastError : null,
      }));
    } catch (error) {
      return pushFailed(error, config);
    } finally {
      void remote.close().catch(() => undefined);
    }
  };

  /**
   * Pull: the team's documents from the change feed, a page at a time (pull.ts). Each page is
   * stored, announced to the open pages and checkpointed before the next is taken, so memory
   * holds a page or two whatever the history, the dashboard grows while it runs, and a pull cut
   * short (the worker stopped, the browser closed) resumes from the last stored page. Only
   * events and account cards this version reads, of a sane size and not dated ahead, are kept
   * (pull-limits.ts); the rest is counted as skipped. A cap on the documents this browser holds
   * (policy teamSyncMaxDocs) stops a flood with an error.
   *
   * What is pulled follows the roles the server vouches for (scope.ts): a lead's browser takes
   * the team; a CSM's takes their book — the feed filtered by a server-side selector to their
   * own documents and their accounts', and an account they start working on (opened here, or
   * named by their own events from another browser) fetched whole by its key range first.
   */
  const pullOnce = async (): Promise<SyncState> => {
    const ready = await prepare();
    if ('stop' in ready) return ready.stop;
    const { config, user } = ready;
    const maxDocs = options.maxDocs ?? policyMaxDocs(await options.managed?.().catch(() => undefined));
    const held = (await db.info()).doc_count;
    let saved = readPullCheckpoint((await local.get(TEAM_SYNC_PULL_KEY))[TEAM_SYNC_PULL_KEY], config.url);
    const scope = ready.roles ? pullScopeOf(ready.roles) : saved.scope;
    // The server could not say who this is and nothing was pulled yet: the next sync asks again.
    if (!scope) return (await current()).state;
    // A CSM who became a lead needs the whole team: the feed from its start (storing what is here is a no-op).
    if (scope === 'team' && saved.scope === 'book') saved = { ...readPullCheckpoint(undefined, config.url), scope };
    // The accounts whose whole history this browser holds (book scope). A browser that pulled the
    // team, or a pull from the feed's start, holds (or will hold) every account it wants.
    // The profiles are read only when they changed since (opening a record changes them): a
    // CSM's may be thousands, and a pull runs every minute.
    const readBook = scope === 'book' && bookDirty;
    if (readBook) bookDirty = false;
    const opened = readBook ? Object.keys((await options.profiles?.().catch(() => ({}))) ?? {}) : [];
    const wanted = scope === 'book' ? new Set([...saved.accounts, ...opened]) : new Set<string>();
    const heldAccounts = new Set(saved.scope === 'team' || saved.since === 0 ? wanted : saved.accounts);
    const first = !saved.done;
    let received = saved.received;
    // A CSM's share of the server is not known ahead: their progress counts up ("so far").
    let total: number | null = scope === 'book' ? null : saved.total;
    let since = saved.since;
    let skipped = 0;
    let capped = false;
    let pulledCount = 0;
    const startedAt = now();
    const pullNow = Date.parse(now());
    let shownAt = 0;
    let trailing: ReturnType<typeof setTimeout> | undefined;
    const showProgress = async () => {
      // The pages show progress about once a second (each state write reaches every open tab);
      // a page that comes within the second is shown at its end, so a slow next page never
      // leaves an old figure up.
      if (Date.now() - shownAt > 1000) {
        shownAt = Date.now();
        await update((s) => ({ ...s, pull: { received, total, first, startedAt } }));
      } else if (!trailing) {
        trailing = setTimeout(() => {
          trailing = undefined;
          shownAt = Date.now();
          void update((s) => (s.pull ? { ...s, pull: { received, total, first, startedAt } } : s)).catch(() => undefined);
        }, 1000);
      }
    };
    const checkpoint = (done: boolean) =>
      local.set({ [TEAM_SYNC_PULL_KEY]: { url: config.url, since, received, total, done, scope, accounts: [...heldAccounts] } satisfies PullCheckpoint });
    /** Stores one page, announces its events and merges its cards; the own documents' new accounts go to `discovered`. Returns false once the cap is met. */
    const storePage = async (docs: readonly unknown[], rows: number, discovered?: Set<string>): Promise<boolean> => {
      const keep: Array<Record<string, unknown>> = [];
      const events: ProgressEvent[] = [];
      const observations: Observation[] = [];
      for (const doc of docs) {
        if (!acceptPulled(doc, pullNow)) {
          // Deleted documents (an admin's cleanup) are not news: not counted as left out.
          if (!(doc as { _deleted?: unknown })._deleted) skipped++;
          continue;
        }
        keep.push(doc as Record<string, unknown>);
        const id = (doc as { _id: string })._id;
        let accountId: string | undefined;
        if (id.startsWith(CARD_PREFIX)) {
          const card = cardDocSchema.safeParse(stripMeta(doc));
          if (card.success) observations.push(cardObservation(card.data));
          accountId = card.data?.accountId;
        } else {
          const event = fromEventDoc(doc);
          if (event) events.push(event);
          accountId = event?.accountId;
        }
        // The CSM's own document on an account this browser does not hold yet (recorded elsewhere).
        if (discovered && accountId && (doc as { owner?: unknown }).owner === user && !heldAccounts.has(accountId)) discovered.add(accountId);
      }
      if (keep.length) await db.bulkDocs(keep, { new_edits: false });
      received += rows;
      pulledCount += events.length;
      if (observations.length && options.observe) await options.observe(observations).catch(() => undefined);
      if (events.length) await options.announce(events).catch(() => undefined);
      if (held + received - saved.received >= maxDocs) capped = true;
      return !capped;
    };
    /**
     * Fetches the whole history of accounts this browser starts working on, each then held. A few
     * at a time: a CSM's first pull on a new browser discovers their whole book (hundreds of
     * accounts, two small key-range reads each) from their own events.
     */
    const fetchAccounts = async (accounts: Iterable<string>) => {
      const queue = [...accounts];
      const fetchOne = async (account: string) => {
        for (const range of accountKeyRanges(account)) {
          if (capped) return;
          await streamRange({
            fetch: fetcher,
            url: config.url,
            ...range,
            limit: options.pullPage ?? PULL_PAGE,
            held: async (ids) => {
              const { rows } = await db.allDocs({ keys: [...ids] });
              return new Set(rows.flatMap((row) => ('error' in row || !row.value || row.value.deleted ? [] : [row.id])));
            },
            onPage: async (page) => {
              await storePage(page.docs, page.rows);
              await showProgress();
            },
          });
        }
        if (capped) return;
        heldAccounts.add(account);
        await checkpoint(false);
      };
      const worker = async () => {
        for (let account = queue.shift(); account !== undefined && !capped; account = queue.shift()) await fetchOne(account);
      };
      await Promise.all(Array.from({ length: Math.min(ACCOUNT_FETCHES, queue.length) }, worker));
    };
    try {
      if (first && total === null && scope === 'team') {
        // How much history is coming (the server's document count), for "120,000 of 300,000".
        const info = await fetcher(`${config.url}`, { headers: { Accept: 'application/json' } }).then((r) => (r.ok ? r.json() : null)).catch(() => null);
        const count = (info as { doc_count?: unknown } | null)?.doc_count;
        total = typeof count === 'number' ? count : null;
      }
      if (held >= maxDocs) capped = true;
      else await update((s) => ({ ...s, scope, pull: { received, total, first, startedAt } }));
      const discovered = new Set<string>();
      if (!capped) {
        await fetchAccounts([...wanted].filter((account) => !heldAccounts.has(account)));
        // Not all of them held (the cap): the next pull reads the profiles again.
        if (capped && readBook) bookDirty = true;
        if (!capped) await streamChanges({
          fetch: fetcher,
          url: config.url,
          since,
          limit: options.pullPage ?? PULL_PAGE,
          ...(scope === 'book' ? { selector: bookSelector(user, [...heldAccounts]) } : {}),
          onPage: async (page) => {
            const go = await storePage(page.docs, page.rows, scope === 'book' ? discovered : undefined);
            since = page.lastSeq;
            await checkpoint(false);
            if (page.pending !== null && !first && scope === 'team') total = received - saved.received + page.pending;
            await showProgress();
            return go;
          },
        });
        // Accounts the CSM's own events name (recorded in another browser): their history too.
        // The feed from here on follows them (the next pull's selector names them).
        if (!capped) await fetchAccounts(discovered);
      }
      clearTimeout(trailing);
      if (capped) {
        return await update((s) =>
          failed(
            { ...s, pull: null, lastPulled: pulledCount, lastSkipped: skipped },
            'limit',
            `Stopped pulling the team’s progress: this browser holds ${held + received - saved.received} team-sync documents, the most it keeps is ${maxDocs}. Your own ticks are still sent. Ask your team lead: the team database may be flooded, or IT can raise the limit (policy teamSyncMaxDocs).`,
          ),
        );
      }
      await checkpoint(true);
      return await update((s) => ({ ...s, pull: null, lastPulled: pulledCount, lastSkipped: skipped, lastSyncAt: now(), lastError: null }));
    } catch (error) {
      clearTimeout(trailing);
      // Accounts opened here may not all be fetched yet: the next pull looks again.
      if (readBook) bookDirty = true;
      const { kind, message, signedOut } = await explain(error, config);
      return update((s) => failed({ ...s, pull: null, lastPulled: pulledCount, ...(signedOut ? { signedIn: false } : {}) }, kind, message));
    }
  };

  /** One run of `work` at a time; a call during a run asks for one more after it. */
  const serialRuns = (work: () => Promise<SyncState>) => {
    let running: Promise<SyncState> | null = null;
    let again = false;
    const start = (): Promise<SyncState> => {
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        let state: SyncState;
        do {
          again = false;
          state = await work().catch(async (error: unknown) => update((s) => failed(s, 'server', errorText(error))));
        } while (again);
        return state;
      })().finally(() => {
        running = null;
      });
      return running;
    };
    return { start, busy: () => running !== null };
  };
  const pushes = serialRuns(pushOnce);
  const pulls = serialRuns(pullOnce);

  /**
   * Push, then pull. The push never waits for a pull: a tick made while the team's history
   * comes in goes up within seconds. With `waitMs`, a pull still running after it is left to
   * run on (its progress is in the state) and the state so far is returned.
   */
  const run = async (opts: { waitMs?: number } = {}): Promise<SyncState> => {
    const pushed = await pushes.start();
    // Signed out, not allowed, someone else, offline: the pull would meet the same.
    if (pushed.lastError && PULL_STOPS.has(pushed.lastError.kind)) return pushed;
    const pulled = pulls.start();
    if (opts.waitMs === undefined) return pulled;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const waited = await Promise.race([
      pulled,
      new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), opts.waitMs))),
    ]);
    clearTimeout(timer);
    return waited ?? (await current()).state;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void run();
    }, debounceMs);
  };

  return {
    owner: async () => (await readConfig()).config ? ((await readState()).sessionUser ?? undefined) : undefined,
    schedule,
    run,

    async configure(config) {
      const { locked } = await readConfig();
      const stored = teamSyncConfigSchema.safeParse((await local.get(TEAM_SYNC_KEY))[TEAM_SYNC_KEY]);
      const next = { ...config, url: locked && stored.success ? stored.data.url : config.url };
      await local.set({ [TEAM_SYNC_KEY]: next });
      // Each user name keeps its own push checkpoint (pushedSeq), so nothing is reset here.
      return writeState((await current()).state);
    },

    async signIn(password) {
      const { state, config } = await current();
      if (!config) return failed(state, 'signed-out', 'Save the team database URL and your user name first.');
      let name: string;
      try {
        name = (await signIn(fetcher, config.url, config.user, password)).name;
      } catch (error) {
        const kind = error instanceof SyncError ? error.kind : 'server';
        return writeState(failed({ ...state, signedIn: !!tokenCache }, kind, errorText(error)));
      }
      // The name the server gives the session (SSO and proxies may map the typed one to another).
      const live = (await sessionUser(fetcher, config.url)) ?? name;
      const next = { ...state, signedIn: true, sessionUser: live, lastError: null };
      if (live !== config.user) return writeState(failed(next, 'mismatch', mismatchMessage(live, config.user)));
      await writeState(next);
      // The first pull may take minutes: the page gets the state once the push is done and the
      // pull has had a moment, and follows the pull's progress in the state.
      return run({ waitMs: ANSWER_WAIT_MS });
    },

    async signOut() {
      const { state, config } = await current();
      if (config) await signOut(fetcher, config.url);
      await options.session?.remove(TEAM_SYNC_TOKEN_KEY);
      tokenCache = undefined;
      return writeState({ ...state, signedIn: false, lastError: null });
    },

    async setToken(token) {
      if (!options.session) return (await current()).state;
      if (token) await options.session.set({ [TEAM_SYNC_TOKEN_KEY]: token });
      else await options.session.remove(TEAM_SYNC_TOKEN_KEY);
      const { state } = await current();
      // run() asks the server who the token is (userCtx.name) and keeps it as the session user.
      return run().catch(() => state);
    },

    status: async () => writeState((await current()).state),

    async ownStored(docIds) {
      await unpushed.add(docIds);
      // The pages' waiting count follows at once, not at the next push's answer.
      if ((await readConfig()).config) void update((s) => s).catch(() => undefined);
    },

    profilesChanged() {
      cardsDirty = true;
      bookDirty = true;
      schedule();
    },
  };
};

export { emptySyncState };
