import { browser } from 'wxt/browser';

/**
 * The enterprise policy, if any. Chrome only fills chrome.storage.managed when the manifest
 * declares `storage.managed_schema`; without one (or outside Chrome) this is `{}`.
 */
export const readManagedPolicy = async (): Promise<unknown> => {
  try {
    return (await browser.storage?.managed?.get()) ?? {};
  } catch {
    return {};
  }
};
