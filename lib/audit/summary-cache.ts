import type { AccountProfile } from '../core/profile/schema';
import type { ProgressEvent } from '../core/progress/events';
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
  eventsKey: string;
  summary: AccountSummary;
}

export interface SummaryCache {
  /**
   * Summaries of every known account. Each storage change re-reads whole items (every profile
   * is a new object), so accounts are compared by content: only an account whose profile or
   * events changed is evaluated again — a tick in one tab costs one account, not 2,000.
   * A new playbook, new settings or a new day re-evaluate everything.
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

export const createSummaryCache = (): SummaryCache => {
  let entries = new Map<string, Entry>();
  let contextKey: { playbook: unknown; settings: unknown; today: string } | null = null;
  let lastEvaluated = 0;
  let lastFailed: Array<{ accountId: string; message: string }> = [];

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

      const groups = eventsByAccount(events);
      const next = new Map<string, Entry>();
      const out: AccountSummary[] = [];
      lastEvaluated = 0;
      lastFailed = [];
      for (const accountId of knownAccountIds(profiles, events)) {
        const profile = profiles[accountId];
        const own = groups.get(accountId) ?? [];
        // The same profile object (nothing re-read) needs no key; a new object is compared by value.
        const cached = entries.get(accountId);
        // The log is append-only (a union by id), so its ids say what changed.
        const eventsKey = own.map((e) => e.id).join('\n');
        let profileKey: string | undefined;
        let same = false;
        if (cached && cached.eventsKey === eventsKey) {
          if (cached.profile === profile) {
            same = true;
            profileKey = cached.profileKey;
          } else {
            profileKey = keyOf(profile);
            same = (cached.profileKey ?? keyOf(cached.profile)) === profileKey;
          }
        }
        let entry: Entry;
        if (cached && same) entry = { ...cached, profile, profileKey };
        else {
          lastEvaluated++;
          try {
            entry = { profile, profileKey, eventsKey, summary: summarizeAccount(accountId, profile, own, context) };
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
