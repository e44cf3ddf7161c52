import { z } from '../core/zod';
import { progressEventSchema, type ProgressEvent } from '../core/progress/events';
import { STORAGE_KEYS } from '../store/keys';

/**
 * How tabs learn that events were stored. The background writes one small value to
 * chrome.storage.local after each batch; every open tab and extension page hears it through
 * storage.onChanged (which, unlike a runtime port, needs no live service worker to reach them).
 * A batch of a few events carries them, so a tab showing that account merges them with no
 * further request; a large batch (an import, a team pull) names only the accounts, and a tab
 * showing one of them asks for that account's events. Nothing carries the whole log.
 */
export const CHANGES_KEY = STORAGE_KEYS.eventChanges.key;
/** Batches up to this size carry their events. */
export const INLINE_EVENTS = 200;
/** Batches touching more accounts than this say "everything may have changed". */
export const MAX_NAMED_ACCOUNTS = 2_000;

export const eventChangesSchema = z.strictObject({
  /** Unique per notice, so two equal batches still fire storage.onChanged. */
  seq: z.string(),
  /** Accounts whose events changed; absent = any account may have changed. */
  accounts: z.optional(z.array(z.string())),
  /** The stored events themselves, when the batch was small. */
  events: z.optional(z.array(progressEventSchema)),
});
export type EventChanges = z.infer<typeof eventChangesSchema>;

export const describeChanges = (added: readonly ProgressEvent[], seq: string): EventChanges => {
  const accounts = [...new Set(added.map((event) => event.accountId))];
  return {
    seq,
    ...(accounts.length <= MAX_NAMED_ACCOUNTS ? { accounts } : {}),
    ...(added.length <= INLINE_EVENTS ? { events: [...added] } : {}),
  };
};
