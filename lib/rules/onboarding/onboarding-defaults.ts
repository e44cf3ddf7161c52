// Shipped playbook values several onboarding rules share (seed 000 = MT-CS-002 Onboarding,
// seed 001 = MT-CS-020 Digital, seed 003 = MT-CS-007 SMB).

export const COMPOSE = ['gmail.compose', 'outreach.compose'] as const;

/**
 * Who owes the same-day call and the booked onboarding call. MT-CS-002's impacted teams are
 * "Strategic CSMs; Core CSMs"; MT-CS-020's GameDay section keeps "reach out by phone on the same
 * day"; a plain Digital account runs on the Outreach sequence.
 */
export const CALLS = { segments: ['Core', 'Strategic'], subtypes: ['GameDay'] };

export const CALLS_NOTE =
  'Only Core/Strategic accounts (MT-CS-002, "Impacted teams: Strategic CSMs; Core CSMs") and GameDay accounts (MT-CS-020: "Once the account is assigned to you, reach out by phone on the same day") owe it (params.calls). A plain Digital account runs on the Outreach sequence and cadence; MT-CS-020 offers meetings only "in case any meetings are required", so it is never flagged. MT-CS-007 asks SMB accounts to "proceed with the onboarding call process as stated in the MT-CS-002"; SOP-RULES and issue 12 treat a Digital SMB account as plain Digital, so SMB is not in params.calls.subtypes: add it there to hold SMB accounts to the calls. In the Unresponsive branch the 10-day log is the duty instead. A blank CS Segmentation falls back to the user count and MRR; an unknown one is named, never guessed.';

/**
 * How the welcome/reminder email is recognised; CS Ops update this when the template changes. The
 * body markers are the template's introduction of the CSM (MT-CS-002: the welcome email "will
 * introduce the designated CSM"), so the template sent as a reply in the thread is still known.
 */
export const WELCOME_EMAIL = {
  kind: 'welcome',
  template: 'Welcome to MedTrainer! CSM',
  subjectContains: ['Welcome to MedTrainer'],
  bodyContains: ['Welcome to MedTrainer! My name is', 'I am your Customer Success Manager'],
};
