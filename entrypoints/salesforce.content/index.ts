import { bootLoader } from '@/app/loader';
import { SALESFORCE_MATCHES } from '@/lib/sites/salesforce/hosts';
import { isSalesforceCandidate } from '@/lib/sites/salesforce/candidate';

export default defineContentScript({
  matches: [...SALESFORCE_MATCHES],
  runAt: 'document_idle',
  // WXT would post a message naming the extension to every page script; nothing here needs it.
  noScriptStartedPostMessage: true,
  main: (ctx) => bootLoader(ctx, { isCandidate: isSalesforceCandidate }),
});
