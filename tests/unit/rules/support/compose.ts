import { BUILTIN_PLAYBOOK } from '../../../../lib/core/playbook/builtin';
import { parsePlaybook } from '../../../../lib/core/playbook/validate';
import type { Playbook } from '../../../../lib/core/playbook/schema';
import { evaluate } from '../../../../lib/core/engine/evaluate';
import type { ChecklistItem, ChecklistModel, EngineSettings } from '../../../../lib/core/engine/types';
import type { FieldKey } from '../../../../lib/core/facts/fields';
import type { AttachmentFact, ComposeFacts, FieldRead, FieldValue, OutreachFacts, PageFacts } from '../../../../lib/core/facts/page-facts';
import type { PageKind } from '../../../../lib/core/model/page-kind';
import { emptyFacts, FACT_PAGES, type ProfileFactKey, type ProfileFacts, type ProfileFactValue } from '../../../../lib/core/profile/schema';
import { emptyProgress, type AccountProgress } from '../../../../lib/core/progress/events';

/** The rules this suite owns (onboarding, Digital, training, SMB groups). */
export const MY_RULES = [
  'OB-SAME-DAY-CALL',
  'OB-REMINDER-EMAIL',
  'OB-ROSTERS',
  'OB-PREP-REVIEW',
  'OB-RSM-DISCOVERY',
  'OB-RSM-LOGGED',
  'OB-CALL-AGENDA',
  'OB-PRESENTATION',
  'OB-CALL-SCHEDULED-DATE',
  'OB-CALL-COMPLETED-DATE',
  'OB-RECAP-EMAIL',
  'OB-MEETING-TYPE',
  'DG-SEQUENCE',
  'DG-CADENCE',
  'DG-KYC-COPY',
  'DG-SUPPORT-REDIRECT',
  'OUT-LOG-TOUCHES',
  'TR-SCHEDULE',
  'TR-RECAP',
  'TR-SESSIONS',
  'TR-RECAP-DUE',
  'SMB-COMPLETED-RECAP',
  'SMB-ROUTING',
  'SMB-POLICY-MANUALS',
  'SMB-OPEN-FORUMS',
  'SMB-ADOPTION-60',
  'SMB-ADOPTION-ARTEFACTS',
  'UNR-WEEKLY-REACH-OUT',
  'UNR-INFORM-LEAD',
  'CLS-SUBTYPE-NOTES',
] as const;

/**
 * The built-in playbook narrowed to these rules and parsed with the real validator, so the
 * entries' params go through their evaluators' schemas exactly as at load time. Narrowed so
 * that another group's work in progress can't fail this suite.
 */
export const playbook = (): Playbook => {
  const ids = new Set<string>(MY_RULES);
  const parsed = parsePlaybook({ ...BUILTIN_PLAYBOOK, rules: BUILTIN_PLAYBOOK.rules.filter((r) => ids.has(r.id)) });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.playbook;
};

/** Friday, Nov 27, 2026, 9:00 AM in Chicago. */
export const NOW = '2026-11-27T15:00:00.000Z';
export const ACCOUNT = '001000000000001AAA';

export type FactValues = { [K in ProfileFactKey]?: ProfileFactValue<K> | null };

/** Profile facts: each given key is known (null = read but empty), the rest unknown. */
export const facts = (values: FactValues = {}): ProfileFacts => {
  const out = emptyFacts() as Record<ProfileFactKey, unknown>;
  for (const [key, value] of Object.entries(values) as Array<[ProfileFactKey, unknown]>) {
    if (value === undefined) continue;
    out[key] = { known: true, value, source: { kind: FACT_PAGES[key][0] }, observedAt: '2026-11-20T12:00:00.000Z' };
  }
  return out as ProfileFacts;
};

/** A Core account with Learning and Compliance, assigned today. */
export const CORE: FactValues = {
  products: ['Learning', 'Compliance'],
  serviceLevel: 'Basic',
  userCount: 80,
  mrr: 900,
  segmentation: 'Core',
  subtypes: [],
  assignmentDate: '2026-11-27',
};
export const DIGITAL: FactValues = { ...CORE, userCount: 20, mrr: 300, segmentation: 'Digital' };
export const SMB: FactValues = { ...DIGITAL, userCount: 8, mrr: 250, subtypes: ['SMB'] };

