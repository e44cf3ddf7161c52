import { bootLoader } from '@/lib/content/loader';
import { MEDTRAINER_MATCHES } from '@/lib/sites/medtrainer/hosts';
import { detectMedtrainerPage } from '@/lib/sites/medtrainer/urls';

export default defineContentScript({
  matches: [...MEDTRAINER_MATCHES],
  runAt: 'document_idle',
  main: (ctx) => bootLoader(ctx, { isCandidate: (url) => detectMedtrainerPage(url) !== null }),
});
