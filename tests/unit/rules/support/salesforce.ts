import { expect } from 'vitest';
import { evaluate } from '../../../../lib/core/engine/evaluate';
import type { ChecklistItem, EngineInput, EngineSettings } from '../../../../lib/core/engine/types';
import type { FieldKey } from '../../../../lib/core/facts/fields';
import type { FieldRead, FieldValue, PageFacts } from '../../../../lib/core/facts/page-facts';
import type { PageKind } from '../../../../lib/core/model/page-kind';
import { BUILTIN_PLAYBOOK } from '../../../../lib/core/playbook/builtin';
import type { Playbook } from '../../../../lib/core/playbook/schema';
import { parsePlaybook } from '../../../../lib/core/playbook/validate';
import { observed } from '../../../../lib/core/profile/merge';
import {
  emptyFacts,
  FACT_PAGES,
  type AccountProfile,
  type ProfileFactKey,
  type ProfileFacts,
  type ProfileFactValue,
} from '../../../../lib/core/profile/schema';
import { emptyProgress, type AccountProgress } from '../../../../lib/core/progress/events';

/** Wednesday 2 December 2026, 10:00 in Chicago. */
export const NOW = '2026-12-02T16:00:00Z';
export const TODAY = '2026-12-02';
/** Valid 18-character Account ID (checksum IAV). */
export const ACCOUNT_ID = '001Dn00000AbCdEIAV';
const EARLIER = '2026-11-20T15:00:00Z';

/** The rules this suite owns: classification, account creation, unresponsive, escalation. */
export const MY_RULE_IDS = [
  'CLS-DIGITAL',
  'CLS-CORE',
  'CLS-SMB',
  'CLS-HYBRID',
  'CLS-FMC-ONLY',
  'CLS-SEGMENT-MISMATCH',
  'CSO-SERVICE-LEVEL',
  'CSO-OPP-CSM-FIELDS',
  'CSO-ACCOUNT-CSM-FIELDS',
  'CSO-SYSTEM-CODES',
  'CSO-PRESIGNUP-FIELDS',
  'CSO-BILLING-START',
  'CSO-ADMIN-EMAIL-TAKEN',
  'CSO-PERMISSIONS',
  'CSO-ONBOARDING-OBJECT',
  'UNR-DAILY-10',
  'UNR-CLOSE-OB',
  'UNR-FAILED-CASE',
  'ESC-TRIGGERS',
  'ESC-SUBJECT',
  'ESC-DESCRIPTION-FORMAT',
  'ESC-REQUIRED-FIELDS',
  'ESC-CALL-24H',
  'ESC-DAILY-10',
  'ESC-WORK-CASE',
] as const;

/**
 * The built-in playbook's entries for these rules, through the real validator: the data and the
 * evaluators are tested together, without depending on other groups' work in progress.
 */
export const PLAYBOOK: Playbook = (() => {
  const mine = new Set<string>(MY_RULE_IDS);
  const parsed = parsePlaybook({ ...BUILTIN_PLAYBOOK, rules: BUILTIN_PLAYBOOK.rules.filter((r) => mine.has(r.id)) });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.playbook;
})();

/** The labels the Salesforce and MedTrainer adapters report (the org's defaults). */
export const LABELS: Partial<Record<FieldKey, string>> = {
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
  'opp.name': 'Opportunity Name',
  'opp.account': 'Account Name',
  'opp.primaryContact': 'Primary Contact',
  'opp.primaryContactEmail': 'Primary Contact Email',
  'opp.products': 'Products',
  'opp.userCount': 'User Count',
  'opp.mrr': 'MRR',
  'opp.serviceLevel': 'Service Level',
  'opp.billingStartDate': 'Billing Start Date',
  'opp.csm': 'Customer Success Manager (NEW)',
  'opp.com': 'Customer Onboarding Manager (NEW)',
  'opp.csmLeader': 'Customer Success Manager Leader (NEW)',
  'ob.name': 'Customer Onboarding Name',
  'ob.opportunity': 'Opportunity',
  'ob.learning': 'Learning',
  'ob.compliance': 'Compliance',
  'ob.credentialingSoftware': 'Credentialing Software',
  'ob.exclusions': 'Exclusions',
  'ob.emailSentDate': 'Onboarding email sent date',
  'ob.sendEmail': 'Send Onboarding email',
  'ob.completed': 'Onboarding completed',
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
  'signup.accountId': 'Account ID',
  'signup.companyName': 'Company Name',
  'signup.firstName': 'First Name',
  'signup.lastName': 'Last Name',
  'signup.phone': 'Phone Number',
  'signup.email': 'Email Address / Username',
  'signup.userCount': 'User Count',
  'signup.locationCount': 'Location Count',
  'signup.planAmount': 'Plan Amount $',
  'signup.billingStartDate': 'Billing Start date',
};

