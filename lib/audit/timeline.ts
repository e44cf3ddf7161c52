import type { ItemState } from '../core/model/vocab';
import type { Playbook } from '../core/playbook/schema';
import { eventKey, isLater, type ItemProgress, type ProgressEvent } from '../core/progress/events';
import { stepTitles } from './step-title';
import type { AccountSummary } from './types';

/** One event of an account's history, newest first in `accountTimeline`. */
export type TimelineEntry = {
  id: string;
  at: string;
  /** The name the CSM set in their settings ('' when they had set none). */
  by: string;
  /** False when a later event for the same step replaced this one (kept: the history is the audit trail). */
  current: boolean;
} & (
  | { kind: 'item'; ruleId: string; title: string; done: boolean }
  | { kind: 'contact'; day: string; channel: 'email' | 'call'; done: boolean }
  | { kind: 'branch'; branch: 'unresponsive' | 'escalation' | null; since: string | null }
);

/** Who did what to an account, and when: every event, including those later undone or overridden. */
export const accountTimeline = (events: readonly ProgressEvent[], accountId: string, playbook: Playbook): TimelineEntry[] => {
  const titleOf = stepTitles(playbook);
  const own = events.filter((event) => event.accountId === accountId);
  const winners = new Map<string, ProgressEvent>();
  for (const event of own) {
    const key = eventKey(event);
    const current = winners.get(key);
    if (!current || isLater(event, current)) winners.set(key, event);
  }
  const entries = own.map((event): TimelineEntry => {
    const base = { id: event.id, at: event.at, by: event.by, current: winners.get(eventKey(event)) === event };
    switch (event.type) {
      case 'item':
        return { ...base, kind: 'item', ruleId: event.ruleId, title: titleOf(event.ruleId), done: event.done };
      case 'contact':
        return { ...base, kind: 'contact', day: event.day, channel: event.channel, done: event.done };
      case 'branch':
        return { ...base, kind: 'branch', branch: event.branch, since: event.branch ? (event.since ?? event.at.slice(0, 10)) : null };
    }
  });
  return entries.sort((a, b) => (isLater(a, b) ? -1 : isLater(b, a) ? 1 : 0));
};

export interface ContactLogRow {
  day: string;
  /** The contact-log rule's state for the day, as the sidebar shows it. */
  state: ItemState | null;
  text: string | null;
  email: ItemProgress | null;
  call: ItemProgress | null;
}

/**
 * The 10-day contact log (the item whose view is `contact-log`) with who logged each email and call: the engine's days when the
 * account is in the Unresponsive branch, else any days someone logged (history of an earlier branch).
 */
export const contactLog = (summary: Pick<AccountSummary, 'items' | 'progress'>): ContactLogRow[] => {
  const contacts = summary.progress.contacts;
  const item = summary.items.find((i) => i.view === 'contact-log' && i.state !== 'na');
  const keyed = (item?.details ?? []).filter((d) => d.key && /^\d{4}-\d{2}-\d{2}$/.test(d.key));
  const days = keyed.length ? keyed.map((d) => d.key!) : Object.keys(contacts).sort();
  const detail = new Map(keyed.map((d) => [d.key!, d]));
  return days.map((day) => ({
    day,
    state: detail.get(day)?.state ?? null,
    text: detail.get(day)?.text ?? null,
    email: contacts[day]?.email ?? null,
    call: contacts[day]?.call ?? null,
  }));
};

/** The key of a stamp in `stampIds`: a checklist step's (`item`, rule id) or a contact-log cell's (`day/channel`). */
export const stampKey = (where: string, stamp: { at: string; by: string }): string => `${where}/${stamp.at}/${stamp.by}`;

/**
 * The event behind each stamp (a step's tick, a contact-log cell) → its id, so the detail can say
 * who the team server vouches for: a stamp carries only the display name and instant of its event.
 */
export const stampIds = (events: readonly ProgressEvent[], accountId: string): Map<string, string> => {
  const ids = new Map<string, string>();
  for (const event of events) {
    if (event.accountId !== accountId) continue;
    if (event.type === 'contact') ids.set(stampKey(`${event.day}/${event.channel}`, event), event.id);
    else if (event.type === 'item') ids.set(stampKey(`item/${event.ruleId}`, event), event.id);
  }
  return ids;
};

/**
 * Who recorded an event, as team sync proves it (the server checked the id against the session);
 * `owner: null, unproven` for an event in the older id form, whose author nothing proves.
 */
export interface EventAuthor {
  owner: string | null;
  tampered?: true;
  unproven?: true;
}

/** Said of an event whose author nothing proves (the older id form, pulled from the team). */
export const UNPROVEN_TEXT = 'author not proven: recorded before the team server checked who wrote events';

/** What the timeline says about an entry's author beyond the name, for a lead to look at. */
export interface AuthorNote {
  /** The authenticated team-sync user, when the event came through team sync. */
  owner: string | null;
  /** Warnings, in words: a display name another user also records under, more than one name, a tampered event, an author not proven. */
  flags: string[];
}

/**
 * Display names are typed by each CSM and prove nothing; the authenticated user does. An entry is
 * flagged when its display name is one another user also records under (someone writing as a
 * colleague), when its user records under more than one display name, or when the event has
 * conflicting revisions (someone wrote another version of it: tampered), or when nothing proves
 * its author (the older id form without the user).
 */
export const authorNotes = (entries: readonly TimelineEntry[], authors: Readonly<Record<string, EventAuthor>>): Map<string, AuthorNote> => {
  const ownersByName = new Map<string, Set<string>>();
  const namesByOwner = new Map<string, Set<string>>();
  for (const entry of entries) {
    const owner = authors[entry.id]?.owner;
    if (!owner) continue;
    const name = entry.by.trim().toLowerCase();
    (ownersByName.get(name) ?? ownersByName.set(name, new Set()).get(name)!).add(owner);
    (namesByOwner.get(owner) ?? namesByOwner.set(owner, new Set()).get(owner)!).add(name);
  }
  const notes = new Map<string, AuthorNote>();
  for (const entry of entries) {
    const author = authors[entry.id];
    const flags: string[] = [];
    if (author?.unproven) flags.push(UNPROVEN_TEXT);
    if (author?.owner) {
      const others = [...(ownersByName.get(entry.by.trim().toLowerCase()) ?? [])].filter((o) => o !== author.owner);
      if (others.length) flags.push(`the name “${entry.by}” is also used by ${others.join(', ')}`);
      if ((namesByOwner.get(author.owner)?.size ?? 0) > 1) flags.push(`${author.owner} records under more than one name`);
      if (author.tampered) flags.push('tampered: another version of this event exists');
    }
    notes.set(entry.id, { owner: author?.owner ?? null, flags });
  }
  return notes;
};
