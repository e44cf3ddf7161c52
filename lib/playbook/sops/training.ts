import { SUPPORT_CONTACT_BLOCK, SUPPORT_MARKERS } from '../../engine/snippets';
import type { PlaybookRuleInput } from '../schema';

/** Playbook entries for the training rules of SOP-RULES.md, help text from seeds 001 (MT-CS-020) and 003 (MT-CS-007). */
export const rules: PlaybookRuleInput[] = [
  {
    id: 'TR-SCHEDULE',
    sop: 'MT-CS-020',
    title: 'Training webinar dates',
    where: ['any', 'gmail.compose', 'outreach.compose'],
    stage: 'training',
    check: {
      evaluator: 'TR-SCHEDULE',
      params: {
        sessions: 2,
        schedules: {
          Learning: { weekday: 2, time: '11:00', minutes: 45 },
          Compliance: { weekday: 4, time: '11:00', minutes: 45 },
        },
        caseByCase: "scheduled case by case, according to the account's needs.",
      },
    },
    help: 'Each Learning and Compliance training session lasts 45 minutes, to cover the full module: Learning on Tuesdays at 11 AM Central, Compliance on Thursdays at 11 AM Central (GoToWebinar). Credentialing Software is evaluated case by case, depending on the account’s needs. Be mindful of the time you invest in each subject.',
    steps: [
      'Learning: Course Library and CE Course Library (15 min), Group Learning (5 min), Admin and Student Dashboards (10 min), Onboarding Path (10 min), Settings and Company Settings (5 min)',
      'Compliance: Documents & Policies (10 min), Incident Reports V3 (15 min), Student Dashboard (2 min), Contract Management (3 min), OSHA/HIPAA Toolkits (5 min), Safety Plans (5 min), SDS Management (5 min); if not reviewed before: Onboarding Path, Settings and Company Settings',
      'Credentialing Software: case by case, to be determined',
    ],
    note: 'The seed says "11 am CST"; times are computed in America/Chicago so daylight time is right. Inserted dates are in Central only (the admin\'s zone is unknown); the sidebar also shows the user\'s zone.',
  },
  {
    id: 'TR-RECAP',
    sop: 'MT-CS-020',
    title: 'Training recap email',
    where: ['gmail.compose', 'outreach.compose'],
    stage: 'training',
    check: {
      evaluator: 'TR-RECAP',
      params: {
        email: { kind: 'training-recap', template: 'Training Recap', subjectContains: ['Training Recap', 'Training Session Recap', 'DCSM Onboarding Recap'] },
        sections: ['Participants', 'Modules', 'Pending Subjects', 'Relevant Links'],
        support: { bodyContains: SUPPORT_MARKERS, block: SUPPORT_CONTACT_BLOCK },
      },
    },
    help: 'Once the training session has been completed, send a training recap email immediately after the meeting (or at least before the end of the day) and fill in Participants, Modules, Pending Subjects and Relevant Links. Reinforce the use of the Customer Support Department: provide its contact information.',
    note: 'Seed 001 sends the Digital training recap "using the DCSM Onboarding Recap Email Template" with "Participants, Modules, Pending Subjects, Relevant Links" and the Support contact; seed 003 calls it "Training Recap". Both names are subject markers, so either recap is checked the same way. Replies and forwards are not checked unless the CSM declares them.',
  },
  {
    id: 'SMB-COMPLETED-RECAP',
    sop: 'MT-CS-007',
    title: 'SMB Onboarding Completed Recap',
    where: ['gmail.compose', 'outreach.compose', 'timeline'],
    stage: 'training',
    appliesTo: { subtypesAny: ['SMB'] },
    check: {
      evaluator: 'SMB-COMPLETED-RECAP',
      params: {
        email: { kind: 'smb-completed-recap', template: 'SMB Onboarding Completed Recap', subjectContains: ['Onboarding Completed'] },
        videos: { name: 'Vimeo Overview Videos', bodyContains: ['Overview Video'], linkContains: ['vimeo.com'] },
      },
    },
    help: 'Once all Learning and Compliance training sessions are completed, send the admin the Outreach SMB Onboarding Completed Recap email template, which also contains the Vimeo Overview Videos in the Guru card.',
    note: 'Ticking this step dates "onboarding completed" for SMB-ADOPTION-60: the Customer Onboarding record has only a checkbox, no date.',
  },
];
