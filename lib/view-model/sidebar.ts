import type { ChecklistItem, ChecklistModel, ItemAction } from '../core/engine/types';
import type { EmailKind } from '../core/facts/page-facts';
import type { PageKind } from '../core/model/page-kind';
import { STAGE_NAMES, type Product, type Stage } from '../core/model/vocab';
import { valueOf } from '../core/profile/read';
import type { AccountProfile, ProfileFactKey } from '../core/profile/schema';
import { FACT_NAMES, FACT_PAGES } from '../core/profile/schema';
import { PAGE_NAMES } from '../core/model/page-kind';

// What the sidebar renders and what it asks for. The sidebar never reads the page or storage:
// the content script builds these views and turns intents into store actions or adapter fills.

/** A fact the account summary could not show yet, and the page that would teach it. */
export interface UnknownFactView {
  fact: ProfileFactKey;
  /** "service level" (FACT_NAMES). */
  name: string;
  page: PageKind;
  /** "the Salesforce Opportunity" (PAGE_NAMES). */
  pageName: string;
}

/** The account header. `null` values are unknown or empty; `unknown` says which were never read. */
export interface AccountSummaryView {
  /** 18-character Salesforce Account ID. */
  accountId: string;
  name: string | null;
  /** CS Segmentation: Digital, Core, Strategic. */
  segment: string | null;
  /** Service level (Basic, Standard, Premium). */
  tier: string | null;
  products: Product[] | null;
  stage: Stage | null;
  /** STAGE_NAMES[stage]. */
  stageName: string | null;
  csm: string | null;
  unknown: UnknownFactView[];
  /** The lifecycle branch the CSM put the account in (MT-CS-003), and since when. */
  branch?: { value: 'unresponsive' | 'escalation'; since: string } | null;
}

/** A banner above the checklist: a label the adapter could not find, quarantined data, a bad playbook… */
export interface Notice {
  id: string;
  level: 'error' | 'warn' | 'info';
  /** Plain text; rendered as text, never as HTML. */
  text: string;
  /** Offer an "Open settings" button (raises `open-settings`). */
  settings?: boolean;
  /** Show a "Dismiss" button (raises `dismiss-notice`). */
  dismissible?: boolean;
}

/** Gmail (and Outreach) compose picker: which compose the sidebar follows, and what to say about it. */
export interface ComposePickerView {
  /** Every open compose, in screen order. `label` is its subject or "New message". */
  open: Array<{ composeId: string; label: string }>;
  /** The compose the checklist is about (the focused one). */
  focusedId: string | null;
  /** Accounts the recipients could belong to; empty when the account is known for sure. */
  accountCandidates: Array<{ accountId: string; name: string; hint?: string }>;
  chosenAccountId: string | null;
  /** Which SOP email this is, declared by the CSM or detected from markers. */
  emailKind: EmailKind | null;
  emailKindSource?: 'declared' | 'detected';
  /** Kinds offered (default: all of EMAIL_KINDS). */
  emailKinds?: readonly EmailKind[];
}

export const EMAIL_KIND_LABELS: Record<EmailKind, string> = {
  welcome: 'Welcome email',
  recap: 'Onboarding recap',
  'training-recap': 'Training recap',
  'smb-completed-recap': 'SMB onboarding completed recap',
  other: 'Another email',
};

/** Everything the sidebar asks its owner to do. It never does any of it itself. */
export type SidebarIntent =
  /** Check off (done: true) or undo (done: false) a manual checklist item. */
  | { type: 'toggle-done'; ruleId: string; done: boolean }
  /** Dock the panel at the other edge on this site. */
  | { type: 'set-side'; side: 'left' | 'right' }
  | { type: 'set-width'; width: number }
  /**
   * Run an item's action (fill, insert, copy, escalation entry). For `escalation-entry` actions
   * `text` is what the CSM typed; complete it with `formatEscalationEntry` (date, initials from the action).
   */
  | { type: 'run-action'; ruleId: string; action: ItemAction; text?: string }
  /** Contact log: the email or call of `day` was made (done: true) or unticked. */
  | { type: 'log-contact'; ruleId: string; day: string; channel: 'email' | 'call'; done: boolean }
  | { type: 'collapse'; collapsed: boolean }
  /** The account a compose is for (`composeId` when the picker is shown). */
  | { type: 'choose-account'; accountId: string; composeId?: string }
  | { type: 'choose-email-kind'; kind: EmailKind; composeId?: string }
  /** Put the account in the Unresponsive or Escalation branch (null = back to the main path). */
  | { type: 'set-branch'; branch: 'unresponsive' | 'escalation' | null }
  | { type: 'open-settings' }
  | { type: 'dismiss-notice'; id: string };

