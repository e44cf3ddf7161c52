import { hostSchema } from '../messages/protocol';
import { mergeProfile } from '../core/profile/merge';
import { emptyProfile, FACT_NAMES, type AccountProfile, type Fact, type ProfileFactKey, type ProfileFacts } from '../core/profile/schema';
import { deriveProgress, type AccountProgress, type ItemProgress, type ProgressEvent } from '../core/progress/events';
import type { Playbook } from '../core/playbook/schema';
import type { ImportedBundle } from './read-bundle';
import { stepTitles } from './step-title';

/** What this browser holds (the store's events and profiles). */
export interface LocalData {
  events: readonly ProgressEvent[];
  profiles: Record<string, AccountProfile>;
}

export interface StampChange {
  before: ItemProgress | null;
  after: ItemProgress;
}

/** How one account would change. */
export interface AccountChange {
  accountId: string;
  /** The name after the import, when known. */
  name: string | null;
  /** No profile and no events here yet. */
  isNew: boolean;
  newEvents: number;
  /** Checklist steps whose current state changes (the latest event per account and rule wins). */
  items: Array<{ ruleId: string; title: string } & StampChange>;
  contacts: Array<{ day: string; channel: 'email' | 'call' } & StampChange>;
  branch: { before: AccountProgress['branch']; after: AccountProgress['branch'] } | null;
  /** Profile facts the import teaches (newer observations than the ones here). */
  facts: Array<{ fact: ProfileFactKey; name: string; before: unknown; after: unknown }>;
  orgHost: string | null;
}

/** A profile observation to send through the store's observeFacts (only facts that change). */
export interface Observation {
  accountId: string;
  facts: Partial<ProfileFacts>;
  /** Only when this browser has no org host for the account yet (a local one is never replaced). */
  orgHost?: string;
}

export interface MergePreview {
  /** Events not here yet, deduplicated across files (history is a union by id). */
  newEvents: ProgressEvent[];
  observations: Observation[];
  accounts: AccountChange[];
  /** Events already here (or repeated in several files). */
  knownEvents: number;
  /** Events whose id is already used by a different event: the copy here is kept. */
  conflicts: string[];
  /** Profiles left out, each in words (the background would refuse them, and with them their batch). */
  refused: string[];
  /** True when applying would change nothing (e.g. the same bundle imported again). */
  unchanged: boolean;
}

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const sameStamp = (a: ItemProgress | undefined | null, b: ItemProgress | undefined | null): boolean =>
  !!a && !!b && a.at === b.at && a.by === b.by && a.done === b.done;

const valueText = (fact: Fact<unknown>): unknown => (fact.known ? fact.value : undefined);

/** Known facts only: an unknown never erases what this browser learned. */
const knownFacts = (facts: ProfileFacts): Partial<ProfileFacts> =>
  Object.fromEntries(Object.entries(facts).filter(([, fact]) => (fact as Fact<unknown>).known)) as Partial<ProfileFacts>;

const diffProgress = (before: AccountProgress, after: AccountProgress, titleOf: (ruleId: string) => string) => {
  const items: AccountChange['items'] = [];
  for (const [ruleId, stamp] of Object.entries(after.items))
    if (!sameStamp(before.items[ruleId], stamp))
      items.push({ ruleId, title: titleOf(ruleId), before: before.items[ruleId] ?? null, after: stamp });
  const contacts: AccountChange['contacts'] = [];
  for (const [day, entry] of Object.entries(after.contacts))
    for (const channel of ['email', 'call'] as const) {
      const stamp = entry[channel];
      if (stamp && !sameStamp(before.contacts[day]?.[channel], stamp))
        contacts.push({ day, channel, before: before.contacts[day]?.[channel] ?? null, after: stamp });
    }
  contacts.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const branch = sameJson(before.branch, after.branch) ? null : { before: before.branch, after: after.branch };
  return { items, contacts, branch };
};

/**
 * What importing `bundles` would change, without changing anything. Lossless and idempotent:
 * events are a union by id (nothing here is dropped, an event already here is not added again),
 * and per account and rule the latest event wins while the older ones stay in the history.
 * Profiles merge fact by fact with lib/core/profile/merge (the newer observation wins; the same value
 * again is no change). Applying the preview and previewing the same files again gives `unchanged`.
 */
