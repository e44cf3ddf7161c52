import { z } from 'zod';
import { EMAIL_KINDS } from '../core/facts/page-facts';
import { isoInstant } from '../core/dates/schemas';
import { factSource, profileFactShapes, type ProfileFacts } from '../core/profile/schema';
import { progressEventSchema, type ProgressEvent } from '../core/progress/events';
import { settingsPatchSchema, SITE_IDS } from '../settings/schema';
import { accountIdSchema, ITEM_NAMES, recipientsDigestSchema, setupRuleIdSchema, SIDEBAR_SIDES, SIDEBAR_WIDTH, threadKeySchema } from '../store/schemas';
import { couchUserSchema, teamDbUrlSchema, type SyncState } from '../sync/schema';
import type { Authorship } from '../events/doc';

/**
 * Every runtime message CSM Guide sends, as ONE zod union. The background parses each message
 * with it and ignores (no response) anything that does not parse; nothing else is listened to.
 * Messages carry IDs, facts and settings — never page HTML.
 */

/** A dashboard import may carry a whole log; a sidebar sends one event at a time. */
export const MAX_EVENTS_PER_MESSAGE = 20_000;
/** Accounts per events/query. */
export const MAX_ACCOUNTS_PER_QUERY = 500;
/** Profiles per batch observation: a team's accounts fit in a few messages. */
export const MAX_PROFILES_PER_MESSAGE = 1_000;

const knownFact = (shape: z.ZodType) =>
  z
    .object({
      known: z.literal(true),
      value: shape.nullable(),
      source: factSource,
      observedAt: isoInstant,
    })
    .strict();

/** Facts observed on a page: only known facts (an unknown never erases a stored fact). */
export const observedFactsSchema = z
  .object(
    Object.fromEntries(Object.entries(profileFactShapes).map(([key, shape]) => [key, knownFact(shape).optional()])),
  )
  .strict() as unknown as z.ZodType<Partial<ProfileFacts>>;

export const hostSchema = z
  .string()
  .max(253)
  .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i, 'not a host name');

/** One account's facts in a batch observation (a dashboard import checks each against this first). */
export const observationSchema = z.object({ accountId: accountIdSchema, orgHost: hostSchema.optional(), facts: observedFactsSchema }).strict();

