import { browser } from 'wxt/browser';
import { MANAGED_COPY_KEY, readManagedCopy } from '../lib/settings/managed-copy';
import { readManagedPolicy } from '../lib/settings/read-managed';

/**
 * The enterprise policy for the store's first answer: Chrome's, or the worker's copy when that
 * comes first (lib/settings/managed-copy.ts); `later` is Chrome's, applied when it comes.
 */
export const managedPolicy = (
  live: () => Promise<unknown> = readManagedPolicy,
  copy: () => Promise<unknown> = async () => (await browser.storage.local.get(MANAGED_COPY_KEY))[MANAGED_COPY_KEY],
): { first: Promise<unknown>; later: Promise<unknown> } => {
  const later = live();
  const stored = copy().then(readManagedCopy, () => null);
  return { first: Promise.race([later, stored.then((found) => (found ? found.policy : later))]), later };
};