/** Labels as the org shows them; only the adapter knows them in the product. */
const LABELS: Partial<Record<FieldKey, string>> = {
  'ob.callScheduledFor': 'Onboarding Call Scheduled For',
  'ob.callCompletedDate': 'Onboarding Call Completed Date',
  'ob.emailSentDate': 'Onboarding email sent date',
  'opp.industry': 'Industry',
  'opp.employees': 'Number of Employees',
};

export const MISSING = Symbol('missing');
type FieldInput = FieldValue | null | typeof MISSING;

export const page = (kind: PageKind, fields: Partial<Record<FieldKey, FieldInput>> = {}, extra: Partial<PageFacts> = {}): PageFacts => {
  const reads: Partial<Record<FieldKey, FieldRead>> = {};
  for (const [key, value] of Object.entries(fields) as Array<[FieldKey, FieldInput]>) {
    const label = LABELS[key] ?? key;
    reads[key] =
      value === MISSING ? { status: 'missing', label, reason: 'label-not-found' } : { status: 'ok', label, value };
  }
  return { kind, url: `https://example.test/${kind}`, host: 'example.test', accountId: ACCOUNT, ready: true, fields: reads, ...extra };
};

export const compose = (
  c: Partial<Omit<ComposeFacts, 'attachments'>> & { attachments?: Array<string | AttachmentFact> } = {},
  kind: 'gmail.compose' | 'outreach.compose' = 'gmail.compose',
): PageFacts => {
  const { attachments = [], ...rest } = c;
  return page(kind, {}, {
    compose: {
      composeId: 'c1',
      to: ['admin@clinic.test'],
      cc: [],
      bcc: [],
      subject: null,
      bodyText: '',
      links: [],
      unreadable: [],
      ...rest,
      attachments: attachments.map((a) => (typeof a === 'string' ? { name: a } : a)),
    },
  });
};

export const outreach = (kind: 'outreach.prospect' | 'outreach.sequence', o: Partial<OutreachFacts>): PageFacts =>
  page(kind, {}, { outreach: { sequenceNames: [], unreadable: [], ...o } });

/** Check-offs by rule ID (or per-step key such as `DG-CADENCE:welcome-email`). */
export const progress = (done: Record<string, boolean | { done: boolean; at: string }> = {}): AccountProgress => {
  const p = emptyProgress();
  for (const [key, v] of Object.entries(done)) {
    const entry = typeof v === 'boolean' ? { done: v, at: NOW } : v;
    p.items[key] = { by: 'Ana Ortiz', ...entry };
  }
  return p;
};

export interface RunInput {
  facts?: FactValues;
  page?: PageFacts | null;
  progress?: AccountProgress;
  now?: string;
  timeZone?: string;
}

const PLAYBOOK = playbook();

export const run = (input: RunInput = {}): ChecklistModel => {
  const settings: EngineSettings = {
    userName: 'Ana Ortiz',
    initials: 'AO',
    timeZone: input.timeZone ?? 'America/Chicago',
    disabledRules: [],
  };
  return evaluate(PLAYBOOK, {
    profile: { accountId: ACCOUNT, facts: facts(input.facts ?? {}), updatedAt: NOW },
    page: input.page ?? null,
    progress: input.progress ?? emptyProgress(),
    settings,
    now: input.now ?? NOW,
  });
};

/** The item a rule produced, or undefined when it showed nothing on this page. */
export const item = (model: ChecklistModel, id: string): ChecklistItem | undefined => model.items.find((i) => i.ruleId === id);

/** Runs and returns one rule's item, failing when the rule showed nothing. */
export const one = (id: string, input: RunInput = {}): ChecklistItem => {
  const found = item(run(input), id);
  if (!found) throw new Error(`${id} showed nothing`);
  return found;
};

export const verbs = (i: ChecklistItem): string[] => i.actions.map((a) => a.verb);
export const detailOf = (i: ChecklistItem, key: string) => i.details?.find((d) => d.key === key);