export const messageSchema = z.discriminatedUnion('type', [
  /** Add checklist events directly (a dashboard import; ticks go through the outbox and events/flush). Idempotent by event id. */
  z
    .object({ type: z.literal('progress/append'), events: z.array(progressEventSchema).min(1).max(MAX_EVENTS_PER_MESSAGE) })
    .strict(),
  /** Store what the outbox holds (a tab wrote its events there first, so nothing acknowledged is lost). */
  z.object({ type: z.literal('events/flush') }).strict(),
  /** The stored events of these accounts (a tab asks only for the accounts it shows). */
  z.object({ type: z.literal('events/query'), accountIds: z.array(accountIdSchema).min(1).max(MAX_ACCOUNTS_PER_QUERY) }).strict(),
  /** Who recorded these accounts' events, as team sync's document ids prove it (the dashboard's timeline). */
  z.object({ type: z.literal('events/authors'), accountIds: z.array(accountIdSchema).min(1).max(MAX_ACCOUNTS_PER_QUERY) }).strict(),
  /** One page of the whole log, in `_id` order (the dashboard); `after` is the previous page's `next`. */
  z
    .object({
      type: z.literal('events/page'),
      after: z.string().min(1).max(200).nullable(),
      limit: z.number().int().min(1).max(MAX_EVENTS_PER_MESSAGE),
    })
    .strict(),
  /** Facts a page taught about an account, merged into its profile (newest observation wins). */
  z
    .object({
      type: z.literal('profile/observe'),
      accountId: accountIdSchema,
      orgHost: hostSchema.optional(),
      facts: observedFactsSchema,
    })
    .strict(),
  /** Many accounts' facts at once (a dashboard import): one read and one write of the profiles. */
  z
    .object({
      type: z.literal('profiles/observe'),
      observations: z.array(observationSchema).min(1).max(MAX_PROFILES_PER_MESSAGE),
    })
    .strict(),
  /**
   * The CSM's choice for an email thread or draft (key: ComposeFacts.choiceKey), made for these
   * recipients (their SHA-256): absent = keep, null = clear; both cleared = forgotten. A choice
   * stored for other recipients is replaced, never merged.
   */
  z
    .object({
      type: z.literal('threads/set'),
      key: threadKeySchema,
      accountId: accountIdSchema.nullable().optional(),
      kind: z.enum(EMAIL_KINDS).nullable().optional(),
      recipients: recipientsDigestSchema,
      at: isoInstant,
    })
    .strict(),
  /** A one-time setup step of the CSM (a playbook rule with scope 'csm') done or undone. */
  z
    .object({
      type: z.literal('setup/set'),
      ruleId: setupRuleIdSchema,
      done: z.boolean(),
      by: z.string().max(120),
      at: isoInstant,
    })
    .strict(),
  /** Sidebar layout: collapsed, the side on one site (`side: null` = back to that site's default), the width. */
  z
    .object({
      type: z.literal('ui/set'),
      patch: z
        .object({
          sidebarCollapsed: z.boolean().optional(),
          side: z.object({ site: z.enum(SITE_IDS), side: z.enum(SIDEBAR_SIDES).nullable() }).strict().optional(),
          sidebarWidth: z.number().int().min(SIDEBAR_WIDTH.min).max(SIDEBAR_WIDTH.max).optional(),
        })
        .strict(),
    })
    .strict(),
  /** Settings fields to replace (each whole). */
  z.object({ type: z.literal('settings/set'), patch: settingsPatchSchema }).strict(),
  /** Import a playbook (checked with parsePlaybook before it is stored) or `null` = back to the built-in one. */
  z
    .object({
      type: z.literal('playbook/set'),
      playbook: z.union([z.null(), z.record(z.string(), z.unknown())]),
      source: z.string().max(200).optional(),
    })
    .strict(),
  /** The user saw the "set aside" notice for these quarantine entries (the values are kept). */
  z.object({ type: z.literal('quarantine/dismiss'), ids: z.array(z.string().min(1).max(80)).max(10_000) }).strict(),
  /** A reader found unreadable data: ask the writer to set it aside (all items when `items` is absent). */
  z.object({ type: z.literal('storage/check'), items: z.array(z.enum(ITEM_NAMES)).min(1).optional() }).strict(),
  /** Team sync: the team database URL (ignored when policy sets it) and the CSM's CouchDB user name. */
  z.object({ type: z.literal('sync/configure'), url: teamDbUrlSchema, user: couchUserSchema }).strict(),
  /** Opens a CouchDB cookie session. The password is only in transit: never stored, never logged. */
  z.object({ type: z.literal('sync/sign-in'), password: z.string().min(1).max(1024) }).strict(),
  /** Closes the session (DELETE /_session) and forgets an SSO token. */
  z.object({ type: z.literal('sync/sign-out') }).strict(),
  /** An SSO token (JWT) to send as Authorization: Bearer, kept in session storage; null forgets it. */
  z.object({ type: z.literal('sync/token'), token: z.string().min(1).max(8192).regex(/^[A-Za-z0-9._~+/=-]+$/).nullable() }).strict(),
  /** Push and pull now. */
  z.object({ type: z.literal('sync/now') }).strict(),
  /** The sync state with a fresh pending count (it is also in chrome.storage.local). */
  z.object({ type: z.literal('sync/status') }).strict(),
]);
export type Message = z.infer<typeof messageSchema>;
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/** A request the background could not carry out (or could not be reached). */
export interface Failure {
  ok: false;
  error: string;
  details?: string[];
}

/** Successful responses, by message type. */
export interface Responses {
  'progress/append': { ok: true; added: number };
  'events/flush': { ok: true; added: number };
  'events/query': { ok: true; events: ProgressEvent[] };
  'events/authors': { ok: true; authors: Record<string, Authorship> };
  'events/page': { ok: true; events: ProgressEvent[]; next: string | null };
  'profile/observe': { ok: true; changed: boolean };
  'profiles/observe': { ok: true; changed: number };
  'threads/set': { ok: true };
  'ui/set': { ok: true };
  'setup/set': { ok: true };
  'settings/set': { ok: true };
  'playbook/set': { ok: true; warnings: string[] };
  'quarantine/dismiss': { ok: true; dismissed: number };
  'storage/check': { ok: true; setAside: number };
  'sync/configure': { ok: true; state: SyncState };
  'sync/sign-in': { ok: true; state: SyncState };
  'sync/sign-out': { ok: true; state: SyncState };
  'sync/token': { ok: true; state: SyncState };
  'sync/now': { ok: true; state: SyncState };
  'sync/status': { ok: true; state: SyncState };
}

export const SYNC_MESSAGE_TYPES = ['sync/configure', 'sync/sign-in', 'sync/sign-out', 'sync/token', 'sync/now', 'sync/status'] as const;
export type SyncMessage = MessageOf<(typeof SYNC_MESSAGE_TYPES)[number]>;
export type ResponseTo<T extends MessageType> = Responses[T] | Failure;

/** The message, or null when it is not one of ours (unknown type, bad field, extra field). */
export const parseMessage = (raw: unknown): Message | null => {
  const parsed = messageSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
};

export const failure = (error: string, details?: string[]): Failure => ({ ok: false, error, ...(details?.length ? { details } : {}) });
