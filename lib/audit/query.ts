import { isSalesforceId } from '../core/formats/salesforce-id';
import { STAGES, type Stage } from '../core/model/vocab';
import type { AccountSummary } from './types';

/** Sortable columns of the audit table. */
export const SORT_KEYS = ['name', 'csm', 'segment', 'tier', 'stage', 'completion', 'overdue', 'flags', 'activity'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** `NONE` selects accounts where the value is not known yet (no CSM read, no segment…). */
export const NONE = '(none)';

export interface AuditQuery {
  /** A CSM's name, NONE, or '' for all. */
  csm: string;
  /** A stage, NONE, or '' for all. */
  stage: string;
  /** A segment, NONE, or '' for all. */
  segment: string;
  overdueOnly: boolean;
  /** Part of the account name, or a 15/18-character Salesforce ID (or part of one). */
  search: string;
  sort: { key: SortKey; dir: 'asc' | 'desc' };
}

export const DEFAULT_QUERY: AuditQuery = {
  csm: '',
  stage: '',
  segment: '',
  overdueOnly: false,
  search: '',
  sort: { key: 'overdue', dir: 'desc' },
};

const matches = (value: string | null, wanted: string): boolean =>
  wanted === '' || (wanted === NONE ? value === null : value === wanted);

/**
 * A whole ID matches that account only: an 18-character ID in any case (that is what its suffix
 * is for), a 15-character one case-sensitively against the first 15 characters.
 */
const searchMatcher = (search: string): ((s: AccountSummary) => boolean) => {
  const text = search.trim();
  if (!text) return () => true;
  if (isSalesforceId(text) && /\d/.test(text)) {
    if (text.length === 15) return (s) => s.accountId.slice(0, 15) === text;
    const id18 = text.toLowerCase();
    return (s) => s.accountId.toLowerCase() === id18;
  }
  const lower = text.toLowerCase();
  return (s) => (s.name?.toLowerCase().includes(lower) ?? false) || s.accountId.toLowerCase().includes(lower);
};

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const stageOrder = (stage: Stage | null): number => (stage ? STAGES.indexOf(stage) : -1);
const maxOverdue = (s: AccountSummary): number => s.overdue.reduce((max, item) => Math.max(max, item.overdueDays ?? 0), 0);

/** Compares two summaries on one column; unknown values always sort last, whatever the direction. */
const compareOn = (key: SortKey, a: AccountSummary, b: AccountSummary): number | null => {
  const text = (x: string | null, y: string | null) => (x === null || y === null ? null : collator.compare(x, y));
  switch (key) {
    case 'name':
      return text(a.name, b.name);
    case 'csm':
      return text(a.csm, b.csm);
    case 'segment':
      return text(a.segment, b.segment);
    case 'tier':
      return text(a.tier, b.tier);
    case 'stage':
      return a.stage === null || b.stage === null ? null : stageOrder(a.stage) - stageOrder(b.stage);
    case 'completion':
      return a.completion === null || b.completion === null ? null : a.completion - b.completion;
    case 'overdue':
      return a.overdue.length - b.overdue.length || maxOverdue(a) - maxOverdue(b);
    case 'flags':
      return a.flags.length - b.flags.length;
    case 'activity':
      return a.lastActivity === null || b.lastActivity === null
        ? null
        : Date.parse(a.lastActivity.at) - Date.parse(b.lastActivity.at);
  }
};

const isUnknown = (key: SortKey, s: AccountSummary): boolean => {
  switch (key) {
    case 'name':
    case 'csm':
    case 'segment':
    case 'tier':
    case 'stage':
      return s[key] === null;
    case 'completion':
      return s.completion === null;
    case 'activity':
      return s.lastActivity === null;
    default:
      return false;
  }
};

/** The rows the table shows: filtered, searched and sorted (ties by name, then ID, so the order is stable). */
export const applyQuery = (summaries: readonly AccountSummary[], query: AuditQuery): AccountSummary[] => {
  const search = searchMatcher(query.search);
  const rows = summaries.filter(
    (s) =>
      matches(s.csm, query.csm) &&
      matches(s.stage, query.stage) &&
      matches(s.segment, query.segment) &&
      (!query.overdueOnly || s.overdue.length > 0) &&
      search(s),
  );
  const { key, dir } = query.sort;
  const sign = dir === 'asc' ? 1 : -1;
  const tie = (a: AccountSummary, b: AccountSummary) =>
    collator.compare(a.name ?? '\uffff', b.name ?? '\uffff') || (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0);
  return rows.sort((a, b) => {
    const ua = isUnknown(key, a);
    const ub = isUnknown(key, b);
    if (ua !== ub) return ua ? 1 : -1;
    const c = ua ? 0 : (compareOn(key, a, b) ?? 0);
    return c !== 0 ? sign * c : tie(a, b);
  });
};

export interface FilterOptions {
  csms: string[];
  stages: Stage[];
  segments: string[];
  /** Whether some account lacks the value (offer NONE). */
  missing: { csm: boolean; stage: boolean; segment: boolean };
}

/** The values the filters offer: those present in the data, sorted. */
export const filterOptions = (summaries: readonly AccountSummary[]): FilterOptions => {
  const csms = new Set<string>();
  const stages = new Set<Stage>();
  const segments = new Set<string>();
  const missing = { csm: false, stage: false, segment: false };
  for (const s of summaries) {
    if (s.csm) csms.add(s.csm);
    else missing.csm = true;
    if (s.stage) stages.add(s.stage);
    else missing.stage = true;
    if (s.segment) segments.add(s.segment);
    else missing.segment = true;
  }
  return {
    csms: [...csms].sort(collator.compare),
    stages: STAGES.filter((stage) => stages.has(stage)),
    segments: [...segments].sort(collator.compare),
    missing,
  };
};
