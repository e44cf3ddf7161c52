/**
 * Why a request was not carried out, for code to decide on (the text is for people):
 * - `unreachable`: the worker could not be reached or did not answer (stopping, starting, updated);
 * - `refused`: this sender may not send this message (a site tab asking for an extension page's);
 * - `invalid`: the message or its content is not valid (a bad import, an unusable playbook);
 * - `storage-full` / `disk-full`: chrome.storage's quota / the disk under IndexedDB is full;
 * - `busy`: chrome.storage limits writes per minute;
 * - `newer-version`: the item was written by a newer CSM Guide and is read-only here;
 * - `unavailable`: that part of the worker is not running here (no log, no team sync);
 * - `failed`: anything else, with the error's text.
 * No zod here: a tab's bundle takes it without the schemas of every message (site-tab.ts).
 */
export type FailureReason = 'unreachable' | 'refused' | 'invalid' | 'storage-full' | 'disk-full' | 'busy' | 'newer-version' | 'unavailable' | 'failed';

/** A request the background could not carry out (or could not be reached). */
export interface Failure {
  ok: false;
  reason: FailureReason;
  error: string;
  details?: string[];
}

export const failure = (reason: FailureReason, error: string, details?: string[]): Failure => ({
  ok: false,
  reason,
  error,
  ...(details?.length ? { details } : {}),
});
