import { browser } from 'wxt/browser';
import { MANAGED_COPY_KEY, readManagedCopy } from '../lib/settings/managed-copy';
import { readManagedPolicy } from '../lib/settings/read-managed';
import { takeFirstRead } from '../lib/store/first-reads';

/**
 * How long a page with no copy of the policy (a first start; a worker stopped before it wrote its
 * copy) waits for Chrome's answer before showing its sidebar without one. Chrome answers
 * chrome.storage.managed only once it has loaded its policies: 3–5 s after a browser start on the
 * 2-core test machine, with no sidebar all that time.
 */
export const MANAGED_WAIT_MS = 1000;

/**
 * The enterprise policy for the store's first answer: Chrome's, or the worker's copy when that
 * comes first (lib/settings/managed-copy.ts), or none after MANAGED_WAIT_MS without either;
 * `later` is Chrome's, applied when it comes (the store re-applies it if it differs).
 */
export const managedPolicy = (
  // Either may be the loader's read, begun while the page loaded (lib/store/first-reads.ts).
  live: () => Promise<unknown> = () => takeFirstRead('managed', null)?.then((found) => found ?? {}, () => ({})) ?? readManagedPolicy(),
  copy: () => Promise<unknown> = async () => (await (takeFirstRead('local', [MANAGED_COPY_KEY]) ?? browser.storage.local.get(MANAGED_COPY_KEY)))[MANAGED_COPY_KEY],
  waitMs: number = MANAGED_WAIT_MS,
): { first: Promise<unknown>; later: Promise<unknown> } => {
  const later = live();
  const stored = copy().then(readManagedCopy, () => null);
  const none = new Promise<unknown>((resolve) => setTimeout(() => resolve({}), waitMs));
  return { first: Promise.race([later, stored.then((found) => (found ? found.policy : later)), none]), later };
};
