import { bootLoader } from '@/lib/content/loader';
import { OUTREACH_MATCHES } from '@/lib/sites/outreach/hosts';
import { detectOutreachPage } from '@/lib/sites/outreach/urls';

export default defineContentScript({
  matches: [...OUTREACH_MATCHES],
  runAt: 'document_idle',
  main: (ctx) => bootLoader(ctx, { isCandidate: (url) => detectOutreachPage(url) !== null }),
});
