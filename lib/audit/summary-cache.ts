import type { AccountProfile } from '../core/profile/schema';
import type { ProgressEvent } from '../core/progress/events';
import { snapshotTag } from './event-log-delta';
import { auditToday, summarizeAccount } from './summarize';
import type { AccountSummary, AuditContext } from './types';

/** Every account this browser knows: those with a profile and those with events only. */
export const knownAccountIds = (profiles: Record<string, AccountProfile>, events: readonly ProgressEvent[]): string[] => {
  const ids = new Set(Object.keys(profiles));
  for (const event of events) ids.add(event.accountId);
  return [...ids];
};

/** The events of each account, in log order; one pass over the log. */
export const eventsByAccount = (events: readonly ProgressEvent[]): Map<string, ProgressEvent[]> => {
  const groups = new Map<string, ProgressEvent[]>();
  for (const event of events) {
    let list = groups.get(event.accountId);
    if (!list) groups.set(event.accountId, (list = []));
    list.push(event);
  }
  return groups;
};

interface Entry {
  /** The profile object summarised: the same object again needs no re-keying. */
  profile: AccountProfile | undefined;
  /**
   * The profile's content as text, made only when a different object comes for this account:
   * most first summaries are never compared, and stringifying 2,000 profiles showed in the
   * dashboard's cold profile. Profiles are never changed in place (the same-object shortcut
   * already relies on it), so the text made later is the text it would have been.
   */
  profileKey: string | undefined;
  /** The account's events summarised: the same list again (tagged snapshots keep it) needs no key. */
  eventsRef: readonly ProgressEvent[];
  /** Their ids as text, made only when a different list comes (snapshots no mirror tagged). */
  eventsKey: string | undefined;
  summary: AccountSummary;
}

export interface SummaryCache {
  /**
   * Summaries of every known account. Only an account whose profile or events changed is
   * evaluated again — a tick in one tab costs one account, not 2,000. When the events come
   * from a context's mirror (tagged snapshots, event-log-delta.ts), the accounts a batch touched
   * are known without reading the other events: a page of a team pull costs the accounts it
   * names, not 300,000 events. Otherwise accounts are compared by content (each storage change
   * re-reads whole items, so every profile is a new object). A new playbook, new settings or a
   * new day re-evaluate everything.
   */
  summarize(profiles: Record<string, AccountProfile>, events: readonly ProgressEvent[], context: AuditContext): AccountSummary[];
  /** How many accounts the last call evaluated (the rest came from the cache). */
  readonly lastEvaluated: number;
  /**
   * Accounts the last call could not summarise, with the error's message. They are left out of
   * the summaries (and named by the dashboard) so one account's odd data cannot blank the audit.
   */
  readonly lastFailed: ReadonlyArray<{ accountId: string; message: string }>;
}

/** A profile's content as text: what decides whether a re-read profile changed. */
const keyOf = (profile: AccountProfile | undefined): string => (!profile ? '' : JSON.stringify([profile.orgHost, profile.facts]));
const idsOf = (events: readonly ProgressEvent[]): string => events.map((e) => e.id).join('\n');
const NO_EVENTS: readonly ProgressEvent[] = Object.freeze([]);

/**
 * The groups of the last tagged snapshot brought up to date with what came after it, and the
 * accounts that changed; null when they cannot be (first call, another mirror, too far back).
 * Lists are copied before they grow, so a summary made from the old list keeps it as it was.
 */
const advance = (
  seen: { tag: NonNullable<ReturnType<typeof snapshotTag>>; groups: Map<string, ProgressEvent[]> } | null,
  tag: ReturnType<typeof snapshotTag>,
): Map<string, ProgressEvent[]> | null => {
  if (!tag || !seen || seen.tag.log !== tag.log) return null;
  const change = tag.log.between(seen.tag.version, tag.version);
  if (!change) return null;
  const groups = new Map(seen.groups);
  const copied = new Set<string>();
  const own = (accountId: string): ProgressEvent[] => {
    let list = groups.get(accountId);
    if (!list) groups.set(accountId, (list = []));
    else if (!copied.has(accountId)) groups.set(accountId, (list = list.slice()));
    copied.add(accountId);
    return list;
  };
  if (change.removed.length) {
    const gone = new Set(change.removed);
    for (const [accountId, list] of seen.groups)
      if (list.some((e) => gone.has(e.id))) {
        groups.set(accountId, list.filter((e) => !gone.has(e.id)));
        copied.add(accountId);
      }
  }
  for (const event of change.added) own(event.accountId).push(event);
  return groups;
};

export const createSummaryCache = (): SummaryCache => {
  let entries = new Map<string, Entry>();
  let contextKey: { playbook: unknown; settings: unknown; today: string } | null = null;
  let lastEvaluated = 0;
  let lastFailed: Array<{ accountId: string; message: string }> = [];
  let seen: { tag: NonNullable<ReturnType<typeof snapshotTag>>; groups: Map<string, ProgressEvent[]> } | null = null;

  return {
    summarize(profiles, events, context) {
      const today = auditToday(context.now, context.settings.timeZone);
      const sameContext =
        contextKey !== null &&
        contextKey.playbook === context.playbook &&
        contextKey.today === today &&
        JSON.stringify(contextKey.settings) === JSON.stringify(context.settings);
      if (!sameContext) entries = new Map();
      contextKey = { playbook: context.playbook, settings: context.settings, today };

      const tag = snapshotTag(events);
      const groups = advance(seen, tag) ?? eventsByAccount(events);
      seen = tag ? { tag, groups } : null;
      const ids = new Set(Object.keys(profiles));
      for (const accountId of groups.keys()) ids.add(accountId);

      const next = new Map<string, Entry>();
      const out: AccountSummary[] = [];
      lastEvaluated = 0;
      lastFailed = [];
      for (const accountId of ids) {
        const profile = profiles[accountId];
        const own = groups.get(accountId) ?? NO_EVENTS;
        const cached = entries.get(accountId);
        // The log is append-only (a union by id), so the same list, or the same ids, say nothing changed.
        let eventsKey: string | undefined;
        let same = false;
        if (cached) {
          if (cached.eventsRef === own) {
            same = true;
            eventsKey = cached.eventsKey;
          } else {
            eventsKey = idsOf(own);
            same = (cached.eventsKey ?? idsOf(cached.eventsRef)) === eventsKey;
          }
        }
        // The same profile object (nothing re-read) needs no key; a new object is compared by value.
        let profileKey: string | undefined;
        if (cached && same) {
          if (cached.profile === profile) profileKey = cached.profileKey;
          else {
            profileKey = keyOf(profile);
            same = (cached.profileKey ?? keyOf(cached.profile)) === profileKey;
          }
        }
        let entry: Entry;
        if (cached && same) entry = { ...cached, profile, profileKey, eventsRef: own, eventsKey };
        else {
          lastEvaluated++;
          try {
            entry = { profile, profileKey, eventsRef: own, eventsKey, summary: summarizeAccount(accountId, profile, own as ProgressEvent[], context) };
          } catch (error) {
            lastFailed.push({ accountId, message: error instanceof Error ? error.message : String(error) });
            continue;
          }
        }
        next.set(accountId, entry);
        out.push(entry.summary);
      }
      entries = next;
      return out;
    },
    get lastEvaluated() {
      return lastEvaluated;
    },
    get lastFailed() {
      return lastFailed;
    },
  };
};
