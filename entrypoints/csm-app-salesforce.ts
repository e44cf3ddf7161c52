import { startApp } from '@/app/start-app';
import { salesforceAdapter } from '@/lib/sites/salesforce/adapter';
import { isSalesforceHost } from '@/lib/sites/salesforce/hosts';

/**
 * The sidebar app for Salesforce pages, injected by the background into a tab whose page the loader
 * recognised on a Salesforce host (background/tab-services.ts). One bundle per site: it carries
 * this site's adapter and host test only (see app/start-app.ts).
 */
export default defineUnlistedScript(() => {
  void startApp(salesforceAdapter, isSalesforceHost);
});
