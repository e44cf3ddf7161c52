import { bootLoader } from '@/lib/content/loader';
import { SALESFORCE_MATCHES } from '@/lib/sites/salesforce/hosts';
import { isSalesforceCandidate } from '@/lib/sites/salesforce/candidate';

export default defineContentScript({
  matches: [...SALESFORCE_MATCHES],
  runAt: 'document_idle',
  main: (ctx) => bootLoader(ctx, { isCandidate: isSalesforceCandidate }),
});
