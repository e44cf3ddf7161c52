import { z } from '../zod';
import { isoDay, isoInstant } from '../dates/schemas';

/**
 * Progress is an append-only log of events. State is derived (latest event per key wins),
 * so merging logs from two tabs or two CSMs is a set union: lossless and idempotent.
 * Events hold IDs, names, dates and states only — never email bodies or patient data.
 */
const base = {
  /** Unique per event: `<at>-<random>`; also the tie-break when two events share `at`. */
  id: z.string().check(z.minLength(1), z.maxLength(80)),
  accountId: z.string().check(z.regex(/^[a-zA-Z0-9]{18}$/)),
  by: z.string().check(z.maxLength(120)),
  at: isoInstant,
};

export const progressEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...base, type: z.literal('item'), ruleId: z.string().check(z.minLength(1), z.maxLength(60)), done: z.boolean() }),
  z.strictObject({
    ...base,
    type: z.literal('contact'),
    day: isoDay,
    channel: z.enum(['email', 'call']),
    done: z.boolean(),
  }),
  z.strictObject({
    ...base,
    type: z.literal('branch'),
    branch: z.nullable(z.enum(['unresponsive', 'escalation'])),
    since: z.optional(isoDay),
  }),
]);
export type ProgressEvent = z.infer<typeof progressEventSchema>;

export interface Stamp {
  by: string;
  at: string;
}
export interface ItemProgress extends Stamp {
  done: boolean;
  /** Acknowledged (in the durable outbox) but not yet in the event store: shown as "saving". */
  pending?: true;
}
export interface AccountProgress {
  items: Record<string, ItemProgress>;
  /** The contact log (Unresponsive branch): per day, whether the email and the call were made. */
  contacts: Record<string, { email?: ItemProgress; call?: ItemProgress }>;
  /** The lifecycle branch a CSM put the account in (MT-CS-003), with the day it started. */
  branch: (Stamp & { value: 'unresponsive' | 'escalation'; since: string }) | null;
}

const NONE_PENDING: ReadonlySet<string> = new Set();

export const emptyProgress = (): AccountProgress => ({ items: {}, contacts: {}, branch: null });

/** Total order used everywhere two events compete: later `at` wins, then the larger id. */
export const isLater = (a: { at: string; id: string }, b: { at: string; id: string }): boolean => {
  const ta = Date.parse(a.at);
  const tb = Date.parse(b.at);
  return ta !== tb ? ta > tb : a.id > b.id;
};

/** The state key an event sets; two events with the same key compete. */
export const eventKey = (event: ProgressEvent): string => {
  switch (event.type) {
    case 'item':
      return `${event.accountId}|item|${event.ruleId}`;
    case 'contact':
      return `${event.accountId}|contact|${event.day}|${event.channel}`;
    case 'branch':
      return `${event.accountId}|branch`;
  }
};

/**
 * Folds one account's events into its current progress. Order of `events` does not matter.
 * `pending` names events not yet stored; a state they decide is marked `pending`.
 */
export const deriveProgress = (
  events: readonly ProgressEvent[],
  accountId: string,
  pending: ReadonlySet<string> = NONE_PENDING,
): AccountProgress => {
  const winners = new Map<string, ProgressEvent>();
  for (const event of events) {
    if (event.accountId !== accountId) continue;
    const key = eventKey(event);
    const current = winners.get(key);
    if (!current || isLater(event, current)) winners.set(key, event);
  }
  const progress = emptyProgress();
  // Objects written out rather than spread from a stamp: the dashboard folds every account's
  // events, and spreading showed in its profile. Keys keep the order { by, at, pending?, … }.
  for (const event of winners.values()) {
    const isPending = pending.has(event.id);
    if (event.type === 'item') {
      progress.items[event.ruleId] = isPending
        ? { by: event.by, at: event.at, pending: true, done: event.done }
        : { by: event.by, at: event.at, done: event.done };
    } else if (event.type === 'contact') {
      const day = (progress.contacts[event.day] ??= {});
      day[event.channel] = isPending
        ? { by: event.by, at: event.at, pending: true, done: event.done }
        : { by: event.by, at: event.at, done: event.done };
    } else if (event.branch) {
      const since = event.since ?? event.at.slice(0, 10);
      progress.branch = isPending
        ? // The branch's type has no `pending`, but a pending branch has always carried it.
          ({ by: event.by, at: event.at, pending: true, value: event.branch, since } as AccountProgress['branch'])
        : { by: event.by, at: event.at, value: event.branch, since };
    }
  }
  return progress;
};
