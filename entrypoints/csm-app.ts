import { startApp } from '@/app/start-app';

/** The sidebar app, injected by the background into a tab a loader recognised (see app/start-app.ts). */
export default defineUnlistedScript(() => {
  void startApp();
});
