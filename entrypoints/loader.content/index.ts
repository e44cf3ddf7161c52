import { bootLoader } from '@/app/loader';
import { SITE_MATCHES } from '@/lib/sites';
import { siteForHost } from '@/lib/sites/served-hosts';

/**
 * The one loader, on every site's pages (lib/sites/index.ts): the page's host picks the site,
 * whose definition gives the URL test. Definitions only, never adapters, so it stays tiny.
 */
export default defineContentScript({
  matches: [...SITE_MATCHES],
  // As early as the URL is known: the app is asked for while the host page loads (the worker
  // wakes meanwhile), not after it (issue 25: a record in a new tab, the first after a restart).
  runAt: 'document_start',
  // WXT would post a message naming the extension to every page script; nothing here needs it.
  noScriptStartedPostMessage: true,
  main: (ctx) => {
    const site = siteForHost(location.hostname);
    if (site) bootLoader(ctx, site);
  },
});
