import type { PlaybookRuleInput } from '../schema';

/**
 * Playbook entries for the onboarding rules of SOP-RULES.md, help text from the seeds
 * (seed 000 = MT-CS-002 Onboarding, seed 001 = MT-CS-020 Digital, seed 003 = MT-CS-007 SMB).
 */

const COMPOSE = ['gmail.compose', 'outreach.compose'] as const;

/**
 * Who owes the same-day call and the booked onboarding call. MT-CS-002's impacted teams are
 * "Strategic CSMs; Core CSMs"; MT-CS-020's GameDay section keeps "reach out by phone on the same
 * day"; a plain Digital account runs on the Outreach sequence.
 */
const CALLS = { segments: ['Core', 'Strategic'], subtypes: ['GameDay'] };
const CALLS_NOTE =
  'Only Core/Strategic accounts (MT-CS-002, "Impacted teams: Strategic CSMs; Core CSMs") and GameDay accounts (MT-CS-020: "Once the account is assigned to you, reach out by phone on the same day") owe it (params.calls). A plain Digital account runs on the Outreach sequence and cadence; MT-CS-020 offers meetings only "in case any meetings are required", so it is never flagged. MT-CS-007 asks SMB accounts to "proceed with the onboarding call process as stated in the MT-CS-002"; SOP-RULES and issue 12 treat a Digital SMB account as plain Digital, so SMB is not in params.calls.subtypes: add it there to hold SMB accounts to the calls. In the Unresponsive branch the 10-day log is the duty instead. A blank CS Segmentation falls back to the user count and MRR; an unknown one is named, never guessed.';

/** How the welcome/reminder email is recognised; CS Ops update this when the template changes. */
export const WELCOME_EMAIL = {
  kind: 'welcome',
  template: 'Welcome to MedTrainer! CSM',
  subjectContains: ['Welcome to MedTrainer'],
};

