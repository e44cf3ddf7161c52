import { startApp } from '@/app/start-app';
import { outreachAdapter } from '@/lib/sites/outreach/adapter';
import { isOutreachHost } from '@/lib/sites/outreach/hosts';

/**
 * The sidebar app for Outreach pages, injected by the background into a tab whose page the loader
 * recognised on an Outreach host (background/tab-services.ts). One bundle per site: it carries
 * this site's adapter and host test only (see app/start-app.ts).
 */
export default defineUnlistedScript(() => {
  void startApp(outreachAdapter, isOutreachHost);
});
