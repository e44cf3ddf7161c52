import { z } from 'zod';
import { settingsFieldsV1 } from './settings-v1';
import { siteKeyV3 } from './settings-v3';

/**
 * Frozen (see shipped.ts): `sync:settings` v4. The label overrides accept one more field key,
 * `case.resolutionOffered` (the Escalation case's "Resolution Offered", issue 23): a v3 value is a
 * v4 value; a v4 value naming that key is no v3 value. The keys are copied as they were when it shipped.
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
  'case.callCompletedDate', 'case.resolutionOffered', 'case.dueDate', 'case.assignedTo',
  'signup.accountId', 'signup.companyName', 'signup.firstName', 'signup.lastName', 'signup.phone', 'signup.email',
  'signup.userCount', 'signup.locationCount', 'signup.planAmount', 'signup.billingStartDate',
] as const;

const labelsV4 = z.partialRecord(z.enum(FIELD_KEYS), z.string().min(1).max(120));
const orgHostV4 = z
  .string()
  .max(253)
  .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/, 'not a host name');

export const settingsV4 = z
  .object({
    ...settingsFieldsV1,
    labels: labelsV4,
    orgLabels: z.record(orgHostV4, labelsV4).optional(),
    disabledRules: settingsFieldsV1.disabledRules,
    sites: z.record(siteKeyV3, z.boolean()),
  })
  .strict();
