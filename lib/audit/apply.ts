import { MAX_EVENTS_PER_MESSAGE, MAX_PROFILES_PER_MESSAGE, observationSchema } from '../messages/protocol';
import { issueList } from '../store/read';
import type { CsmActions } from '../store/state';
import type { MergePreview } from './merge';

export interface ApplyResult {
  /** Events the background added (0 for those it already had). */
  eventsAdded: number;
  /** Profiles the background changed. */
  profilesChanged: number;
  /** Requests the background refused, in words, with their details. */
  errors: string[];
}

/**
 * Applies a preview through the store's actions (the background stays the one writer): the new
 * events in messages of at most MAX_EVENTS_PER_MESSAGE, then the profiles in batches (one storage
 * write per batch: one message per account made a 300-account import take over a minute).
 * Safe to repeat: both actions are idempotent.
 */
export const applyImport = async (
  preview: Pick<MergePreview, 'newEvents' | 'observations'>,
  actions: Pick<CsmActions, 'appendEvents' | 'observeMany'>,
): Promise<ApplyResult> => {
  const result: ApplyResult = { eventsAdded: 0, profilesChanged: 0, errors: [] };
  for (let start = 0; start < preview.newEvents.length; start += MAX_EVENTS_PER_MESSAGE) {
    const response = await actions.appendEvents(preview.newEvents.slice(start, start + MAX_EVENTS_PER_MESSAGE));
    if (response.ok) result.eventsAdded += response.added;
    else result.errors.push([response.error, ...(response.details ?? [])].join(': '));
  }
  // The background refuses a whole batch over one entry it cannot accept: check each first, so
  // one bad profile is named and left out while the rest of its batch is saved.
  const observations: MergePreview['observations'] = [];
  for (const observation of preview.observations) {
    const parsed = observationSchema.safeParse(observation);
    if (parsed.success) observations.push(observation);
    else result.errors.push(`Profile ${observation.accountId} was not imported: ${issueList(parsed.error).join('; ')}`);
  }
  for (let start = 0; start < observations.length; start += MAX_PROFILES_PER_MESSAGE) {
    const batch = observations.slice(start, start + MAX_PROFILES_PER_MESSAGE);
    const response = await actions.observeMany(batch);
    if (response.ok) result.profilesChanged += response.changed;
    else result.errors.push([response.error, ...(response.details ?? [])].join(': '));
  }
  return result;
};