/**
 * The key `busyAction` uses for one action of one item: rule, verb, then the field it writes
 * (an item can offer a Description and an Escalation Directives entry) or its label.
 */
export const actionKey = (ruleId: string, action: ItemAction): string =>
  `${ruleId}:${action.verb}:${'field' in action ? action.field : action.label}`;

export interface SidebarProps {
  model: ChecklistModel;
  account: AccountSummaryView | null;
  /** "Customer Onboarding · CO-0042", "Gmail: compose". */
  pageLabel: string;
  notices: Notice[];
  collapsed: boolean;
  /** ISO instant; "today", due wording and done stamps are computed from it in `timeZone`. */
  now: string;
  /** The user's IANA zone (settings). */
  timeZone: string;
  /** Pixels from the top of the viewport to start at (below the host's fixed header). */
  topOffset?: number;
  /** `actionKey(ruleId, action)` of the action running now. */
  busyAction?: string;
  /** The outcome of the last action, announced politely and shown under the header. */
  lastResult?: { ok: boolean; message: string };
  composes?: ComposePickerView;
  /**
   * The account's stored ticks have not arrived yet: its manual items may show a stale state,
   * so they take no clicks until then (a few milliseconds; longer while the worker starts).
   */
  progressLoading?: boolean;
  /** The edge the panel docks at on this site (default right). */
  side?: 'left' | 'right';
  /** The panel's width in px (default 340). */
  width?: number;
  onIntent: (intent: SidebarIntent) => void;
}

/** Facts the summary shows; unknown ones are listed with the page to open. */
const SUMMARY_FACTS: ProfileFactKey[] = ['accountName', 'segmentation', 'serviceLevel', 'products', 'csm'];

/**
 * Builds the account header from a profile and the engine's model (its stage and its own
 * list of facts the page rules need).
 */
export const toAccountSummary = (
  profile: AccountProfile,
  model?: Pick<ChecklistModel, 'stage' | 'unknownFacts'>,
  branch?: AccountSummaryView['branch'],
): AccountSummaryView => {
  const facts = profile.facts;
  const unknown = new Map<ProfileFactKey, UnknownFactView>();
  for (const fact of SUMMARY_FACTS) {
    if (facts[fact].known) continue;
    const page = FACT_PAGES[fact][0]!;
    unknown.set(fact, { fact, name: FACT_NAMES[fact], page, pageName: PAGE_NAMES[page] });
  }
  for (const entry of model?.unknownFacts ?? []) if (!unknown.has(entry.fact)) unknown.set(entry.fact, entry);
  const stage = model?.stage ?? null;
  return {
    accountId: profile.accountId,
    name: valueOf(facts, 'accountName') ?? null,
    segment: valueOf(facts, 'segmentation') ?? null,
    tier: valueOf(facts, 'serviceLevel') ?? null,
    products: valueOf(facts, 'products') ?? null,
    stage,
    stageName: stage ? STAGE_NAMES[stage] : null,
    csm: valueOf(facts, 'csm') ?? null,
    unknown: [...unknown.values()],
    branch: branch ?? null,
  };
};

/** Items needing attention now: the number on the collapsed tab. */
export const openFlagCount = (model: Pick<ChecklistModel, 'counts'>): number =>
  (model.counts.error ?? 0) + (model.counts.warn ?? 0);

export const contactActions = (item: Pick<ChecklistItem, 'actions'>) =>
  item.actions.filter((a): a is Extract<ItemAction, { type: 'log-contact' }> => a.type === 'log-contact');

/**
 * Items shown as the contact log grid: those whose rule asks for it (view `contact-log`, details
 * keyed by day, also on days with nothing to log), and any item carrying `log-contact` actions.
 */
export const isContactLog = (item: Pick<ChecklistItem, 'view' | 'actions'>): boolean =>
  item.view === 'contact-log' || contactActions(item).length > 0;
