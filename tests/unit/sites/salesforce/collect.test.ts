// @vitest-environment happy-dom
/**
 * collect() on every Salesforce fixture, in synthetic AND native shadow mode, must yield exactly
 * the facts written out below (values as the fixture's records.js shows them, typed).
 */
import { describe, expect, test } from 'vitest';
import type { FieldRead, FieldValue, PageFacts } from '../../../../lib/core/facts/page-facts';
import { openFixture, row, SHADOW_MODES } from './fixture-dom';

const ok = (label: string, value: FieldValue | null, editable?: boolean): FieldRead =>
  editable === undefined ? { status: 'ok', label, value } : { status: 'ok', label, value, editable };
const notFound = (label: string): FieldRead => ({ status: 'missing', label, reason: 'label-not-found' });

const SUNRISE = '001Hs00003KxQ2aIAF';
const MARIA = { name: 'Maria Lopez', id: '005Hs00000Pq1AbIAJ' };
const DANIEL = { name: 'Daniel Reyes', id: '005Hs00000Pq1AcIAJ' };
const CHRIS = { name: 'Chris Whitfield', id: '005Hs00000Pq1AdIAJ' };
const PRIYA = { name: 'Priya Natarajan', id: '005Hs00000Pq1AeIAJ' };
const JORDAN = { name: 'Jordan Avery', id: '003Hs00002Wk8LmIAJ' };
const OPP_NAME = 'Sunrise Family Clinic - New Business';

const ACCOUNT: PageFacts = {
  kind: 'sf.account',
  url: 'https://acme.lightning.force.com/lightning/r/Account/001Hs00003KxQ2aIAF/view',
  host: 'acme.lightning.force.com',
  recordId: SUNRISE,
  accountId: SUNRISE,
  ready: true,
  fields: {
    'account.name': ok('Account Name', 'Sunrise Family Clinic'),
    'account.subtype': ok('Account Subtype', ['SMB']),
    'account.userCount': ok('User Count', 18),
    'account.mrr': ok('MRR', 450),
    'account.csm': ok('Customer Success Manager', MARIA),
    'account.csmLeader': ok('Customer Success Manager Leader', DANIEL),
    'account.segmentation': ok('CS Segmentation', 'Digital'),
    'account.sfAccountId': ok('SF Account ID', SUNRISE),
    'account.lmsIdCompany': ok('LMS Id Company', '48213'),
    'account.recurlyAccountId': ok('Recurly Account Id', 'sunrise-family-clinic-48213'),
    'account.recurlyBillingUrl': ok('Recurly Billing URL', 'https://medtrainer.recurly.com/accounts/sunrise-family-clinic-48213'),
    'account.reference': ok('Reference', false),
    'account.referenceNotes': ok('Reference Notes', null),
  },
};

const LAKESIDE: PageFacts = {
  kind: 'sf.account',
  url: 'https://acme.lightning.force.com/lightning/r/Account/001Hs00003LkP7bIAF/view',
  host: 'acme.lightning.force.com',
  recordId: '001Hs00003LkP7bIAF',
  accountId: '001Hs00003LkP7bIAF',
  ready: true,
  fields: {
    'account.name': ok('Account Name', 'Lakeside Pediatrics'),
    'account.subtype': ok('Account Subtype', ['Hybrid', 'Franchise']),
    'account.userCount': ok('User Count', 74),
    'account.mrr': ok('MRR', 1320.5),
    'account.csm': ok('Customer Success Manager', MARIA),
    'account.csmLeader': ok('Customer Success Manager Leader', null),
    'account.segmentation': ok('CS Segmentation', 'Core'),
    'account.sfAccountId': ok('SF Account ID', '001Hs00003LkP7bIAF'),
    'account.lmsIdCompany': ok('LMS Id Company', null),
    'account.recurlyAccountId': ok('Recurly Account Id', null),
    'account.recurlyBillingUrl': ok('Recurly Billing URL', null),
    // This layout has no Reference fields: read as missing (only the SMB adoption artefacts consult them).
    'account.reference': { status: 'missing', label: 'Reference', reason: 'label-not-found' },
    'account.referenceNotes': { status: 'missing', label: 'Reference Notes', reason: 'label-not-found' },
  },
};

