import { browser } from 'wxt/browser';
import { createTabServices } from '@/lib/background/tab-services';
import { createStorageItems } from '@/lib/store/items';
import { createWriter } from '@/lib/store/writer';

/**
 * The single writer of CSM Guide's storage, and the one that loads the sidebar app into a tab.
 * Wiring only: handlers live in lib/store/writer.ts and lib/background/tab-services.ts.
 * Defining the items here (and only here, with role `writer`) runs and persists their migrations.
 */
export default defineBackground(() => {
  const writer = createWriter({
    items: createStorageItems('writer'),
    runtimeId: browser.runtime.id,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
  browser.runtime.onMessage.addListener(writer.listener);
  browser.runtime.onMessage.addListener(createTabServices(browser));
  // Set aside anything unreadable now, rather than on the first write that meets it.
  void writer.checkAll();
});
