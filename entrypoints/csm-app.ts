import { startApp } from '@/lib/content/app';

/** The sidebar app, injected by the background into a tab a loader recognised (see lib/content/app.ts). */
export default defineUnlistedScript(() => {
  void startApp();
});
