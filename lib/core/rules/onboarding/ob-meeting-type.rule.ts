import { defineRule } from '../define';

export default defineRule({
  id: 'OB-MEETING-TYPE',
  sop: 'MT-CS-002',
  title: 'Outreach meeting type and calendar link',
  where: ['outreach.prospect', 'outreach.sequence', 'outreach.compose'],
  stage: 'onboarding',
  scope: 'csm',
  help: 'Salesforce pulls your Outreach calendar link from your Salesforce profile: make "Onboarding Call (30 min)" your default meeting type in your Outreach calendar settings, and add the link to your profile. A Discovery Meeting (15 min) type is there for the RSM sync.',
  steps: [
      'Outreach calendar settings: default meeting type "Onboarding Call (30 min)"',
      'Salesforce profile: your Outreach calendar link added',
    ],
  note: 'MT-CS-002: "By default, Salesforce will pull your Outreach Calendar link from your Salesforce profile (so please make sure to have “Onboarding Call (30 min) as your default meeting type in your Outreach calendar settings, and to have this link added in your profile." A setting of the CSM\'s own tools, so a one-time setup per CSM (not per account): ticked once on any account, it is kept as this CSM\'s setup and shows done on every account (the tick is also logged on that account for the audit).',
  order: 250,
  uses: 'manual',
});
