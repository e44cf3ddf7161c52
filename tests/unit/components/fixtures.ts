import type { ChecklistItem, ChecklistModel, ItemAction } from '@/lib/core/engine/types';
import { ITEM_STATES, type ItemState } from '@/lib/core/model/vocab';
import type { AccountSummaryView } from '@/lib/view-model/sidebar';

/** Friday Nov 27, 2026, 10:30 in Chicago. */
export const NOW = '2026-11-27T16:30:00.000Z';
export const TODAY = '2026-11-27';
export const ZONE = 'America/Chicago';
export const ACCOUNT_ID = '001Hs00003ABCdeIAG';

const item = (partial: Partial<ChecklistItem> & Pick<ChecklistItem, 'ruleId' | 'title' | 'state' | 'message'>): ChecklistItem => ({
  sop: 'MT-CS-003',
  help: '',
  section: 'page',
  manual: null,
  actions: [],
  ...partial,
});

const toggle = (done: boolean): ItemAction => ({ type: 'toggle-done', verb: 'toggle-done', label: done ? 'Undo' : 'Mark done' });

/** The 10 business days of an Unresponsive log started Friday Nov 20 (today is day 6). */
export const LOG_DAYS = [
  '2026-11-20',
  '2026-11-23',
  '2026-11-24',
  '2026-11-25',
  '2026-11-26',
  '2026-11-27',
  '2026-11-30',
  '2026-12-01',
  '2026-12-02',
  '2026-12-03',
];

const logState = (day: string): ItemState =>
  day === '2026-11-24' ? 'error' : day < TODAY ? 'done' : day === TODAY ? 'warn' : 'todo';

export const unrDaily10 = (todayEmailLogged = false): ChecklistItem =>
  item({
    ruleId: 'UNR-DAILY-10',
    sop: 'MT-CS-020',
    title: 'Contact daily for 10 business days',
    section: 'timeline',
    state: 'error',
    due: TODAY,
    message: 'Missing contact on Nov 24, 2026 (no call): the notes must prove the 10-business-day follow-up, so log every email and call.',
    details: LOG_DAYS.map((day, i) => ({
      key: day,
      state: logState(day),
      text: `${day === TODAY ? 'Today, ' : ''}day ${i + 1} of 10: ${logState(day) === 'done' ? 'email logged, call logged' : 'not complete'}`,
    })),
    // As the engine emits them: today's only, `done` = the value to record.
    actions: [
      { type: 'log-contact', verb: 'log-contact', label: "Log today's email", day: TODAY, channel: 'email', done: !todayEmailLogged },
      { type: 'log-contact', verb: 'log-contact', label: "Log today's call", day: TODAY, channel: 'call', done: true },
    ],
    help: 'Email and call the customer every business day for 10 days; log both.',
  });

export const escalationEntryAction: Extract<ItemAction, { type: 'escalation-entry' }> = {
  type: 'escalation-entry',
  verb: 'fill-escalation-entry',
  label: 'Add a Description entry',
  field: 'case.description',
  date: TODAY,
  initials: 'MM',
};

export const ITEMS: ChecklistItem[] = [
  item({
    ruleId: 'ESC-REQUIRED-FIELDS',
    sop: 'MT-CS-020',
    title: 'Required fields before Save',
    state: 'error',
    message: 'Fill "Escalation Directives" and "Products".',
    details: [
      { key: 'case.opportunity', text: '"Opportunity Name" is filled', state: 'done' },
      { key: 'case.directives', text: '"Escalation Directives" is empty', state: 'error' },
      { key: 'case.products', text: '"Products" is empty', state: 'error' },
    ],
  }),
  item({
    ruleId: 'ESC-DESCRIPTION-FORMAT',
    sop: 'MT-CS-020',
    title: 'Entries as MM/DD/YY_Initials:Action',
    state: 'todo',
    message: '"Description" has no entry yet (MM/DD/YY_Initials:Action).',
    actions: [escalationEntryAction],
    steps: ['Type what you did', 'Check the preview', 'Press Enter'],
    help: 'Every line of Description and Escalation Directives is MM/DD/YY_Initials:Action.',
  }),
  item({
    ruleId: 'ESC-SUBJECT',
    sop: 'MT-CS-020',
    title: 'Subject for a cancellation',
    state: 'warn',
    message: 'Subject should be "Cancelation Request - Acme Dental".',
    actions: [
      { type: 'fill', verb: 'fill-subject', label: 'Fill the subject', field: 'case.subject', value: 'Cancelation Request - Acme Dental', mode: 'set' },
    ],
  }),
  item({
    ruleId: 'OB-PRESENTATION',
    title: 'Onboarding presentation',
    section: 'timeline',
    state: 'done',
    message: 'Done by Maria.',
    manual: { done: true, by: 'Maria', at: '2026-11-27T16:14:00.000Z' },
    actions: [toggle(true)],
  }),
  item({
    ruleId: 'OB-PREP-REVIEW',
    title: 'Review the account before the call',
    section: 'timeline',
    state: 'warn',
    due: TODAY,
    message: 'Due today: review the Opportunity and Account notes.',
    actions: [toggle(false)],
  }),
  item({
    ruleId: 'OB-CALL-SCHEDULED-DATE',
    title: 'Onboarding call scheduled',
    section: 'timeline',
    state: 'error',
    due: '2026-11-25',
    message: 'The onboarding call should have been scheduled by Nov 25.',
  }),
  unrDaily10(),
  item({ ruleId: 'SMB-ROUTING', sop: 'MT-CS-007', title: 'SMB routing', state: 'na', message: 'Not for this account: it is not SMB.' }),
  item({
    ruleId: 'SMB-OPEN-FORUMS',
    sop: 'MT-CS-007',
    title: 'Open forums',
    section: 'timeline',
    state: 'na',
    message: 'Not for this account: it is not SMB.',
  }),
];

export const countsOf = (items: readonly ChecklistItem[]): Record<ItemState, number> => {
  const counts = Object.fromEntries(ITEM_STATES.map((s) => [s, 0])) as Record<ItemState, number>;
  items.forEach((i) => counts[i.state]++);
  return counts;
};

export const model = (overrides: Partial<ChecklistModel> = {}): ChecklistModel => {
  const items = overrides.items ?? ITEMS;
  return {
    pageKind: 'sf.case.new',
    accountId: ACCOUNT_ID,
    stage: 'unresponsive',
    items,
    unknownFacts: [],
    unreadable: [],
    next: items.find((i) => i.ruleId === 'OB-CALL-SCHEDULED-DATE') ?? null,
    counts: countsOf(items),
    ...overrides,
  };
};

export const account = (overrides: Partial<AccountSummaryView> = {}): AccountSummaryView => ({
  accountId: ACCOUNT_ID,
  name: 'Acme Dental',
  segment: 'Core',
  tier: 'Standard',
  products: ['Learning', 'Compliance'],
  stage: 'unresponsive',
  stageName: 'Unresponsive',
  csm: 'Maria Lopez',
  unknown: [],
  ...overrides,
});
