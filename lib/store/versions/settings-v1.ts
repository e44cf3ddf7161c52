import { z } from 'zod/mini';
import { timeZoneV1 } from './primitives-v1';

/**
 * Frozen (see shipped.ts): `sync:settings` v1, before the per-site switches. The field keys and
 * the rule-ID pattern are copied from lib/core/facts and lib/core/playbook as they were when it shipped.
 */

const FIELD_KEYS = [
  'account.name', 'account.subtype', 'account.userCount', 'account.mrr', 'account.csm', 'account.csmLeader',
  'account.segmentation', 'account.sfAccountId', 'account.lmsIdCompany', 'account.recurlyAccountId', 'account.recurlyBillingUrl',
  'opp.name', 'opp.account', 'opp.owner', 'opp.stage', 'opp.closeDate', 'opp.primaryContact', 'opp.primaryContactEmail',
  'opp.products', 'opp.userCount', 'opp.mrr', 'opp.serviceLevel', 'opp.billingStartDate', 'opp.additionalNotes', 'opp.csm',
  'opp.com', 'opp.csmLeader', 'opp.industry', 'opp.employees',
  'ob.name', 'ob.account', 'ob.opportunity', 'ob.learning', 'ob.compliance', 'ob.credentialingSoftware', 'ob.exclusions',
  'ob.emailSentDate', 'ob.sendEmail', 'ob.callScheduledFor', 'ob.callCompletedDate', 'ob.completed',
  'case.recordType', 'case.account', 'case.status', 'case.type', 'case.opened', 'case.subject', 'case.description',
  'case.opportunity', 'case.contact', 'case.reason', 'case.directives', 'case.products', 'case.callScheduledFor',
  'case.callCompletedDate', 'case.dueDate', 'case.assignedTo',
  'signup.accountId', 'signup.companyName', 'signup.firstName', 'signup.lastName', 'signup.phone', 'signup.email',
  'signup.userCount', 'signup.locationCount', 'signup.planAmount', 'signup.billingStartDate',
] as const;
const RULE_ID_PATTERN = /^[A-Z]{2,4}(-[A-Z0-9]+)+$/;

const labelsV1 = z.partialRecord(z.enum(FIELD_KEYS), z.string().check(z.minLength(1), z.maxLength(120)));
const orgHostV1 = z.string().check(z.maxLength(253), z.regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/, 'not a host name'));

/** The fields both versions share, in their order. */
export const settingsFieldsV1 = {
  userName: z.string().check(z.maxLength(120)),
  initials: z.string().check(z.regex(/^\p{L}{0,4}$/u, 'initials are 1–4 letters')),
  timeZone: timeZoneV1,
  onboardingObject: z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_]{0,79}$/, 'not a Salesforce object API name')),
  labels: labelsV1,
  orgLabels: z.optional(z.record(orgHostV1, labelsV1)),
  disabledRules: z.array(z.string().check(z.regex(RULE_ID_PATTERN, 'not a rule ID'))).check(z.maxLength(500)),
};

export const settingsV1 = z.strictObject(settingsFieldsV1);