const OPPORTUNITY_FIELDS: PageFacts['fields'] = {
  'opp.name': ok('Opportunity Name', OPP_NAME),
  'opp.account': ok('Account Name', { name: 'Sunrise Family Clinic', id: SUNRISE }),
  'opp.owner': ok('Opportunity Owner', CHRIS),
  'opp.stage': ok('Stage', 'Closed Won'),
  'opp.closeDate': ok('Close Date', '2026-11-20'),
  'opp.primaryContact': ok('Primary Contact', JORDAN),
  'opp.primaryContactEmail': ok('Primary Contact Email', 'jordan.avery@sunrisefamilyclinic.com'),
  'opp.products': ok('Products', ['Learning', 'Compliance', 'Credentialing Software']),
  'opp.userCount': ok('User Count', 18),
  'opp.mrr': ok('MRR', 450),
  'opp.serviceLevel': ok('Service Level', 'Standard'),
  'opp.billingStartDate': ok('Billing Start Date', '2026-12-01'),
  'opp.additionalNotes': ok('Additional Notes', 'Two clinic locations (Mesa and Tempe).\nAdmin prefers calls after 2 PM MT.'),
  'opp.csm': ok('Customer Success Manager (NEW)', MARIA),
  'opp.com': ok('Customer Onboarding Manager (NEW)', PRIYA),
  'opp.csmLeader': ok('Customer Success Manager Leader (NEW)', DANIEL),
  'opp.industry': ok('Industry', 'Healthcare - Family Practice'),
  'opp.employees': ok('Number of Employees', 22),
  'opp.adoptionNotes': ok('Adoption Notes', null),
};

const OPPORTUNITY: PageFacts = {
  kind: 'sf.opportunity',
  url: 'https://acme.lightning.force.com/lightning/r/Opportunity/006Hs00001Bq7ZrIAJ/view',
  host: 'acme.lightning.force.com',
  recordId: '006Hs00001Bq7ZrIAJ',
  accountId: SUNRISE,
  ready: true,
  fields: OPPORTUNITY_FIELDS,
};

const ONBOARDING_FIELDS: PageFacts['fields'] = {
  'ob.name': ok('Customer Onboarding Name', OPP_NAME),
  'ob.account': ok('Account', { name: 'Sunrise Family Clinic', id: SUNRISE }),
  'ob.opportunity': ok('Opportunity', { name: OPP_NAME, id: '006Hs00001Bq7ZrIAJ' }),
  'ob.learning': ok('Learning', true),
  'ob.compliance': ok('Compliance', true),
  'ob.credentialingSoftware': ok('Credentialing Software', true),
  'ob.exclusions': ok('Exclusions', false),
  'ob.emailSentDate': ok('Onboarding email sent date', '2026-11-24'),
  'ob.sendEmail': ok('Send Onboarding email', true),
  'ob.callScheduledFor': ok('Onboarding Call Scheduled For', '2026-12-02'),
  'ob.callCompletedDate': ok('Onboarding Call Completed Date', null),
  'ob.completed': ok('Onboarding completed', false),
};

const ONBOARDING: PageFacts = {
  kind: 'sf.onboarding',
  url: 'https://acme.lightning.force.com/lightning/r/Customer_Onboarding__c/a0FHs000009Lm3TMAS/view',
  host: 'acme.lightning.force.com',
  recordId: 'a0FHs000009Lm3TMAS',
  accountId: SUNRISE,
  ready: true,
  fields: ONBOARDING_FIELDS,
};

const DESCRIPTION = '11/25/26_ML:Customer called asking to cancel, unhappy with onboarding delays\n11/26/26_ML:Left voicemail and sent follow-up email';

const ESCALATION_CASE: PageFacts = {
  kind: 'sf.case',
  url: 'https://acme.lightning.force.com/lightning/r/Case/500Hs00001XyZ9QIAV/view',
  host: 'acme.lightning.force.com',
  recordId: '500Hs00001XyZ9QIAV',
  accountId: SUNRISE,
  ready: true,
  fields: {
    'case.recordType': ok('Case Record Type', 'Escalations'),
    'case.account': ok('Account Name', { name: 'Sunrise Family Clinic', id: SUNRISE }),
    'case.status': ok('Status', 'Waiting Approval'),
    'case.type': ok('Type', 'Cancellation'),
    // 11/25/2026, 10:42 AM in America/Chicago (CST, UTC-6)
    'case.opened': ok('Date/Time Opened', '2026-11-25T16:42:00.000Z'),
    'case.subject': ok('Subject', 'Cancelation Request - Sunrise Family Clinic'),
    'case.description': ok('Description', DESCRIPTION),
    'case.opportunity': ok('Opportunity Name', { name: OPP_NAME, id: '006Hs00001Bq7ZrIAJ' }),
    'case.contact': ok('Contact Name', JORDAN),
    'case.reason': ok('Escalation/Cancellation Reason', 'Product not used'),
    'case.directives': ok('Escalation Directives', '11/25/26_DR:Offer a 30-day pause before processing'),
    'case.products': ok('Products', ['Learning', 'Compliance']),
    'case.callScheduledFor': ok('Call Scheduled For', '2026-11-26T20:00:00.000Z'),
    'case.callCompletedDate': ok('Call Completed Date', null),
    'case.resolutionOffered': ok('Resolution Offered', null),
    // Not on the Escalations layout: reported as missing, naming the label looked for.
    'case.dueDate': notFound('Due Date'),
    'case.assignedTo': notFound('Assigned To'),
  },
};

