import type { Observation } from '../../lib/audit/merge';
import { fromEventDoc } from '../../lib/events/doc';
import { openRemoteDb, type EventDb } from '../events/db';
import { REKEY_KEY, rekeyOwnEvents, type RekeyMarker } from '../events/rekey';
import type { AccountProfile } from '../../lib/core/profile/schema';
import type { ProgressEvent } from '../../lib/core/progress/events';
import { randomSuffix } from '../../lib/store/ids';
import { acceptPulled } from './pull-limits';
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
  MAX_PENDING_COUNT,
  originPattern,
  policyMaxDocs,
  policyUrl,
  readSyncState,
  teamSyncConfigSchema,
  TEAM_SYNC_KEY,
  TEAM_SYNC_STATE_KEY,
  TEAM_SYNC_TOKEN_KEY,
  type RefusedEvent,
  type SyncErrorKind,
  type SyncState,
  type TeamSyncConfig,
} from '../../lib/sync/schema';
import { errorText, isNetworkError, sessionUser, signIn, signOut, statusOf, SyncError, teamFetch, type Fetcher } from '../../lib/sync/session';

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
}

export interface TeamSync {
  /**
   * The CouchDB user events recorded in this browser are stamped with: the server's session name
   * (userCtx.name) from the last sign-in or token, undefined before the first one.
   */
  owner(): Promise<string | undefined>;
  /** A sync in ~debounceMs (after a stored batch). */
  schedule(): void;
  /** Push then pull, once; concurrent calls share one run (and one more if asked during it). */
  run(): Promise<SyncState>;
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

  /** Own events stored after the push checkpoint (a bounded read of the local change feed). */
  const countPending = async (user: string | null, since: number | string | undefined): Promise<number> => {
    if (!user) return 0;
    const changes = await db.changes({
      since: since ?? 0,
      limit: MAX_PENDING_COUNT,
      filter: ownedBy as never,
      query_params: { owner: user },
      return_docs: true,
    } as PouchDB.Core.ChangesOptions);
    return changes.results.length;
  };

  /** The state with config, lock and counts brought up to date (not yet written). */
  const current = async (): Promise<{ state: SyncState; config: TeamSyncConfig | null }> => {
    const { config, locked } = await readConfig();
    const stored = await readState();
    await readToken();
    const state: SyncState = {
      ...stored,
      configured: !!config,
      user: config?.user ?? null,
      url: config?.url ?? null,
      urlLocked: locked,
      signedIn: stored.signedIn || !!tokenCache,
    };
    const owner = state.sessionUser;
    state.pending = (await countPending(owner, owner ? state.pushedSeq[owner] : undefined)) + state.refused.length;
    return { state, config };
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
    if (docs.length) await db.bulkDocs(docs);
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
    if (rekeyed.size) state.refused = state.refused.filter((r) => !rekeyed.has(r.docId ?? `ev/${r.accountId}/${r.eventId}`));
    await local.set({ [REKEY_KEY]: { ...marker, [user]: now() } satisfies RekeyMarker });
  };

