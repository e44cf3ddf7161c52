/**
 * The worker's copy of the enterprise policy, in chrome.storage.local. At a browser start
 * chrome.storage.managed answers only after Chrome has loaded its policies (~2 s measured,
 * issue 25), and a page reads the policy before it shows a site's sidebar: the page takes this
 * copy (written by the worker each time it starts and whenever the policy changes) and applies
 * Chrome's own answer when it comes. Without a copy the page waits for Chrome, as before.
 */
import { STORAGE_KEYS } from '../store/keys';

export const MANAGED_COPY_KEY = STORAGE_KEYS.managedPolicyCopy.key;

/** The stored shape: the policy as chrome.storage.managed gave it. */
export interface ManagedCopy {
  policy: unknown;
}

export const readManagedCopy = (value: unknown): ManagedCopy | null =>
  value !== null && typeof value === 'object' && 'policy' in value ? { policy: (value as ManagedCopy).policy } : null;