const NEW_ESCALATION: PageFacts = {
  kind: 'sf.case.new',
  url: 'https://acme.lightning.force.com/lightning/o/Case/new?recordTypeId=012Hs000000Esc1IAC&count=1&nooverride=1&useRecordTypeCheck=1&navigationLocation=RELATED_LIST&backgroundContext=%2Flightning%2Fr%2FAccount%2F001Hs00003KxQ2aIAF%2Fview',
  host: 'acme.lightning.force.com',
  // The form's Account lookup shows a name only; the id comes from backgroundContext.
  accountId: SUNRISE,
  ready: true,
  fields: {
    'case.recordType': ok('Case Record Type', 'Escalations'),
    'case.account': ok('Account Name', { name: 'Sunrise Family Clinic' }, false),
    'case.status': ok('Status', 'New', true),
    'case.type': ok('Type', null, true),
    'case.opened': notFound('Date/Time Opened'),
    'case.subject': ok('Subject', null, true),
    'case.description': ok('Description', null, true),
    'case.opportunity': ok('Opportunity Name', null, false),
    'case.contact': ok('Contact Name', null, false),
    'case.reason': ok('Escalation/Cancellation Reason', null, true),
    'case.directives': ok('Escalation Directives', null, true),
    'case.products': ok('Products', ['Learning'], true),
    'case.callScheduledFor': ok('Call Scheduled For', null, true),
    'case.callCompletedDate': ok('Call Completed Date', null, true),
    'case.resolutionOffered': ok('Resolution Offered', null, true),
    'case.dueDate': notFound('Due Date'),
    'case.assignedTo': notFound('Assigned To'),
  },
};

const NEW_CUSTOMER_SUCCESS: PageFacts = {
  kind: 'sf.case.new',
  url: 'https://acme.lightning.force.com/lightning/o/Case/new?recordTypeId=012Hs000000CuS2IAK&count=1&nooverride=1&useRecordTypeCheck=1&navigationLocation=RELATED_LIST&backgroundContext=%2Flightning%2Fr%2FAccount%2F001Hs00003KxQ2aIAF%2Fview',
  host: 'acme.lightning.force.com',
  accountId: SUNRISE,
  ready: true,
  fields: {
    'case.recordType': ok('Case Record Type', 'Customer Success'),
    'case.account': ok('Account Name', { name: 'Sunrise Family Clinic' }, false),
    'case.status': ok('Status', 'New', true),
    'case.type': ok('Type', 'Failed to OB', true),
    'case.opened': notFound('Date/Time Opened'),
    'case.subject': ok('Subject', 'Failed to OB - Sunrise Family Clinic', true),
    'case.description': ok('Description', null, true),
    'case.opportunity': notFound('Opportunity Name'),
    'case.contact': ok('Contact Name', { name: 'Jordan Avery' }, false),
    'case.reason': notFound('Escalation/Cancellation Reason'),
    'case.directives': notFound('Escalation Directives'),
    'case.products': notFound('Products'),
    'case.callScheduledFor': notFound('Call Scheduled For'),
    'case.callCompletedDate': notFound('Call Completed Date'),
    'case.resolutionOffered': notFound('Resolution Offered'),
    'case.dueDate': ok('Due Date', null, true),
    'case.assignedTo': ok('Assigned To', null, false),
  },
};

const EDIT_ESCALATION: PageFacts = {
  kind: 'sf.case.new',
  url: 'https://acme.lightning.force.com/lightning/r/Case/500Hs00001XyZ9QIAV/edit',
  host: 'acme.lightning.force.com',
  recordId: '500Hs00001XyZ9QIAV',
  // From the Case page under the modal (same record, verified by its related-list links).
  accountId: SUNRISE,
  ready: true,
  fields: {
    'case.recordType': ok('Case Record Type', 'Escalations'),
    'case.account': ok('Account Name', { name: 'Sunrise Family Clinic' }, false),
    'case.status': ok('Status', 'Waiting Approval', true),
    'case.type': ok('Type', 'Cancellation', true),
    'case.opened': notFound('Date/Time Opened'),
    'case.subject': ok('Subject', 'Cancelation Request - Sunrise Family Clinic', true),
    'case.description': ok('Description', DESCRIPTION, true),
    'case.opportunity': ok('Opportunity Name', { name: OPP_NAME }, false),
    'case.contact': ok('Contact Name', { name: 'Jordan Avery' }, false),
    'case.reason': ok('Escalation/Cancellation Reason', 'Product not used', true),
    'case.directives': ok('Escalation Directives', '11/25/26_DR:Offer a 30-day pause before processing', true),
    'case.products': ok('Products', ['Learning', 'Compliance'], true),
    'case.callScheduledFor': ok('Call Scheduled For', '2026-11-26T20:00:00.000Z', true),
    'case.callCompletedDate': ok('Call Completed Date', null, true),
    'case.resolutionOffered': ok('Resolution Offered', null, true),
    'case.dueDate': notFound('Due Date'),
    'case.assignedTo': notFound('Assigned To'),
  },
};

