import type { z } from '../zod';
import type { BusinessCalendar } from '../dates';
import type { FieldKey } from '../facts/fields';
import type { EmailKind, FieldRead, PageFacts } from '../facts/page-facts';
import type { ItemState, Stage } from '../model/vocab';
import type { PageKind } from '../model/page-kind';
import type { PlaybookRule } from '../playbook/schema';
import type { AccountProfile, Fact, ProfileFactKey, ProfileFacts, ProfileFactValue } from '../profile/schema';
import type { AccountProgress, ItemProgress } from '../progress/events';

export interface EngineSettings {
  userName: string;
  initials: string;
  /** IANA zone the user works in; "today" and displayed times use it. */
  timeZone: string;
  /** Rules a lead switched off (e.g. a field broke after a Salesforce release). */
  disabledRules: readonly string[];
}

export interface EngineInput {
  profile: AccountProfile | null;
  page: PageFacts | null;
  progress: AccountProgress;
  settings: EngineSettings;
  /** ISO instant; the engine never reads the clock. */
  now: string;
}

/**
 * What a button on an item does. `verb` is the contract's `data-action`. Fill and insert actions
 * carry a complete plan the adapter can run; an escalation entry needs the action text the CSM
 * types, so the UI completes it with `formatEscalationEntry`.
 */
export type ItemAction =
  | { type: 'toggle-done'; verb: 'toggle-done'; label: string }
  | {
      type: 'fill';
      verb: 'fill-due-date' | 'fill-billing-start' | 'fill-subject' | 'fill-admin-email';
      label: string;
      field: FieldKey;
      value: string;
      mode: 'set' | 'append-line';
    }
  | { type: 'escalation-entry'; verb: 'fill-escalation-entry'; label: string; field: FieldKey; date: string; initials: string }
  | {
      type: 'insert';
      verb: 'insert-training-dates' | 'insert-support-snippet' | 'insert-open-forum';
      label: string;
      text: string;
    }
  | { type: 'log-contact'; verb: 'log-contact'; label: string; day: string; channel: 'email' | 'call'; done: boolean }
  | { type: 'copy'; verb: 'copy-text'; label: string; text: string };

/** One line of a sub-list under an item (an attachment to delete, a day of the 10-day log…). */
export interface ItemDetail {
  text: string;
  state?: ItemState;
  /** Stable key for tests and React (`data-detail`). */
  key?: string;
  /** A line the CSM ticks on its own (a cadence step): progress is kept under `key` as a rule ID. */
  /** `label`: what its checkbox says to a screen reader when "Done: <text>" would misread (a "missed" line). */
  toggle?: { key: string; done: boolean; label?: string };
}

/**
 * How the UI lays out an item's details, when not as a plain list. `contact-log`: a day × channel
 * grid of the details keyed by a `YYYY-MM-DD` day, ticked through the item's `log-contact` actions.
 */
export type ItemView = 'contact-log';

/** What an evaluator decides for one rule on one page. */
export interface Outcome {
  state: ItemState;
  message: string;
  details?: ItemDetail[];
  view?: ItemView;
  /** `YYYY-MM-DD` or ISO instant. */
  due?: string;
  actions?: ItemAction[];
}

export interface ChecklistItem extends Outcome {
  ruleId: string;
  title: string;
  sop: string;
  help: string;
  steps?: string[];
  section: 'page' | 'timeline';
  /** Checked off by hand (who and when), for manual items. */
  manual: ItemProgress | null;
  actions: ItemAction[];
}

export interface ChecklistModel {
  pageKind: PageKind | null;
  accountId: string | null;
  stage: Stage | null;
  items: ChecklistItem[];
  /** Facts the page rules need that no page has shown yet, with where to learn them. */
  unknownFacts: Array<{ fact: ProfileFactKey; name: string; page: PageKind; pageName: string }>;
  /** Page fields the adapter could not read (label renamed, layout changed). */
  unreadable: Array<{ field: FieldKey; label: string }>;
  /** The earliest open item with a due date. */
  next: ChecklistItem | null;
  counts: Record<ItemState, number>;
}

/** Everything an evaluator may look at. Pure data plus helpers; no browser, no clock. */
export interface RuleContext<P> {
  rule: PlaybookRule;
  params: P;
  facts: ProfileFacts;
  page: PageFacts | null;
  progress: AccountProgress;
  settings: EngineSettings;
  now: string;
  /** The user's calendar date (`YYYY-MM-DD`) in their zone. */
  today: string;
  /**
   * The playbook's business calendar (Monday to Friday less the company's holidays): every rule
   * that computes a business day asks it (`ctx.calendar.nextBusinessDay(day)`).
   */
  calendar: BusinessCalendar;
  /** This rule's manual check-off, if any. */
  manual: ItemProgress | null;
  /** The account the checklist is for; null when none is known (an email matching no account). */
  accountId: string | null;
  /**
   * Which SOP email the compose on this page is, decided once per run from every rule's markers
   * (email-kind.ts `detectEmailKind`); undefined when the page has no compose.
   */
  emailKind?: EmailKind;
  /** A page field when this page has it. */
  field(key: FieldKey): FieldRead | undefined;
  fact<K extends ProfileFactKey>(key: K): Fact<ProfileFactValue<K>>;
  value<K extends ProfileFactKey>(key: K): ProfileFactValue<K> | undefined;
}

export interface Evaluator<P = Record<string, never>> {
  /** Validates `check.params` from the playbook (readable errors on import). */
  params: z.core.$ZodType<P>;
  /** Profile facts the rule cannot decide without (named in "open X to learn Y"). */
  needs?: ProfileFactKey[] | ((params: P) => ProfileFactKey[]);
  /** `null` = nothing to show on this page. */
  evaluate(ctx: RuleContext<P>): Outcome | null;
}
