import { startApp } from '@/app/start-app';
import { medtrainerAdapter } from '@/lib/sites/medtrainer/adapter';
import { medtrainerSite } from '@/lib/sites/medtrainer/definition';

/**
 * The sidebar app for MedTrainer pages, injected by the background into a tab whose page the loader
 * recognised on a MedTrainer host (background/tab-services.ts). One bundle per site: it carries
 * this site's adapter and definition only (see app/start-app.ts).
 */
export default defineUnlistedScript(() => {
  void startApp(medtrainerAdapter, medtrainerSite);
});