/** A field the adapter looked for and could not find. */
export const MISSING = Symbol('missing');
/** A field shown read-only (no fill action is offered for it). */
export const readOnly = (value: FieldValue | null) => ({ readOnly: value });
type FieldInput = FieldValue | null | typeof MISSING | { readOnly: FieldValue | null };

export const page = (
  kind: PageKind,
  fields: Partial<Record<FieldKey, FieldInput>>,
  extra: Partial<PageFacts> = {},
): PageFacts => ({
  kind,
  url: `https://acme.lightning.force.com/${kind}`,
  host: 'acme.lightning.force.com',
  recordId: kind.startsWith('sf.') && kind !== 'sf.case.new' ? 'a0X000000000001AAA' : undefined,
  ready: true,
  fields: Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined).map(([key, value]): [string, FieldRead] => {
      const label = LABELS[key as FieldKey] ?? key;
      if (value === MISSING) return [key, { status: 'missing', label, reason: 'label-not-found' }];
      if (value !== null && typeof value === 'object' && 'readOnly' in value)
        return [key, { status: 'ok', label, value: value.readOnly, editable: false }];
      return [key, { status: 'ok', label, value: value as FieldValue | null, editable: true }];
    }),
  ),
  ...extra,
});

export type FactValues = { [K in ProfileFactKey]?: ProfileFactValue<K> | null };

/** Known facts as if read on the first page that teaches each (Account facts carry the Account ID). */
export const facts = (values: FactValues, accountId = ACCOUNT_ID): ProfileFacts => {
  const out = emptyFacts() as Record<ProfileFactKey, unknown>;
  for (const [key, value] of Object.entries(values) as Array<[ProfileFactKey, unknown]>) {
    if (value === undefined) continue;
    const kind = FACT_PAGES[key][0]!;
    out[key] = observed(value, { kind, recordId: kind === 'sf.account' ? accountId : 'x' }, EARLIER);
  }
  return out as ProfileFacts;
};

export const profile = (values: FactValues = {}, accountId = ACCOUNT_ID): AccountProfile => ({
  accountId,
  facts: facts(values, accountId),
  updatedAt: EARLIER,
});

export const settings = (over: Partial<EngineSettings> = {}): EngineSettings => ({
  userName: 'Maria Martinez',
  initials: 'MM',
  timeZone: 'America/Chicago',
  disabledRules: [],
  ...over,
});

const stamp = { by: 'Maria Martinez', at: EARLIER };

/** Progress with an optional branch, contact log (day → channels done) and ticked items. */
export const progress = (p: {
  branch?: { value: 'unresponsive' | 'escalation'; since: string };
  contacts?: Record<string, Array<'email' | 'call'>>;
  done?: string[];
} = {}): AccountProgress => {
  const out = emptyProgress();
  if (p.branch) out.branch = { ...stamp, ...p.branch };
  for (const [day, channels] of Object.entries(p.contacts ?? {}))
    out.contacts[day] = Object.fromEntries(channels.map((c) => [c, { ...stamp, done: true }]));
  for (const id of p.done ?? []) out.items[id] = { ...stamp, done: true };
  return out;
};

export interface Scenario {
  profile?: FactValues | null;
  page?: PageFacts | null;
  progress?: AccountProgress;
  settings?: Partial<EngineSettings>;
  now?: string;
}

export const input = (s: Scenario): EngineInput => ({
  profile: s.profile === null ? null : profile(s.profile ?? {}),
  page: s.page ?? null,
  progress: s.progress ?? emptyProgress(),
  settings: settings(s.settings),
  now: s.now ?? NOW,
});

/** Runs the real engine and returns one rule's item (or undefined when it does not show). */
export const itemOf = (ruleId: string, s: Scenario): ChecklistItem | undefined =>
  evaluate(PLAYBOOK, input(s)).items.find((i) => i.ruleId === ruleId);

/** Like itemOf, but the item must be there. */
export const item = (ruleId: string, s: Scenario): ChecklistItem => {
  const found = itemOf(ruleId, s);
  expect(found, `${ruleId} should show`).toBeDefined();
  return found!;
};

export const verbs = (i: ChecklistItem): string[] => i.actions.map((a) => a.verb);
export const detail = (i: ChecklistItem, key: string) => i.details?.find((d) => d.key === key);
