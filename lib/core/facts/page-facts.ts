import type { PageKind } from '../model/page-kind';
import type { LookupValue } from '../profile/schema';
import type { FieldKey } from './fields';

export type FieldValue = string | number | boolean | string[] | LookupValue;

/**
 * What an adapter read for one field. `ok` with `value: null` = the field is on the page and
 * empty; `missing` = the adapter could not find it (label renamed, layout changed), so the
 * fact stays unknown and the UI names the label it looked for.
 */
export type FieldRead =
  | { status: 'ok'; label: string; value: FieldValue | null; editable?: boolean }
  | { status: 'missing'; label: string; reason: 'label-not-found' | 'unreadable' | 'not-rendered' };

export type FieldReads = Partial<Record<FieldKey, FieldRead>>;

export interface AttachmentFact {
  name: string;
  /** Size text as the host shows it ("(48K)"), kept verbatim. */
  size?: string;
  uploading?: boolean;
}

/** The SOP emails CSM Guide checks (markers that recognise them are playbook data). */
export const EMAIL_KINDS = ['welcome', 'recap', 'training-recap', 'smb-completed-recap', 'other'] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

/** One email being written (a Gmail compose box or Outreach's composer). */
export interface ComposeFacts {
  /** Stable per compose while it lives: Gmail's draft id or composeid, else a generated key. */
  composeId: string;
  threadId?: string;
  /**
   * The key a CSM's choices for this email are remembered under across page loads: an id the host
   * gives the thread or draft (Gmail's thread or draft id; Outreach's prospect + sequence step).
   * Absent when the page shows none: `composeId` may then restart on every load, so a choice is
   * kept in memory for this compose only, never stored (it would land on another email later).
   */
  choiceKey?: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string | null;
  bodyText: string | null;
  /** Links present in the body (href values), so rules need not parse HTML. */
  links: string[];
  attachments: AttachmentFact[];
  /** Which SOP email the CSM said this is (remembered per thread); overrides marker detection. */
  declaredKind?: EmailKind;
  /** Parts of the compose the adapter could not read (named for the UI). */
  unreadable: Array<'recipients' | 'subject' | 'body' | 'attachments'>;
  /**
   * The editor has no recipients to read, by what it is: `template` = a sequence step's email
   * template (each prospect in the sequence gets it), so `to`/`cc`/`bcc` are empty, not unread.
   */
  noRecipients?: 'template';
}

/** Outreach prospect / sequence pages. */
export interface OutreachFacts {
  prospectId?: string;
  prospectEmail?: string;
  sequenceId?: string;
  /** Sequences the prospect is in (prospect page) or the sequence's own name (sequence page). */
  sequenceNames: string[];
  /** The day the prospect was added to each sequence (`YYYY-MM-DD` in the CSM's zone), when shown. */
  addedOn?: Record<string, string>;
  /**
   * The prospect page's activity list (logged emails, calls, meetings), each with its day in the
   * CSM's zone; absent when the page shows no activity list (another tab is open, or it moved).
   */
  activities?: OutreachActivity[];
  unreadable: string[];
}

export type OutreachActivityType = 'email' | 'call' | 'meeting';

/** One entry of a prospect's activity list: what was logged, and the day (`YYYY-MM-DD`, CSM's zone). */
export interface OutreachActivity {
  type: OutreachActivityType;
  day: string;
}

/**
 * Everything the engine learns from the current page. Plain JSON: it crosses from the
 * adapter to the engine and may be logged, so it never holds more than field values.
 */
export interface PageFacts {
  kind: PageKind;
  url: string;
  /** Host of the org/site, for linking back from the dashboard. */
  host: string;
  /** The record shown (18-char for Salesforce). */
  recordId?: string;
  /** The account this page belongs to, 18-char, when the page names it. */
  accountId?: string;
  /** False while the record layout has not rendered yet: nothing is "missing" then. */
  ready: boolean;
  fields: FieldReads;
  compose?: ComposeFacts;
  outreach?: OutreachFacts;
}

/** A compose with nothing read yet: readers fill in what they find. */
export const emptyComposeFacts = (composeId: string): ComposeFacts => ({
  composeId,
  to: [],
  cc: [],
  bcc: [],
  subject: null,
  bodyText: null,
  links: [],
  attachments: [],
  unreadable: [],
});
