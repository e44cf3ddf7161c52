import type { AccountSummary } from '../../lib/audit/types';

// Words and numbers the dashboard shows; pure, so the table, the detail and tests agree.

export const percentText = (value: number | null): string => (value === null ? '—' : `${Math.round(value * 100)}%`);

/** "1 of 5" (or "nothing applies yet", or "stage unknown" when the stage was never learned). */
export const completionText = (s: Pick<AccountSummary, 'done' | 'applicable'> & Partial<Pick<AccountSummary, 'stageKnown'>>): string =>
  s.stageKnown === false ? 'stage unknown' : s.applicable ? `${s.done} of ${s.applicable}` : 'nothing applies yet';

/** The stage's name; "Unknown" when this browser never learned it; null when there is none (FMC-only). */
export const stageText = (s: Pick<AccountSummary, 'stageName' | 'stageKnown'>): string | null =>
  s.stageKnown === false ? 'Unknown' : s.stageName;

export const daysText = (days: number): string => (days === 1 ? '1 day' : `${days} days`);

/** How long a flag has been open: "open since today", "open 4 days"; null when not known. */
export const openText = (days: number | null): string | null =>
  days === null ? null : days <= 0 ? 'open since today' : `open ${daysText(days)}`;

/** The account's name, or its ID when no page has shown the name yet. */
export const accountLabel = (s: Pick<AccountSummary, 'name' | 'accountId'>): string => s.name ?? `Account ${s.accountId}`;

/** The longest an open step has been overdue, in days. */
export const worstOverdue = (s: Pick<AccountSummary, 'overdue'>): number =>
  s.overdue.reduce((max, item) => Math.max(max, item.overdueDays ?? 0), 0);

const numberFormat = new Intl.NumberFormat('en-US');
/** 2000 → "2,000". */
export const count = (n: number): string => numberFormat.format(n);

export const plural = (n: number, one: string, many = `${one}s`): string => `${count(n)} ${n === 1 ? one : many}`;
