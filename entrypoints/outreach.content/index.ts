import { bootLoader } from '@/app/loader';
import { OUTREACH_MATCHES } from '@/lib/sites/outreach/hosts';
import { detectOutreachPage } from '@/lib/sites/outreach/urls';

export default defineContentScript({
  matches: [...OUTREACH_MATCHES],
  runAt: 'document_idle',
  // WXT would post a message naming the extension to every page script; nothing here needs it.
  noScriptStartedPostMessage: true,
  main: (ctx) => bootLoader(ctx, { isCandidate: (url) => detectOutreachPage(url) !== null }),
});
