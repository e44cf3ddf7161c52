/**
 * Chrome's storage quotas, in words a CSM can act on.
 *
 * chrome.storage rejects a write with "QUOTA_BYTES quota exceeded" when `local` is full (10 MB
 * without the unlimitedStorage permission, which CSM Guide does not ask for), with
 * "QUOTA_BYTES_PER_ITEM quota exceeded" when one `sync` item passes 8 kB, and with
 * "MAX_WRITE_OPERATIONS_PER_MINUTE/HOUR quota exceeded" when `sync` is written too often.
 * Nothing already saved is lost in any of these cases: the write is refused whole.
 */

export const STORAGE_FULL =
  "Chrome's storage for CSM Guide is full, so this change was not saved. Everything saved before is kept; export your team's progress from the dashboard and tell your lead.";
/** IndexedDB (the progress log) refused a write: with `unlimitedStorage` that means the disk itself is full. */
export const DISK_FULL =
  "Your computer's disk is full, so CSM Guide could not save this. It is kept and will be saved once there is room: free some disk space.";
export const STORAGE_BUSY = 'Chrome limits how often CSM Guide can save settings. Wait a minute, then try again.';

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The readable text for a storage quota error, or null when `error` is something else. */
export const quotaProblem = (error: unknown): string | null => {
  const message = messageOf(error);
  if (/MAX_WRITE_OPERATIONS_PER_(MINUTE|HOUR)|MAX_SUSTAINED_WRITE_OPERATIONS/i.test(message)) return STORAGE_BUSY;
  if (/QUOTA_BYTES|MAX_ITEMS|quota exceeded/i.test(message)) return STORAGE_FULL;
  return null;
};

/** The same as a reason code and its text, for a request's failure (lib/messages/protocol.ts). */
export const quotaFailure = (error: unknown): { reason: 'storage-full' | 'busy'; text: string } | null => {
  const text = quotaProblem(error);
  if (!text) return null;
  return { reason: text === STORAGE_BUSY ? 'busy' : 'storage-full', text };
};
