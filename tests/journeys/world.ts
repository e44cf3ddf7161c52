import type { FieldKey } from '../../lib/core/facts/fields';
import { emptyComposeFacts, type ComposeFacts, type FieldRead, type FieldValue, type PageFacts } from '../../lib/core/facts/page-facts';
import type { PageKind } from '../../lib/core/model/page-kind';
import type { ProgressEvent } from '../../lib/core/progress/events';
import { DEFAULT_LABELS as MT_LABELS } from '../../lib/sites/medtrainer/labels';
import { DEFAULT_LABELS as SF_LABELS } from '../../lib/sites/salesforce/labels';
import type { AccountType } from './accounts';
import { at, plusDays } from './calendar';

/** The journeys' one account (a valid 18-character ID). */
export const ACCOUNT_ID = '001Dn00000AbCdEIAV';
export const CSM = 'Ana Ortiz';
export const HOST = 'acme.lightning.force.com';

export type Fields = Partial<Record<FieldKey, FieldValue | null>>;

export interface CaseRecord {
  id: string;
  fields: Fields;
  /** The day it is typed in the new-Case form (and saved that evening). */
  createdOn: string;
}

export interface Draft {
  day: string;
  compose: ComposeFacts;
  /** The CSM clicks the sidebar's "insert training dates" (the dates come from the product). */
  insertTrainingDates?: boolean;
}

/**
 * Everything a CSM's pages would show about the account at one moment: the Salesforce records as
 * the SOP says they should look, the Outreach prospect, the emails written, and the sidebar's
 * progress log. Steps change it; the simulator reads pages from it.
 */
export interface World {
  account: Fields;
  opportunity: Fields;
  onboarding: Fields;
  cases: CaseRecord[];
  /** The MedTrainer pre-signup form as CS Operations filled it (MT-CS-001), open on the assignment day. */
  presignup: Fields | null;
  /** Sequences the admin is in, with the instant each was added (null: not in Outreach yet). */
  outreach: { names: string[]; addedOn: Record<string, string> } | null;
  drafts: Draft[];
  events: ProgressEvent[];
}

const lookup = (name: string) => ({ name });

/** The records on the assignment day, once CS Operations has done MT-CS-001. */
export const initialWorld = (type: AccountType, assignment: string): World => {
  const oppName = `${type.name} - New Business`;
  const has = (p: string) => type.products.includes(p as never);
  return {
    account: {
      'account.name': type.name,
      'account.subtype': type.subtypes.length ? [...type.subtypes] : null,
      'account.userCount': type.userCount,
      'account.mrr': type.mrr,
      'account.csm': lookup(CSM),
      'account.csmLeader': lookup('Maria Lopez'),
      'account.segmentation': type.segmentation,
      'account.sfAccountId': ACCOUNT_ID,
      'account.lmsIdCompany': '48213',
      'account.recurlyAccountId': 'rc-48213',
      'account.recurlyBillingUrl': 'https://medtrainer.recurly.com/accounts/rc-48213',
      'account.reference': false,
      'account.referenceNotes': null,
    },
    opportunity: {
      'opp.name': oppName,
      'opp.account': lookup(type.name),
      'opp.owner': lookup('Sam Reyes'),
      'opp.stage': 'Closed Won',
      'opp.closeDate': plusDays(assignment, -3),
      'opp.primaryContact': lookup('Jane Doe'),
      'opp.primaryContactEmail': 'jane.doe@clinic.example',
      'opp.products': [...type.products],
      'opp.userCount': type.userCount,
      'opp.mrr': type.mrr,
      'opp.serviceLevel': type.serviceLevel,
      'opp.billingStartDate': plusDays(assignment, -3),
      'opp.additionalNotes': 'Two locations; wants Compliance first.',
      'opp.csm': lookup(CSM),
      'opp.com': lookup(CSM),
      'opp.csmLeader': lookup('Maria Lopez'),
      'opp.industry': 'Dental',
      'opp.employees': type.userCount,
      'opp.adoptionNotes': null,
    },
    onboarding: {
      'ob.name': oppName,
      'ob.account': lookup(type.name),
      'ob.opportunity': lookup(oppName),
      'ob.learning': has('Learning'),
      'ob.compliance': has('Compliance'),
      'ob.credentialingSoftware': has('Credentialing Software'),
      'ob.exclusions': has('Exclusions'),
      'ob.emailSentDate': assignment,
      'ob.sendEmail': true,
      'ob.callScheduledFor': null,
      'ob.callCompletedDate': null,
      'ob.completed': false,
    },
    cases: [],
    presignup:
      type.path === 'none'
        ? null
        : {
            'signup.accountId': ACCOUNT_ID,
            'signup.companyName': type.name,
            'signup.firstName': 'Jane',
            'signup.lastName': 'Doe',
            'signup.phone': '(512) 555-0142',
            // The SOP's own remedy when a trial user holds the admin's address (MT-CS-001).
            'signup.email': type.adminEmailTaken ? 'jane.doe+1@clinic.example' : 'jane.doe@clinic.example',
            'signup.userCount': type.userCount,
            'signup.locationCount': Math.max(1, Math.round(type.userCount / 40)),
            'signup.planAmount': type.mrr,
            'signup.billingStartDate': plusDays(plusDays(assignment, -3), 15),
          },
    // A Digital account's admin is a prospect in Outreach from the start; in no sequence until added.
    outreach: type.segmentation === 'Digital' && type.path !== 'none' ? { names: [], addedOn: {} } : null,
    drafts: [],
    events: [],
  };
};

