import { SUPPORT_MARKERS, SUPPORT_SNIPPET } from '../../engine/snippets';
import type { PlaybookRuleInput } from '../schema';

/** Playbook entries for the Digital rules of SOP-RULES.md, help text from seed 001 (MT-CS-020). */
export const rules: PlaybookRuleInput[] = [
  {
    id: 'DG-SEQUENCE',
    sop: 'MT-CS-020',
    title: 'Admin in the onboarding sequence',
    where: ['outreach.prospect', 'outreach.sequence'],
    stage: 'onboarding',
    appliesTo: { segments: ['Digital'] },
    check: {
      evaluator: 'DG-SEQUENCE',
      params: {
        regular: 'DCSM Account Onboarding and Adoption',
        gameDay: 'Digital Account Adoption (GameDay) Check-In (30 Days After OB Email is Sent)',
      },
    },
    help: 'Once the account is assigned to you, add your admin (prospect) to the "DCSM Account Onboarding and Adoption" Outreach sequence, or for GameDay accounts to "Digital Account Adoption (GameDay) Check-In (30 Days After OB Email is Sent)", on the same day.',
    note: 'Added after the assignment date: warning. Sequence names are compared ignoring case and spacing.',
  },
  {
    id: 'DG-CADENCE',
    sop: 'MT-CS-020',
    title: 'Sequence steps: Day 1, 4 and 30',
    where: ['timeline'],
    stage: 'onboarding',
    appliesTo: { segments: ['Digital'] },
    check: { evaluator: 'DG-CADENCE', params: {} },
    help: 'The onboarding and adoption sequences consist of a manual initial welcome email (Day 1), a follow-up task (Day 4), an automated account adoption email (Day 30) and an adoption object update task (Day 30), counted from the day the admin is added: the assignment date.',
    steps: [
      'Day 1: manual initial welcome email',
      'Day 4: follow-up task',
      'Day 30: automated account adoption email',
      'Day 30: adoption object update task',
    ],
    note: 'Each step is ticked on its own (progress key DG-CADENCE:<step>); the automated email counts as sent on its day.',
  },
  {
    id: 'DG-KYC-COPY',
    sop: 'MT-CS-020',
    title: 'Your own copy of the KYC survey',
    where: ['any'],
    stage: 'onboarding',
    appliesTo: { segments: ['Digital'] },
    check: {
      evaluator: 'DG-KYC-COPY',
      params: { surveyUrl: 'https://docs.google.com/forms/d/16uGE2zJVRmSyaFor4tbeGyCKXxQn2YMQmYHyLywzKXE/edit' },
    },
    help: 'Preparing the KYC checklist: make sure to make your own copy of the KYC survey; do not change the original file.',
    note: 'Due by the onboarding call when its date is known.',
  },
  {
    id: 'DG-SUPPORT-REDIRECT',
    sop: 'MT-CS-020',
    title: 'Redirect the admin to Support',
    where: ['gmail.compose', 'outreach.compose'],
    stage: 'onboarding',
    check: { evaluator: 'DG-SUPPORT-REDIRECT', params: { snippet: SUPPORT_SNIPPET, doneWhenBodyContains: SUPPORT_MARKERS } },
    help: 'As a DCSM, redirect your clients to the Customer Support Department as much as possible. You still help them, but always give them the option to contact Support for more immediate assistance: support@medtrainer.com, 844.596.6553, https://support.medtrainer.com/, 7:00 AM to 7:00 PM Central, Monday to Friday.',
    note: 'The inserted text is the seed\'s, with the hours written "Central Time" instead of "CST" (right all year). Offered on every email, whatever the account (even one matching no known account): the snippet does not depend on it, and the SOP says to give clients "the option to contact Support" "as much as possible".',
  },
];
