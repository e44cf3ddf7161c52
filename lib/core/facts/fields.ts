import type { PageKind } from '../model/page-kind';

/**
 * Every field an adapter can read, by a stable key. Labels are the adapter's business
 * (lib/sites/<site>/labels.ts, renameable in settings); rules only ever see these keys.
 *
 * Value types: text → string; number/currency → number; date → `YYYY-MM-DD`;
 * datetime → ISO instant; checkbox → boolean; multi → string[]; lookup → { name, id? }.
 */
export type FieldType = 'text' | 'number' | 'currency' | 'date' | 'datetime' | 'checkbox' | 'multi' | 'lookup';

export const FIELDS = {
  // Account
  'account.name': { page: 'sf.account', type: 'text' },
  'account.subtype': { page: 'sf.account', type: 'multi' },
  'account.userCount': { page: 'sf.account', type: 'number' },
  'account.mrr': { page: 'sf.account', type: 'currency' },
  'account.csm': { page: 'sf.account', type: 'lookup' },
  'account.csmLeader': { page: 'sf.account', type: 'lookup' },
  'account.segmentation': { page: 'sf.account', type: 'text' },
  'account.sfAccountId': { page: 'sf.account', type: 'text' },
  'account.lmsIdCompany': { page: 'sf.account', type: 'text' },
  'account.recurlyAccountId': { page: 'sf.account', type: 'text' },
  'account.recurlyBillingUrl': { page: 'sf.account', type: 'text' },
  /** The Reference fields MT-CS-007 has the CSM update when the admin agrees to be a reference. */
  'account.reference': { page: 'sf.account', type: 'checkbox' },
  'account.referenceNotes': { page: 'sf.account', type: 'text' },
  // Opportunity
  'opp.name': { page: 'sf.opportunity', type: 'text' },
  'opp.account': { page: 'sf.opportunity', type: 'lookup' },
  'opp.owner': { page: 'sf.opportunity', type: 'lookup' },
  'opp.stage': { page: 'sf.opportunity', type: 'text' },
  'opp.closeDate': { page: 'sf.opportunity', type: 'date' },
  'opp.primaryContact': { page: 'sf.opportunity', type: 'lookup' },
  'opp.primaryContactEmail': { page: 'sf.opportunity', type: 'text' },
  'opp.products': { page: 'sf.opportunity', type: 'multi' },
  'opp.userCount': { page: 'sf.opportunity', type: 'number' },
  'opp.mrr': { page: 'sf.opportunity', type: 'currency' },
  'opp.serviceLevel': { page: 'sf.opportunity', type: 'text' },
  'opp.billingStartDate': { page: 'sf.opportunity', type: 'date' },
  'opp.additionalNotes': { page: 'sf.opportunity', type: 'text' },
  'opp.csm': { page: 'sf.opportunity', type: 'lookup' },
  'opp.com': { page: 'sf.opportunity', type: 'lookup' },
  'opp.csmLeader': { page: 'sf.opportunity', type: 'lookup' },
  'opp.industry': { page: 'sf.opportunity', type: 'text' },
  'opp.employees': { page: 'sf.opportunity', type: 'number' },
  /** MT-CS-007: the SMB adoption meeting's notes ("added under Adoption Notes in the Opportunity"). */
  'opp.adoptionNotes': { page: 'sf.opportunity', type: 'text' },
  // Customer Onboarding
  'ob.name': { page: 'sf.onboarding', type: 'text' },
  'ob.account': { page: 'sf.onboarding', type: 'lookup' },
  'ob.opportunity': { page: 'sf.onboarding', type: 'lookup' },
  'ob.learning': { page: 'sf.onboarding', type: 'checkbox' },
  'ob.compliance': { page: 'sf.onboarding', type: 'checkbox' },
  'ob.credentialingSoftware': { page: 'sf.onboarding', type: 'checkbox' },
  'ob.exclusions': { page: 'sf.onboarding', type: 'checkbox' },
  'ob.emailSentDate': { page: 'sf.onboarding', type: 'date' },
  'ob.sendEmail': { page: 'sf.onboarding', type: 'checkbox' },
  'ob.callScheduledFor': { page: 'sf.onboarding', type: 'date' },
  'ob.callCompletedDate': { page: 'sf.onboarding', type: 'date' },
  'ob.completed': { page: 'sf.onboarding', type: 'checkbox' },
  // Case (record view and the new/edit form share these keys)
  'case.recordType': { page: 'sf.case', type: 'text' },
  'case.account': { page: 'sf.case', type: 'lookup' },
  'case.status': { page: 'sf.case', type: 'text' },
  'case.type': { page: 'sf.case', type: 'text' },
  'case.opened': { page: 'sf.case', type: 'datetime' },
  'case.subject': { page: 'sf.case', type: 'text' },
  'case.description': { page: 'sf.case', type: 'text' },
  'case.opportunity': { page: 'sf.case', type: 'lookup' },
  'case.contact': { page: 'sf.case', type: 'lookup' },
  'case.reason': { page: 'sf.case', type: 'text' },
  'case.directives': { page: 'sf.case', type: 'text' },
  'case.products': { page: 'sf.case', type: 'multi' },
  'case.callScheduledFor': { page: 'sf.case', type: 'datetime' },
  'case.callCompletedDate': { page: 'sf.case', type: 'date' },
  'case.resolutionOffered': { page: 'sf.case', type: 'text' },
  'case.dueDate': { page: 'sf.case', type: 'date' },
  'case.assignedTo': { page: 'sf.case', type: 'lookup' },
  // MedTrainer pre-signup form
  'signup.accountId': { page: 'mt.presignup', type: 'text' },
  'signup.companyName': { page: 'mt.presignup', type: 'text' },
  'signup.firstName': { page: 'mt.presignup', type: 'text' },
  'signup.lastName': { page: 'mt.presignup', type: 'text' },
  'signup.phone': { page: 'mt.presignup', type: 'text' },
  'signup.email': { page: 'mt.presignup', type: 'text' },
  'signup.userCount': { page: 'mt.presignup', type: 'number' },
  'signup.locationCount': { page: 'mt.presignup', type: 'number' },
  'signup.planAmount': { page: 'mt.presignup', type: 'currency' },
  'signup.billingStartDate': { page: 'mt.presignup', type: 'date' },
} as const satisfies Record<string, { page: PageKind; type: FieldType }>;

export type FieldKey = keyof typeof FIELDS;
export const FIELD_KEYS = Object.keys(FIELDS) as FieldKey[];
export const isFieldKey = (value: unknown): value is FieldKey =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(FIELDS, value);
