import { startApp } from '@/app/start-app';
import { outreachAdapter } from '@/lib/sites/outreach/adapter';
import { outreachSite } from '@/lib/sites/outreach/definition';

/**
 * The sidebar app for Outreach pages, injected by the background into a tab whose page the loader
 * recognised on a Outreach host (background/tab-services.ts). One bundle per site: it carries
 * this site's adapter and definition only (see app/start-app.ts).
 */
export default defineUnlistedScript(() => {
  void startApp(outreachAdapter, outreachSite);
});