  const once = async (): Promise<SyncState> => {
    const { state, config } = await current();
    if (!config) return writeState({ ...state, lastError: null });
    if (!state.signedIn) {
      return writeState(failed(state, 'signed-out', 'Signed out of team sync: sign in to share your progress with the team.'));
    }
    const pattern = originPattern(config.url);
    if (options.hasPermission && !(await options.hasPermission(pattern).catch(() => false))) {
      return writeState(
        failed(state, 'permission', `CSM Guide may not reach ${origin(config.url)} yet: press Sign in on the options page and allow it.`),
      );
    }
    // The server's word on who this browser is, every sync: an expired session asks for a sign-in,
    // and a session that is not the configured user stops everything (their events would be refused).
    const live = await sessionUser(fetcher, config.url);
    if (live === null) {
      const message = tokenCache
        ? 'The team server does not accept your sign-in token (expired, or not one it knows): paste a new one in Settings.'
        : 'Your team sync session has ended: sign in again to share your progress.';
      return writeState(failed({ ...state, signedIn: false }, 'signed-out', message));
    }
    const user = live ?? state.sessionUser;
    if (!user) return writeState(failed(state, 'offline', `Can’t reach the team server at ${origin(config.url)} to check who is signed in.`));
    if (user !== state.sessionUser) state.sessionUser = user;
    if (user !== config.user) return writeState(failed(state, 'mismatch', mismatchMessage(user, config.user)));

    const remote = openRemote(config.url, fetcher);
    try {
      await publishCards(user).catch((error: unknown) => {
        cardsDirty = true;
        throw error;
      });
      await rekeyOnce(user, state, remote);
      const at = now();
      // Refused before: the push checkpoint went past them, so they are offered again by id at
      // every sync (still counted as waiting) until the server takes them or the cause is fixed.
      let refused: RefusedEvent[] = [];
      if (state.refused.length) {
        const retry = state.refused.map((r) => ({ ...r, docId: r.docId ?? `ev/${r.accountId}/${r.eventId}` }));
        const again = await db.replicate.to(remote, {
          doc_ids: retry.map((r) => r.docId),
          checkpoint: false,
          batch_size: BATCH_SIZE,
        } as PouchDB.Replication.ReplicateOptions);
        const reasons = new Map(refusedFrom((again.errors ?? []) as unknown[], at).map((r) => [r.docId, r.reason]));
        refused = retry.flatMap((r) => (reasons.has(r.docId) ? [{ ...r, reason: reasons.get(r.docId)! }] : []));
      }
      // Push: own events and cards only. query_params name the owner, so each user has its own
      // checkpoint, kept on this browser only: a member cannot move it on the server.
      const pushOwn = () =>
        db.replicate.to(remote, {
          filter: ownedBy as never,
          query_params: { owner: user },
          batch_size: BATCH_SIZE,
          checkpoint: 'source',
        } as PouchDB.Replication.ReplicateOptions);
      const push = await pushOwn();
      const known = new Set(refused.map((r) => r.docId));
      const allRefused = [...refused, ...refusedFrom((push.errors ?? []) as unknown[], at).filter((r) => !known.has(r.docId))];
      let pushedSeq = push.last_seq === undefined ? state.pushedSeq : { ...state.pushedSeq, [user]: push.last_seq };

      // Pull: the whole team (leads and CSMs read everything); each batch is announced to the open
      // pages as it is stored. Only events and account cards this version reads, of a sane size
      // and not dated ahead, are kept (pull-limits.ts); the rest is counted as skipped. A cap on
      // the documents this browser holds (policy teamSyncMaxDocs) stops a flood with an error.
      const maxDocs = options.maxDocs ?? policyMaxDocs(await options.managed?.().catch(() => undefined));
      const held = (await db.info()).doc_count;
      let received = 0;
      let skipped = 0;
      let capped = false;
      let pulledCount = 0;
      // This user's own documents pulled back (written from another of their browsers): stored
      // after the push checkpoint, they would count as waiting until the next push passed them.
      let pulledOwn = 0;
      const told: Array<Promise<unknown>> = [];
      const pullNow = Date.parse(now());
      const pull = db.replicate.from(remote, {
        filter: ((doc: unknown) => {
          const ok = acceptPulled(doc, pullNow);
          if (!ok) skipped++;
          return ok;
        }) as never,
        batch_size: BATCH_SIZE,
        // The pull checkpoint lives on this browser only: `_local` documents on the server skip
        // validation, so a member could otherwise move a teammate's checkpoint past events.
        checkpoint: 'target',
      } as PouchDB.Replication.ReplicateOptions);
      pull.on('change', (info) => {
        const docs = (info as { docs?: unknown[] }).docs ?? [];
        received += docs.length;
        const events: ProgressEvent[] = [];
        const observations: Observation[] = [];
        for (const doc of docs) {
          const id = (doc as { _id?: unknown })._id;
          if (typeof id === 'string' && id.startsWith(CARD_PREFIX)) {
            const card = cardDocSchema.safeParse(stripMeta(doc));
            if (card.success) observations.push(cardObservation(card.data));
            continue;
          }
          const event = fromEventDoc(doc);
          if (event) events.push(event);
        }
        pulledCount += events.length;
        for (const doc of docs) if ((doc as { owner?: unknown }).owner === user) pulledOwn++;
        if (observations.length && options.observe) told.push(options.observe(observations).catch(() => undefined));
        if (events.length) told.push(options.announce(events).catch(() => undefined));
        if (held + received >= maxDocs && !capped) {
          capped = true;
          pull.cancel();
        }
      });
      await pull;
      await Promise.all(told);
      if (pulledOwn) {
        // The server holds them already, so this push sends nothing of theirs; it moves the checkpoint past them.
        const past = await pushOwn();
        if (past.last_seq !== undefined) pushedSeq = { ...pushedSeq, [user]: past.last_seq };
      }
      const base = {
        ...state,
        refused: allRefused,
        pushedSeq,
        pending: (await countPending(user, pushedSeq[user])) + allRefused.length,
        lastPulled: pulledCount,
        lastSkipped: skipped,
      };
      if (capped) {
        return writeState(
          failed(
            base,
            'limit',
            `Stopped pulling the team’s progress: this browser holds ${held + received} team-sync documents, the most it keeps is ${maxDocs}. Your own ticks are still sent. Ask your team lead: the team database may be flooded, or IT can raise the limit (policy teamSyncMaxDocs).`,
          ),
        );
      }
      return writeState({ ...base, lastSyncAt: now(), lastError: null });
    } catch (error) {
      const { kind, message, signedOut } = await explain(error, config);
      return writeState(failed({ ...state, ...(signedOut ? { signedIn: false } : {}) }, kind, message));
    } finally {
      void remote.close().catch(() => undefined);
    }
  };

  let running: Promise<SyncState> | null = null;
  let again = false;
  const run = (): Promise<SyncState> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let state: SyncState;
      do {
        again = false;
        state = await once().catch(async (error: unknown) => writeState(failed(await readState(), 'server', errorText(error))));
      } while (again);
      return state;
    })().finally(() => {
      running = null;
    });
    return running;
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
      return run();
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

    profilesChanged() {
      cardsDirty = true;
      schedule();
    },
  };
};

export { emptySyncState };
