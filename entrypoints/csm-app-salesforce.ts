import { startApp } from '@/app/start-app';
import { salesforceAdapter } from '@/lib/sites/salesforce/adapter';
import { salesforceSite } from '@/lib/sites/salesforce/definition';

/**
 * The sidebar app for Salesforce pages, injected by the background into a tab whose page the loader
 * recognised on a Salesforce host (background/tab-services.ts). One bundle per site: it carries
 * this site's adapter and definition only (see app/start-app.ts).
 */
export default defineUnlistedScript(() => {
  void startApp(salesforceAdapter, salesforceSite);
});
