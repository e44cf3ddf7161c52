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
  note: 'SOP-RULES.md: "One-time setup per CSM (not per account)". Ticked once on any account, it is kept as this CSM\'s setup and shows done on every account (the tick is also logged on that account for the audit).',
  order: 250,
  uses: 'manual',
});
