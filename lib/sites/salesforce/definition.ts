import { defineSite } from '../definition';
import { isSalesforceCandidate } from './candidate';
import { isSalesforceHost, SALESFORCE_MATCHES } from './hosts';
import { DEFAULT_LABELS } from './labels';

/** Salesforce Lightning record pages and the new/edit Case form (adapter: ./adapter.ts). */
export const salesforceSite = defineSite({
  id: 'salesforce',
  name: 'Salesforce Lightning',
  kinds: ['sf.account', 'sf.opportunity', 'sf.onboarding', 'sf.case', 'sf.case.new'],
  matches: SALESFORCE_MATCHES,
  isHost: isSalesforceHost,
  isCandidate: isSalesforceCandidate,
  labels: {
    defaults: DEFAULT_LABELS,
    groups: {
      'sf.account': 'Salesforce Account',
      'sf.opportunity': 'Salesforce Opportunity',
      'sf.onboarding': 'Customer Onboarding record',
      'sf.case': 'Salesforce Case (record and new/edit form)',
    },
  },
});
