import { defineRule } from '../define';

export default defineRule({
  id: 'CSO-OPP-CSM-FIELDS',
  sop: 'MT-CS-001',
  title: 'CSM fields on the Opportunity',
  where: ['sf.opportunity'],
  stage: 'account-creation',
  role: 'cs-ops',
  help: 'At the opportunity level in SF, enter the CSM and CSM Lead in Customer Success Manager (NEW), Customer Onboarding Manager (NEW) and Customer Success Manager Leader (NEW). Once they are entered, the Customer Onboarding object is created automatically.',
  note: 'MT-CS-001: "In the opportunity level in SF, enter the CSM and CSM Lead in the following fields:" Customer Success Manager (NEW), Customer Onboarding Manager (NEW), Customer Success Manager Leader (NEW); each empty one is flagged.',
  order: 80,
  uses: 'fields-filled',
  defaults: { fields: ['opp.csm', 'opp.com', 'opp.csmLeader'], severity: 'error' },
});
