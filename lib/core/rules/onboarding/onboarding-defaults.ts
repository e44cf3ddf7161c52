import type { Segment, Subtype } from '../../model/vocab';

// Shipped playbook values several onboarding rules share (MT-CS-002 Onboarding, MT-CS-020
// Digital, MT-CS-007 SMB).

export const COMPOSE = ['gmail.compose', 'outreach.compose'] as const;

/**
 * Who owes the same-day call (OB-SAME-DAY-CALL): Core/Strategic (MT-CS-002), SMB accounts
 * (MT-CS-007 sends them through MT-CS-002's call process) and GameDay accounts (MT-CS-020's own
 * same-day call). A plain Digital account runs on the Outreach sequence.
 */
export const SAME_DAY_CALL: { segments: Segment[]; subtypes: Subtype[] } = {
  segments: ['Core', 'Strategic'],
  subtypes: ['SMB', 'GameDay'],
};

/**
 * Who books an onboarding call (OB-CALL-SCHEDULED-DATE): Core/Strategic and SMB accounts.
 * GameDay's same-day call gives the onboarding information instead, so it books none (`except`).
 */
export const BOOKED_CALL: { segments: Segment[]; subtypes: Subtype[]; except: Subtype[] } = {
  segments: ['Core', 'Strategic'],
  subtypes: ['SMB'],
  except: ['GameDay'],
};

/** The seed sentences that decide who owes the calls, quoted in both rules' notes. */
export const CALLS_NOTE =
  'Who owes it is params.calls. MT-CS-002 (Impacted teams: Strategic CSMs, Core CSMs): "Once the account is assigned to you, reach out by phone on the same day to introduce yourself and schedule the onboarding call." MT-CS-007 (SMB accounts, Digital CSMs included): "Please proceed with the onboarding call process as stated in the MT-CS-002". MT-CS-020 (GameDay): "Once the account is assigned to you, reach out by phone on the same day to introduce yourself and provide the onboarding information they will need" — a same-day call, no onboarding call to book. A plain Digital account runs on the Outreach sequence; MT-CS-020 offers meetings only "in case any meetings are required", so it is never flagged. In the Unresponsive branch the 10-day log is the duty instead (MT-CS-020: "contact the customer daily for 10 consecutive days via email and phone"). A blank CS Segmentation falls back to the user count and MRR; an unknown one is named, never guessed.';

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