export const rules: PlaybookRuleInput[] = [
  {
    id: 'OB-SAME-DAY-CALL',
    sop: 'MT-CS-002',
    title: 'Same-day call to the admin',
    where: ['any'],
    stage: 'onboarding',
    check: { evaluator: 'OB-SAME-DAY-CALL', params: { calls: CALLS } },
    help: 'Once the account is assigned to you, reach out by phone on the same day to introduce yourself and schedule the onboarding call.',
    note: `Counts as done without a tick once "Onboarding Call Scheduled For" (or the completed date) is filled: the call it asks for has been booked. ${CALLS_NOTE}`,
  },
  {
    id: 'OB-REMINDER-EMAIL',
    sop: 'MT-CS-002',
    title: 'Reminder email with the KYC survey',
    where: [...COMPOSE, 'timeline'],
    stage: 'onboarding',
    check: {
      evaluator: 'OB-REMINDER-EMAIL',
      params: {
        email: WELCOME_EMAIL,
        kyc: { bodyContains: ['Onboarding Survey', 'KYC'], linkContains: ['docs.google.com/forms'], serviceLevels: ['Standard', 'Premium'] },
      },
    },
    help: 'If the admin hasn’t scheduled the onboarding call, hasn’t replied to the initial email, hasn’t reached out to you, or doesn’t answer your first call, send a reminder email with the Outreach "Welcome to MedTrainer! CSM" template (CCSM / SCSM Welcome) to introduce yourself and remind them of the onboarding process. The template carries the Onboarding Survey (KYC), now a Google Form.',
    note: 'Not needed once the onboarding call is booked. The KYC check looks for the survey\'s words or its Google Forms link (params.kyc). Seed 000: "ONLY for Standard and Premium Accounts This is how the specific section of the" [KYC part looks]: missing on a Standard/Premium account is a warning, on a Basic one information (params.kyc.serviceLevels). "Re:"/"Fwd:" drafts in the thread are not this email unless the CSM says so.',
  },
  {
    id: 'OB-ROSTERS',
    sop: 'MT-CS-002',
    title: 'Rosters attached to the welcome email',
    where: [...COMPOSE],
    stage: 'onboarding',
    check: {
      evaluator: 'OB-ROSTERS',
      params: {
        email: WELCOME_EMAIL,
        always: ['Initial Account Configuration Roster.xlsx', 'Initial Organization Management Setup.pdf'],
        credentialingBasic: ['Payor Roster.xlsx', 'Verification & Documents Roster.xlsx'],
        credentialingStandardPremium: ['Credentialing Information Roster.xlsx'],
      },
    },
    help: 'The Outreach template already includes every roster, so the admin can start filling them in before the onboarding call. Once you pull it up in Gmail, delete the attached files you don’t need for this account. Credentialing Software bought: Basic accounts get the Payor Roster and the Verification & Documents Roster; Standard and Premium accounts get the Credentialing Information Roster, which combines all credentialing rosters (6 tabs). No Credentialing Software: remove the credentialing rosters before sending.',
    steps: [
      'Always: Initial Account Configuration Roster.xlsx and Initial Organization Management Setup.pdf',
      'Credentialing Software, Basic: Payor Roster.xlsx and Verification & Documents Roster.xlsx',
      'Credentialing Software, Standard/Premium: Credentialing Information Roster.xlsx (or .xlsm), not the two Basic rosters',
      'No Credentialing Software: none of the credentialing rosters',
    ],
    note: 'The .xlsm copy of the Credentialing Information Roster is matched by its .xlsx name. Seed 000 carries a stray "ONLY for Standard and Premium Accounts" line before this section; it belongs to a screenshot of the KYC part, so the two always-files follow SOP-RULES (every account).',
  },
  {
    id: 'OB-PREP-REVIEW',
    sop: 'MT-CS-002',
    title: 'Review the account before the call',
    where: ['sf.opportunity', 'sf.account'],
    stage: 'onboarding',
    check: { evaluator: 'OB-PREP-REVIEW', params: {} },
    help: 'Prepare before the onboarding call by reviewing the following information, in order to better understand the account.',
    steps: [
      'Contract: products acquired, duration of the contract, MRR, number of users',
      'Additional Notes in SF (Opportunity level): relevant information shared by sales',
      'Discovery Notes section of the Opportunity: key information on the account before it was Closed Won',
      'Website: on the Account’s Details tab; if it’s not there, google it and get relevant information about the business',
    ],
    note: 'Due on the day of the onboarding call when "Onboarding Call Scheduled For" is known.',
  },
  {
    id: 'OB-RSM-DISCOVERY',
    sop: 'MT-CS-002',
    title: 'Discovery sync with the RSM',
    where: ['sf.opportunity', 'any'],
    stage: 'onboarding',
    check: { evaluator: 'OB-RSM-DISCOVERY', params: { discoveryFields: ['opp.industry', 'opp.employees'], meetingMinutes: 15 } },
    help: 'Core and Strategic: schedule and complete a 15-minute Google Meet with the RSM (Discovery Meeting Outreach meeting type) to review the account and gather anything that surfaced in the sales process; confirm the industry and number of employees, the starting point of the onboarding call. Digital: only when the Discovery Notes section is lacking, reach out to CS Ops so a context discussion can be opened with the RSM and leadership.',
    note: 'The Digital variant comes from MT-CS-020 (seed 001). On the Opportunity it checks the Discovery Notes fields Industry and Number of Employees.',
  },
  {
    id: 'OB-PRESENTATION',
    sop: 'MT-CS-002',
    title: 'Onboarding presentation',
    where: ['any'],
    stage: 'onboarding',
    check: {
      evaluator: 'OB-PRESENTATION',
      params: {
        templatesFolder: 'Account Onboarding PPTX Templates',
        smbPresentation: {
          name: 'SMB ACCOUNTS',
          url: 'https://docs.google.com/presentation/d/1rYmHVPixg6BjWWbCTrfuMAE2QsqAbPwNByWYsoIgvYw/edit?usp=sharing',
        },
      },
    },
    help: 'Prepare a Google Slides presentation for the account from one of the templates in the Account Onboarding PPTX Templates folder; you walk the admin through it on the call. SMB accounts: use the SMB ACCOUNTS presentation.',
    note: 'The SMB presentation comes from MT-CS-007 (seed 003).',
  },
  {
    id: 'OB-CALL-SCHEDULED-DATE',
    sop: 'MT-CS-002',
    title: 'Onboarding Call Scheduled For',
    where: ['sf.onboarding'],
    stage: 'onboarding',
    check: { evaluator: 'OB-CALL-SCHEDULED-DATE', params: { calls: CALLS } },
    help: 'When the onboarding call is scheduled, enter the date in the "Onboarding Call Scheduled For" field of the Customer Onboarding object in SF.',
    note: `Empty on the assignment date: warning; from the next business day: error. ${CALLS_NOTE}`,
  },
  {
    id: 'OB-CALL-COMPLETED-DATE',
    sop: 'MT-CS-002',
    title: 'Onboarding Call Completed Date',
    where: ['sf.onboarding'],
    stage: 'onboarding',
    check: { evaluator: 'OB-CALL-COMPLETED-DATE', params: {} },
    help: 'Once the onboarding call has taken place, enter the date in the "Onboarding Call Completed Date" field of the Customer Onboarding object in SF.',
    note: 'The wording is MT-CS-007’s (seed 003); seed 000 names only the scheduled date.',
  },
  {
    id: 'OB-RECAP-EMAIL',
    sop: 'MT-CS-002',
    title: 'Onboarding call recap email',
    where: [...COMPOSE, 'timeline'],
    stage: 'onboarding',
    check: {
      evaluator: 'OB-RECAP-EMAIL',
      params: {
        email: { kind: 'recap', template: 'Onboarding Call Recap', subjectContains: ['Onboarding Call Recap'] },
        calendlyLinkContains: ['calendly.com'],
        attachments: ['CPR Brochure.pdf', 'CPR Document.pdf'],
        sessionsAhead: 3,
        smb: {
          template: 'SMB Onboarding Call Recap',
          launchKit: { name: 'Customer Launch Kit', bodyContains: ['Customer Launch Kit'], linkContains: [] },
        },
      },
    },
    help: 'Immediately after the call recording gets processed (or as soon as possible the same day), send the onboarding call recap email with the Outreach Onboarding Call Recap template: your Calendly link, reminders of the dates of the upcoming training sessions, and the CPR course files (CPR Brochure.pdf and CPR Document.pdf). SMB accounts: use the SMB Onboarding Call Recap template and remind the customer that the Customer Launch Kit link is in the email.',
    note: 'Training dates count when the body names the date of one of the next sessions (params.sessionsAhead per product). The SMB part is MT-CS-007 (seed 003).',
  },
  {
    id: 'OB-MEETING-TYPE',
    sop: 'MT-CS-002',
    title: 'Outreach meeting type and calendar link',
    where: ['outreach.prospect', 'outreach.sequence', 'outreach.compose'],
    stage: 'onboarding',
    scope: 'csm',
    check: { evaluator: 'manual', params: {} },
    help: 'Salesforce pulls your Outreach calendar link from your Salesforce profile: make "Onboarding Call (30 min)" your default meeting type in your Outreach calendar settings, and add the link to your profile. A Discovery Meeting (15 min) type is there for the RSM sync.',
    steps: [
      'Outreach calendar settings: default meeting type "Onboarding Call (30 min)"',
      'Salesforce profile: your Outreach calendar link added',
    ],
    note: 'SOP-RULES.md: "One-time setup per CSM (not per account)". Ticked once on any account, it is kept as this CSM\'s setup and shows done on every account (the tick is also logged on that account for the audit).',
  },
];