const labelOf = (key: FieldKey): string => ({ ...SF_LABELS, ...MT_LABELS } as Record<string, string>)[key] ?? key;

const reads = (fields: Fields): Partial<Record<FieldKey, FieldRead>> =>
  Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [key, { status: 'ok', label: labelOf(key as FieldKey), value: value ?? null, editable: true }]),
  );

const sfPage = (kind: PageKind, object: string, recordId: string, fields: Fields): PageFacts => ({
  kind,
  url: `https://${HOST}/lightning/r/${object}/${recordId}/view`,
  host: HOST,
  recordId,
  accountId: ACCOUNT_ID,
  ready: true,
  fields: reads(fields),
});

/** The record pages a diligent CSM has open on a working day. */
export const recordPages = (world: World): PageFacts[] => [
  sfPage('sf.account', 'Account', ACCOUNT_ID, world.account),
  sfPage('sf.opportunity', 'Opportunity', '006Dn00000XyZaBIAV', world.opportunity),
  sfPage('sf.onboarding', 'Customer_Onboarding__c', 'a0BDn00000QwErTIAV', world.onboarding),
];

/** A case as the new-Case form shows it while the CSM types, or the saved record. */
export const casePage = (record: CaseRecord, saved: boolean): PageFacts =>
  saved
    ? sfPage('sf.case', 'Case', record.id, record.fields)
    : { ...sfPage('sf.case.new', 'Case', record.id, withoutSaved(record.fields)), url: `https://${HOST}/lightning/o/Case/new`, recordId: undefined };

/** The new-Case form has no opened time (the record does not exist yet). */
const withoutSaved = (fields: Fields): Fields => {
  const { ['case.opened']: _opened, ['case.status']: _status, ...rest } = fields;
  return rest;
};

/** The pre-signup form (CS Operations' page), shown on the assignment day. */
export const presignupPage = (world: World): PageFacts | null =>
  world.presignup && {
    kind: 'mt.presignup',
    url: 'https://lms.medtrainer.com/signup/preSign',
    host: 'lms.medtrainer.com',
    accountId: ACCOUNT_ID,
    ready: true,
    fields: reads(world.presignup),
  };

export const outreachPage = (world: World): PageFacts | null =>
  world.outreach && {
    kind: 'outreach.prospect',
    url: 'https://app1a.outreach.io/prospects/4821/overview',
    host: 'app1a.outreach.io',
    ready: true,
    fields: {},
    outreach: { prospectId: '4821', prospectEmail: 'jane.doe@clinic.example', sequenceNames: [...world.outreach.names], addedOn: { ...world.outreach.addedOn }, unreadable: [] },
  };

export const composePage = (draft: Draft, index: number): PageFacts => ({
  kind: 'gmail.compose',
  url: 'https://mail.google.com/mail/u/0/#inbox?compose=new',
  host: 'mail.google.com',
  accountId: ACCOUNT_ID,
  ready: true,
  fields: {},
  compose: { ...draft.compose, composeId: `draft-${draft.day}-${index}` },
});

/** An email as the CSM finally wrote it (what the compose shows before Send). */
export const email = (parts: Partial<Omit<ComposeFacts, 'attachments'>> & { attachments?: string[] }): ComposeFacts => {
  const { attachments = [], ...rest } = parts;
  return { ...emptyComposeFacts('draft'), to: ['jane.doe@clinic.example'], ...rest, attachments: attachments.map((name) => ({ name })) };
};

let seq = 0;
const id = (when: string) => `${when}-${(seq++).toString(36).padStart(6, '0')}`;

/** Progress events as the sidebar records them. */
export const tick = (ruleId: string, day: string, time = '16:00'): ProgressEvent => {
  const when = at(day, time);
  return { type: 'item', id: id(when), accountId: ACCOUNT_ID, by: CSM, at: when, ruleId, done: true };
};
export const contact = (day: string, channel: 'email' | 'call'): ProgressEvent => {
  const when = at(day, channel === 'email' ? '09:30' : '10:30');
  return { type: 'contact', id: id(when), accountId: ACCOUNT_ID, by: CSM, at: when, day, channel, done: true };
};
export const branch = (value: 'unresponsive' | 'escalation', since: string): ProgressEvent => {
  const when = at(since, '09:00');
  return { type: 'branch', id: id(when), accountId: ACCOUNT_ID, by: CSM, at: when, branch: value, since };
};
