import type { EmailKind } from '../core/facts/page-facts';
import type { ThreadChoice } from './items/threads';

/**
 * Thread choices are small, but one is stored per email a CSM picks an account for: without a
 * bound they would grow for years. Choices are about emails being written; a thread quiet for
 * three months is done with, and a few hundred open threads is far beyond a CSM's week.
 */
export const MAX_THREAD_CHOICES = 500;
export const THREAD_CHOICE_MAX_AGE_MS = 90 * 24 * 60 * 60 * 1000;

/** A change to one choice: undefined = keep, null = clear; `recipients` = whom it is made for. */
export interface ThreadChoiceChange {
  accountId?: string | null | undefined;
  kind?: EmailKind | null | undefined;
  recipients: string;
  at: string;
}

/**
 * The choice after `change`, or null when nothing is left. A choice made for other recipients is
 * replaced whole: its kind or account belonged to another email.
 */
export const applyThreadChoice = (current: ThreadChoice | undefined, change: ThreadChoiceChange): ThreadChoice | null => {
  const base: Partial<ThreadChoice> = current && current.recipients === change.recipients ? { ...current } : {};
  if (change.accountId === null) delete base.accountId;
  else if (change.accountId !== undefined) base.accountId = change.accountId;
  if (change.kind === null) delete base.kind;
  else if (change.kind !== undefined) base.kind = change.kind;
  if (base.accountId === undefined && base.kind === undefined) return null;
  return { ...base, recipients: change.recipients, at: change.at } as ThreadChoice;
};

/** Drops choices older than the age limit (from `now`), then the oldest beyond the bound. Pure. */
export const pruneThreadChoices = (threads: Readonly<Record<string, ThreadChoice>>, now: string): Record<string, ThreadChoice> => {
  const oldest = Date.parse(now) - THREAD_CHOICE_MAX_AGE_MS;
  const kept = Object.entries(threads).filter(([, choice]) => Date.parse(choice.at) >= oldest);
  kept.sort(([, a], [, b]) => Date.parse(b.at) - Date.parse(a.at));
  return Object.fromEntries(kept.slice(0, MAX_THREAD_CHOICES));
};
