import type { AccountSummary } from './types';

export interface CsmStats {
  /** The CSM's name; null gathers the accounts whose CSM is not known yet. */
  csm: string | null;
  accounts: number;
  done: number;
  applicable: number;
  /** done / applicable over all their accounts; null when nothing applies yet. */
  completion: number | null;
  /** Overdue steps, and how many accounts have at least one. */
  overdue: number;
  accountsOverdue: number;
  flags: number;
}

const collator = new Intl.Collator('en', { sensitivity: 'base' });

/** Completion and overdue counts per CSM (the dashboard's chart), by name; unknown CSM last. */
export const perCsmStats = (summaries: readonly AccountSummary[]): CsmStats[] => {
  const byCsm = new Map<string | null, CsmStats>();
  for (const s of summaries) {
    let stats = byCsm.get(s.csm);
    if (!stats) {
      stats = { csm: s.csm, accounts: 0, done: 0, applicable: 0, completion: null, overdue: 0, accountsOverdue: 0, flags: 0 };
      byCsm.set(s.csm, stats);
    }
    stats.accounts++;
    stats.done += s.done;
    stats.applicable += s.applicable;
    stats.overdue += s.overdue.length;
    if (s.overdue.length) stats.accountsOverdue++;
    stats.flags += s.flags.length;
  }
  const list = [...byCsm.values()].map((stats) => ({
    ...stats,
    completion: stats.applicable ? stats.done / stats.applicable : null,
  }));
  return list.sort((a, b) => (a.csm === null ? 1 : b.csm === null ? -1 : collator.compare(a.csm, b.csm)));
};
