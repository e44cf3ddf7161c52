/** Page kinds (a contract with the tests and the audit export); the sidebar exposes them as `data-page-kind`. */
export const PAGE_KINDS = [
  'sf.account',
  'sf.opportunity',
  'sf.onboarding',
  'sf.case',
  'sf.case.new',
  'gmail.compose',
  'outreach.prospect',
  'outreach.sequence',
  'outreach.compose',
  'mt.presignup',
] as const;

export type PageKind = (typeof PAGE_KINDS)[number];

export const isPageKind = (value: unknown): value is PageKind =>
  typeof value === 'string' && (PAGE_KINDS as readonly string[]).includes(value);

/** Compose pages share the email checks (Gmail and Outreach). */
export const COMPOSE_KINDS: readonly PageKind[] = ['gmail.compose', 'outreach.compose'];

/** Human name of the page a CSM should open to learn a fact. */
export const PAGE_NAMES: Record<PageKind, string> = {
  'sf.account': 'the Salesforce Account',
  'sf.opportunity': 'the Salesforce Opportunity',
  'sf.onboarding': 'the Customer Onboarding record',
  'sf.case': 'the Case',
  'sf.case.new': 'the new Case form',
  'gmail.compose': 'the Gmail compose window',
  'outreach.prospect': 'the Outreach prospect',
  'outreach.sequence': 'the Outreach sequence',
  'outreach.compose': 'the Outreach composer',
  'mt.presignup': 'the MedTrainer pre-signup form',
};
