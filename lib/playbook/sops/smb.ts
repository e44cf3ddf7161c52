import { OPEN_FORUM_TEMPLATE } from '../../engine/snippets';
import type { PlaybookRuleInput } from '../schema';

/** Playbook entries for the SMB rules of SOP-RULES.md, help text from seed 003 (MT-CS-007). */
export const rules: PlaybookRuleInput[] = [
  {
    id: 'SMB-ROUTING',
    sop: 'MT-CS-007',
    title: 'Core CSM for a larger SMB account',
    where: ['sf.account'],
    stage: 'onboarding',
    appliesTo: { subtypesAny: ['SMB'] },
    check: { evaluator: 'SMB-ROUTING', params: {} },
    help: 'SMB accounts are assigned as usual Learning and Compliance accounts, generally Basic service, and mainly handled by Digital CSMs. A Core CSM takes the account when it has over 50 users, an MRR over $500 USD, or a Standard or Premium service; review it with your TL so it can be handled accordingly.',
    note: 'The seed says "over 50 users" and "over $500"; SOP-RULES and the classification use 50+ and $500+, so exactly 50 users or $500 counts as Core.',
  },
  {
    id: 'SMB-POLICY-MANUALS',
    sop: 'MT-CS-007',
    title: 'Policy manuals reminder',
    where: ['gmail.compose', 'outreach.compose', 'any'],
    stage: 'onboarding',
    appliesTo: { subtypesAny: ['SMB'] },
    check: {
      evaluator: 'SMB-POLICY-MANUALS',
      params: { folder: 'Policy Manuals GD Folder', slide: 'slide 8 of the SMB ACCOUNTS presentation', bodyContains: ['policy manual'] },
    },
    help: 'The policy manuals admins will use are in the Policy Manuals GD Folder. Remind admins that they can either make a folder copy in Google Drive or download the whole folder to their PC, as stated in slide 8 of the SMB ACCOUNTS presentation.',
    note: 'On an email it counts as done when the body mentions the policy manuals; after the call, tick it by hand.',
  },
  {
    id: 'SMB-OPEN-FORUMS',
    sop: 'MT-CS-007',
    title: 'Compliance open forums',
    where: ['any', 'gmail.compose', 'outreach.compose'],
    stage: 'onboarding',
    appliesTo: { subtypesAny: ['SMB'] },
    check: { evaluator: 'SMB-OPEN-FORUMS', params: { minutes: 30, sentence: OPEN_FORUM_TEMPLATE } },
    help: 'Open forums (slide 9 of the SMB ACCOUNTS presentation): 30-minute compliance discussions with peers, as well as Q&As, every first Thursday of the month. Invitations are sent via email.',
  },
  {
    id: 'SMB-ADOPTION-60',
    sop: 'MT-CS-007',
    title: 'SMB adoption meeting (60 days)',
    where: ['timeline', 'sf.opportunity'],
    stage: 'adoption',
    appliesTo: { subtypesAny: ['SMB'] },
    check: { evaluator: 'SMB-ADOPTION-60', params: { datedBy: 'SMB-COMPLETED-RECAP' } },
    help: 'SMB adoption is a simplified version of the 2nd (90-day) adoption stage: schedule the meeting 60 days after onboarding is completed, fill out an SMB Adoption Checklist for the Learning and Compliance modules, and take notes of what the admin says.',
    steps: [
      'Fill out your own copy of the SMB Adoption Checklist (Learning and Compliance modules only); never alter the original',
      'Schedule the meeting 60 days after onboarding is completed',
      'Right after the meeting, download the checklist as a PDF and upload it',
      'Ask probing questions; add your notes under Adoption Notes in the Opportunity',
      'Increasing engagement: revisit sales opportunities; ask if the admin would be a reference and, if so, update the Reference fields on the Salesforce account',
      'Decreasing engagement: CSM–admin relationship and pending tasks; bugs (follow up on tickets); workflow errors and improvements (with the CSM Lead); sales opportunities; internal/organizational issues. Give realistic expectations',
    ],
    note: 'The Customer Onboarding record has no "onboarding completed" date, only a checkbox, so the 60 days count from the day SMB-COMPLETED-RECAP is ticked.',
  },
];