const CASES: Array<[string, ReturnType<typeof row>, PageFacts]> = [
  ['Account', row('salesforce/account.html'), ACCOUNT],
  ['second Account', row('salesforce/account-lakeside.html'), LAKESIDE],
  ['Opportunity', row('salesforce/opportunity.html'), OPPORTUNITY],
  [
    'Opportunity on a sandbox host',
    row('salesforce/opportunity-native.html'),
    { ...OPPORTUNITY, url: 'https://acme--uat.sandbox.lightning.force.com/lightning/r/Opportunity/006Hs00001Bq7ZrIAJ/view', host: 'acme--uat.sandbox.lightning.force.com' },
  ],
  ['Customer Onboarding', row('salesforce/onboarding.html'), ONBOARDING],
  ['Escalation Case (Dynamic Forms)', row('salesforce/case-escalation.html'), ESCALATION_CASE],
  ['new Case: Escalations', row('salesforce/case-new.html', '012Hs000000Esc1IAC'), NEW_ESCALATION],
  ['new Case: Customer Success', row('salesforce/case-new.html', '012Hs000000CuS2IAK'), NEW_CUSTOMER_SUCCESS],
  ['edit Case modal', row('salesforce/case-edit.html'), EDIT_ESCALATION],
];

describe.each(SHADOW_MODES)('collect in %s shadow mode', (shadow) => {
  test.each(CASES)('%s', async (_name, entry, expected) => {
    const page = await openFixture(entry, { shadow });
    if (shadow === 'native') {
      // The premise of native mode: document-level queries see none of the fields.
      expect(document.querySelector('records-record-layout-item')).toBeNull();
      expect(document.querySelector('lightning-formatted-text')).toBeNull();
    }
    expect(page.collect()).toEqual(expected);
  });

  test('renamed labels are reported missing with the label looked for, then found through settings', async () => {
    const page = await openFixture(row('salesforce/onboarding-renamed.html'), { shadow });
    const base = {
      ...ONBOARDING,
      url: 'https://globex.lightning.force.com/lightning/r/Customer_Onboarding__c/a0FHs000009Lm3TMAS/view',
      host: 'globex.lightning.force.com',
    };
    expect(page.collect()).toEqual({
      ...base,
      fields: {
        ...ONBOARDING_FIELDS,
        'ob.emailSentDate': notFound('Onboarding email sent date'),
        'ob.callScheduledFor': notFound('Onboarding Call Scheduled For'),
      },
    });
    // The org's label map (options page) names the renamed labels; matching ignores case and spacing.
    const renamed = page.collect({ labels: { 'ob.callScheduledFor': 'ob call  SCHEDULED', 'ob.emailSentDate': 'Welcome Email Sent On' } });
    expect(renamed).toEqual({
      ...base,
      fields: {
        ...ONBOARDING_FIELDS,
        'ob.emailSentDate': ok('Welcome Email Sent On', '2026-11-24'),
        'ob.callScheduledFor': ok('ob call  SCHEDULED', '2026-12-02'),
      },
    });
  });

  test('the record-type chooser is not a form yet; Next renders the chosen form in the same modal', async () => {
    const page = await openFixture(row('salesforce/case-new.html', 'new?count=1'), { shadow });
    const before = page.collect();
    expect(before.ready).toBe(false);
    expect(before.fields['case.subject']).toEqual({ status: 'missing', label: 'Subject', reason: 'not-rendered' });

    const sim = await page.rendered;
    const radios = Array.from(document.querySelectorAll<HTMLInputElement>('.forceChangeRecordType input[type=radio]'));
    expect(radios.map((r) => r.value)).toEqual(['012Hs000000Esc1IAC', '012Hs000000CuS2IAK']);
    radios[1]!.checked = true;
    document.querySelector<HTMLButtonElement>('.forceChangeRecordTypeFooter .slds-button--brand')!.click();
    await sim.formRendered;

    const after = page.collect();
    expect(after.ready).toBe(true);
    expect(after.fields['case.recordType']).toEqual(ok('Case Record Type', 'Customer Success'));
    expect(after.fields['case.type']).toEqual(ok('Type', 'Failed to OB', true));
    expect(after.accountId).toBe(SUNRISE);
  });
});
