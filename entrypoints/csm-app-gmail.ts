import { startApp } from '@/app/start-app';
import { gmailAdapter } from '@/lib/sites/gmail/adapter';
import { isGmailHost } from '@/lib/sites/gmail/hosts';

/**
 * The sidebar app for Gmail pages, injected by the background into a tab whose page the loader
 * recognised on a Gmail host (background/tab-services.ts). One bundle per site: it carries
 * this site's adapter and host test only (see app/start-app.ts).
 */
export default defineUnlistedScript(() => {
  void startApp(gmailAdapter, isGmailHost);
});