export const previewMerge = (
  local: LocalData,
  bundles: readonly ImportedBundle[],
  playbook: Playbook,
  now: string,
): MergePreview => {
  const titleOf = stepTitles(playbook);
  const byId = new Map(local.events.map((event) => [event.id, event]));
  const newEvents: ProgressEvent[] = [];
  const conflicts: string[] = [];
  // A Set, not conflicts.includes: a file reusing many ids made the preview quadratic.
  const conflicted = new Set<string>();
  let knownEvents = 0;
  for (const bundle of bundles)
    for (const event of bundle.events) {
      const existing = byId.get(event.id);
      if (existing) {
        knownEvents++;
        if (!conflicted.has(event.id) && !sameJson(existing, event)) {
          conflicted.add(event.id);
          conflicts.push(event.id);
        }
        continue;
      }
      byId.set(event.id, event);
      newEvents.push(event);
    }

  // Profiles: fold every file's observations into what is here, in file order.
  const merged = new Map<string, AccountProfile>();
  const incomingHost = new Map<string, string>();
  const refused: string[] = [];
  for (const bundle of bundles)
    for (const profile of bundle.profiles) {
      if (profile.orgHost !== undefined && !hostSchema.safeParse(profile.orgHost).success) {
        const name = profile.facts.accountName.known && profile.facts.accountName.value;
        refused.push(
          `${name ? `${name} (${profile.accountId})` : profile.accountId}: its Salesforce org ${JSON.stringify(profile.orgHost)} is not a host name, so this profile is left out (its checklist events are still imported).`,
        );
        continue;
      }
      const base = merged.get(profile.accountId) ?? local.profiles[profile.accountId] ?? emptyProfile(profile.accountId, now);
      merged.set(profile.accountId, mergeProfile(base, knownFacts(profile.facts), now));
      if (profile.orgHost && !incomingHost.has(profile.accountId)) incomingHost.set(profile.accountId, profile.orgHost);
    }

  const observations: Observation[] = [];
  const factChanges = new Map<string, AccountChange['facts']>();
  const hostChanges = new Map<string, string>();
  for (const [accountId, after] of merged) {
    const before = local.profiles[accountId];
    const beforeFacts = before?.facts ?? emptyProfile(accountId, now).facts;
    const facts: Partial<ProfileFacts> = {};
    const changes: AccountChange['facts'] = [];
    for (const key of Object.keys(after.facts) as ProfileFactKey[]) {
      const fact = after.facts[key] as Fact<unknown>;
      if (!fact.known || fact === (beforeFacts[key] as Fact<unknown>)) continue;
      (facts as Record<string, unknown>)[key] = fact;
      changes.push({ fact: key, name: FACT_NAMES[key], before: valueText(beforeFacts[key] as Fact<unknown>), after: fact.value });
    }
    const host = before?.orgHost ? undefined : incomingHost.get(accountId);
    if (host) hostChanges.set(accountId, host);
    if (changes.length || host) {
      observations.push({ accountId, facts, ...(host ? { orgHost: host } : {}) });
      factChanges.set(accountId, changes);
    }
  }

  // Per account: progress before and after, compared.
  const newByAccount = new Map<string, ProgressEvent[]>();
  for (const event of newEvents) {
    const list = newByAccount.get(event.accountId) ?? [];
    list.push(event);
    newByAccount.set(event.accountId, list);
  }
  const localByAccount = new Map<string, ProgressEvent[]>();
  for (const event of local.events) {
    if (!newByAccount.has(event.accountId)) continue;
    const list = localByAccount.get(event.accountId) ?? [];
    list.push(event);
    localByAccount.set(event.accountId, list);
  }

  const knownHere = new Set([...Object.keys(local.profiles), ...local.events.map((event) => event.accountId)]);
  const ids = new Set([...newByAccount.keys(), ...factChanges.keys()]);
  const accounts: AccountChange[] = [...ids].sort().map((accountId) => {
    const fresh = newByAccount.get(accountId) ?? [];
    const old = localByAccount.get(accountId) ?? [];
    const progress = fresh.length
      ? diffProgress(deriveProgress(old, accountId), deriveProgress([...old, ...fresh], accountId), titleOf)
      : { items: [], contacts: [], branch: null };
    const after = merged.get(accountId) ?? local.profiles[accountId];
    const name = after?.facts.accountName.known ? (after.facts.accountName.value ?? null) : null;
    return {
      accountId,
      name,
      isNew: !knownHere.has(accountId),
      newEvents: fresh.length,
      ...progress,
      facts: factChanges.get(accountId) ?? [],
      orgHost: hostChanges.get(accountId) ?? null,
    };
  });

  return {
    newEvents,
    observations,
    accounts,
    knownEvents,
    conflicts,
    refused,
    unchanged: newEvents.length === 0 && observations.length === 0,
  };
};
