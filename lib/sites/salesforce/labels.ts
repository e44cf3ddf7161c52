/**
 * The org's field labels (this org's defaults; Settings → Field labels renames them) per fact key. Admins rename
 * labels, so settings may override any of them; matching is tolerant of case, spacing and the
 * required-field decorations Lightning adds in edit forms.
 */
import { FIELDS, FIELD_KEYS, type FieldKey } from '../../core/facts/fields';
import type { PageKind } from '../../core/model/page-kind';
import type { AdapterSettings } from '../types';

type SalesforcePage = 'sf.account' | 'sf.opportunity' | 'sf.onboarding' | 'sf.case';
export type SalesforceFieldKey = {
  [K in FieldKey]: (typeof FIELDS)[K]['page'] extends SalesforcePage ? K : never;
}[FieldKey];

export const DEFAULT_LABELS: Record<SalesforceFieldKey, string> = {
  // Account
  'account.name': 'Account Name',
  'account.subtype': 'Account Subtype',
  'account.userCount': 'User Count',
  'account.mrr': 'MRR',
  'account.csm': 'Customer Success Manager',
  'account.csmLeader': 'Customer Success Manager Leader',
  'account.segmentation': 'CS Segmentation',
  'account.sfAccountId': 'SF Account ID',
  'account.lmsIdCompany': 'LMS Id Company',
  'account.recurlyAccountId': 'Recurly Account Id',
  'account.recurlyBillingUrl': 'Recurly Billing URL',
  'account.reference': 'Reference',
  'account.referenceNotes': 'Reference Notes',
  // Opportunity
  'opp.name': 'Opportunity Name',
  'opp.account': 'Account Name',
  'opp.owner': 'Opportunity Owner',
  'opp.stage': 'Stage',
  'opp.closeDate': 'Close Date',
  'opp.primaryContact': 'Primary Contact',
  'opp.primaryContactEmail': 'Primary Contact Email',
  'opp.products': 'Products',
  'opp.userCount': 'User Count',
  'opp.mrr': 'MRR',
  'opp.serviceLevel': 'Service Level',
  'opp.billingStartDate': 'Billing Start Date',
  'opp.additionalNotes': 'Additional Notes',
  'opp.csm': 'Customer Success Manager (NEW)',
  'opp.com': 'Customer Onboarding Manager (NEW)',
  'opp.csmLeader': 'Customer Success Manager Leader (NEW)',
  'opp.industry': 'Industry',
  'opp.employees': 'Number of Employees',
  'opp.adoptionNotes': 'Adoption Notes',
  // Customer Onboarding
  'ob.name': 'Customer Onboarding Name',
  'ob.account': 'Account',
  'ob.opportunity': 'Opportunity',
  'ob.learning': 'Learning',
  'ob.compliance': 'Compliance',
  'ob.credentialingSoftware': 'Credentialing Software',
  'ob.exclusions': 'Exclusions',
  'ob.emailSentDate': 'Onboarding email sent date',
  'ob.sendEmail': 'Send Onboarding email',
  'ob.callScheduledFor': 'Onboarding Call Scheduled For',
  'ob.callCompletedDate': 'Onboarding Call Completed Date',
  'ob.completed': 'Onboarding completed',
  // Case (record page and the new/edit form use the same labels)
  'case.recordType': 'Case Record Type',
  'case.account': 'Account Name',
  'case.status': 'Status',
  'case.type': 'Type',
  'case.opened': 'Date/Time Opened',
  'case.subject': 'Subject',
  'case.description': 'Description',
  'case.opportunity': 'Opportunity Name',
  'case.contact': 'Contact Name',
  'case.reason': 'Escalation/Cancellation Reason',
  'case.directives': 'Escalation Directives',
  'case.products': 'Products',
  'case.callScheduledFor': 'Call Scheduled For',
  'case.callCompletedDate': 'Call Completed Date',
  'case.resolutionOffered': 'Resolution Offered',
  'case.dueDate': 'Due Date',
  'case.assignedTo': 'Assigned To',
};

export function isSalesforceFieldKey(key: FieldKey): key is SalesforceFieldKey {
  return Object.prototype.hasOwnProperty.call(DEFAULT_LABELS, key);
}

const keysByKind = new Map<PageKind, readonly SalesforceFieldKey[]>();

/**
 * The fields a page kind shows; the new/edit Case form reads the Case keys. Worked out once per
 * kind: every read asks (npm run bench: a churning page filtered the whole field table per read).
 */
export function fieldKeysFor(kind: PageKind): readonly SalesforceFieldKey[] {
  let keys = keysByKind.get(kind);
  if (!keys) {
    const page = kind === 'sf.case.new' ? 'sf.case' : kind;
    keys = FIELD_KEYS.filter((key): key is SalesforceFieldKey => isSalesforceFieldKey(key) && FIELDS[key].page === page);
    keysByKind.set(kind, keys);
  }
  return keys;
}

/** The label to look for: the user's override for this org, else the default. */
export function labelFor(key: SalesforceFieldKey, settings: Pick<AdapterSettings, 'labels'>): string {
  const custom = settings.labels?.[key]?.trim();
  return custom ? custom : DEFAULT_LABELS[key];
}

/** Tolerant label comparison (case, spacing, `*`/"Required" decorations): see lib/dom/label-text. */
export { normalizeLabelText as normalizeLabel, labelTextMatches as labelsMatch } from '../../dom/label-text';
