import { z } from '../core/zod';
import { STORAGE_KEYS } from '../store/keys';

/**
 * Team sync's small records in chrome.storage (shared by the background, which writes them, and
 * the options page and dashboard, which read them). No PouchDB here: pages import this file.
 *
 * - `local:teamSync` — what the CSM set up: the team database URL and their CouchDB user name
 *   (its schema is in config.ts, which a tab's sidebar does not import).
 * - `local:teamSyncState` — what the last sync did, shown as is (nothing is dropped silently).
 * - `session:teamSyncToken` — an SSO token (JWT) pasted by the user; memory only, never on disk.
 * The password is never stored: it crosses one message to the background and one POST /_session.
 */
export const TEAM_SYNC_KEY = STORAGE_KEYS.teamSync.key;
export const TEAM_SYNC_STATE_KEY = STORAGE_KEYS.teamSyncState.key;
export const TEAM_SYNC_TOKEN_KEY = STORAGE_KEYS.teamSyncToken.key;
/** `local:teamSyncUnpushed` — ids of own documents stored here and not yet on the server (background/sync/unpushed.ts). */
export const TEAM_SYNC_UNPUSHED_KEY = STORAGE_KEYS.teamSyncUnpushed.key;
/** `local:teamSyncPull` — the pull's checkpoint, written after each stored batch (background/sync/pull.ts). */
export const TEAM_SYNC_PULL_KEY = STORAGE_KEYS.teamSyncPull.key;
/** The policy key (chrome.storage.managed) that sets the team database URL and locks it. */
export const POLICY_URL_KEY = STORAGE_KEYS.teamSyncUrl.key;
/** The policy key that sets the pull cap (documents this browser keeps in its log at most). */
export const POLICY_MAX_DOCS_KEY = STORAGE_KEYS.teamSyncMaxDocs.key;
/**
 * The pull cap without a policy: far above a team's real log (a 40-CSM team writes ~300,000
 * events a year; 200,000 stopped its lead's first pull), far below a full disk (~60 MB of
 * IndexedDB per 100,000 events: docs/team-sync.md).
 */
export const DEFAULT_MAX_DOCS = 1_000_000;

/** The pull cap the policy sets, or the default. */
export const policyMaxDocs = (managed: unknown): number => {
  const raw = (managed as Record<string, unknown> | null)?.[POLICY_MAX_DOCS_KEY];
  return typeof raw === 'number' && Number.isInteger(raw) && raw >= 1000 ? raw : DEFAULT_MAX_DOCS;
};

export const SYNC_ERROR_KINDS = ['offline', 'signed-out', 'unauthorized', 'forbidden', 'server', 'permission', 'mismatch', 'limit'] as const;
export type SyncErrorKind = (typeof SYNC_ERROR_KINDS)[number];

const isoAt = z.string().check(z.minLength(1), z.maxLength(40));

export const refusedEventSchema = z.strictObject({
  eventId: z.string().check(z.maxLength(200)),
  accountId: z.string().check(z.maxLength(40)),
  /** The refused document's id, so the next sync offers it again (absent on entries an older version kept). */
  docId: z.optional(z.string().check(z.maxLength(400))),
  reason: z.string().check(z.maxLength(1000)),
  at: isoAt,
});
export type RefusedEvent = z.infer<typeof refusedEventSchema>;

export const syncStateSchema = z.object({
  configured: z.boolean(),
  /** A cookie session was opened (or a token is set) and not closed since. */
  signedIn: z.boolean(),
  user: z.nullable(z.string().check(z.maxLength(120))),
  /**
   * Who the server says this browser is (userCtx.name from /_session, at sign-in or with a token):
   * events recorded here are stamped with it. Kept after the session ends, so ticks made while
   * signed out go up under the same name once signed in again.
   */
  sessionUser: z._default(z.nullable(z.string().check(z.maxLength(120))), null),
  url: z.nullable(z.string().check(z.maxLength(500))),
  /** The URL comes from enterprise policy (locked in the options page). */
  urlLocked: z.boolean(),
  /** The last sync that reached the server and finished (push and pull). */
  lastSyncAt: z.nullable(isoAt),
  lastError: z.nullable(z.strictObject({ kind: z.enum(SYNC_ERROR_KINDS), message: z.string().check(z.maxLength(1000)), at: isoAt })),
  /** Own events not pushed yet (capped at MAX_PENDING_COUNT). */
  pending: z.number().check(z.int(), z.gte(0)),
  /** Events the server refused, with its reason: still waiting, offered again at every sync, never dropped. */
  refused: z.array(refusedEventSchema),
  /** Per user name: the local change sequence up to which their events were pushed (the push checkpoint). */
  pushedSeq: z.record(z.string().check(z.maxLength(120)), z.union([z.number(), z.string().check(z.maxLength(200))])),
  /**
   * What this browser pulls, as the roles the server vouched for decided at the last pull: the
   * whole team (a lead's browser) or the accounts the CSM works ('book'); null before any pull.
   */
  scope: z._default(z.nullable(z.enum(['team', 'book'])), null),
  /** How many team events the last pull brought in. */
  lastPulled: z.number().check(z.int(), z.gte(0)),
  /** How many documents the last pull left out (not an event or card this version reads, too large, dated ahead). */
  lastSkipped: z._default(z.number().check(z.int(), z.gte(0)), 0),
  /**
   * A pull under way, for the pages to show ("Bringing in the team's history: 120,000 of
   * 300,000"); null when none runs. `first`: this browser has never finished a pull from this
   * database (its history is still coming). `total`: what the server said it holds (or has left
   * to send) when the pull started, null when it did not say (a CSM's book: its size is not known ahead).
   */
  pull: z._default(z.nullable(z.strictObject({
    received: z.number().check(z.int(), z.gte(0)),
    total: z.nullable(z.number().check(z.int(), z.gte(0))),
    first: z.boolean(),
    startedAt: isoAt,
  })), null),
});
export type SyncState = z.infer<typeof syncStateSchema>;

/** Pending counts stop here (the count reads the local change feed, bounded). */
export const MAX_PENDING_COUNT = 10_000;

export const emptySyncState = (): SyncState => ({
  configured: false,
  signedIn: false,
  user: null,
  sessionUser: null,
  url: null,
  urlLocked: false,
  lastSyncAt: null,
  lastError: null,
  pending: 0,
  refused: [],
  pushedSeq: {},
  scope: null,
  lastPulled: 0,
  lastSkipped: 0,
  pull: null,
});

/** The stored state, or the empty one when there is none or it does not parse. */
export const readSyncState = (raw: unknown): SyncState => {
  const parsed = syncStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : emptySyncState();
};
