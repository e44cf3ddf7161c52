import { bootLoader } from '@/app/loader';
import { MEDTRAINER_MATCHES } from '@/lib/sites/medtrainer/hosts';
import { detectMedtrainerPage } from '@/lib/sites/medtrainer/urls';

export default defineContentScript({
  matches: [...MEDTRAINER_MATCHES],
  runAt: 'document_idle',
  // WXT would post a message naming the extension to every page script; nothing here needs it.
  noScriptStartedPostMessage: true,
  main: (ctx) => bootLoader(ctx, { isCandidate: (url) => detectMedtrainerPage(url) !== null }),
});
