import { startApp } from '@/app/start-app';
import { medtrainerAdapter } from '@/lib/sites/medtrainer/adapter';
import { isMedtrainerHost } from '@/lib/sites/medtrainer/hosts';

/**
 * The sidebar app for MedTrainer pages, injected by the background into a tab whose page the loader
 * recognised on a MedTrainer host (background/tab-services.ts). One bundle per site: it carries
 * this site's adapter and host test only (see app/start-app.ts).
 */
export default defineUnlistedScript(() => {
  void startApp(medtrainerAdapter, isMedtrainerHost);
});
