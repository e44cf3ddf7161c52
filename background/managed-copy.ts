import type { WxtBrowser } from 'wxt/browser';
import { MANAGED_COPY_KEY, readManagedCopy } from '../lib/settings/managed-copy';
import { readManagedPolicy } from '../lib/settings/read-managed';

/**
 * Keeps the copy of the enterprise policy that pages take at a browser start
 * (lib/settings/managed-copy.ts): written when it differs from Chrome's answer, at the worker's
 * start and whenever the policy changes.
 */
export const keepManagedCopy = (api: Pick<WxtBrowser, 'storage'>): void => {
  const copy = async () => {
    const policy = await readManagedPolicy();
    const stored = readManagedCopy((await api.storage.local.get(MANAGED_COPY_KEY))[MANAGED_COPY_KEY]);
    if (!stored || JSON.stringify(stored.policy) !== JSON.stringify(policy)) await api.storage.local.set({ [MANAGED_COPY_KEY]: { policy } });
  };
  void copy().catch(() => undefined);
  api.storage.onChanged.addListener((_changes, areaName) => {
    if (areaName === 'managed') void copy().catch(() => undefined);
  });
};
