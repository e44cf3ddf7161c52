import type { ProfileFactKey } from '../profile/schema';

/**
 * A classification answer that can be "don't know yet": `value: null` lists the facts
 * that would decide it, so the UI can say which page to open. Never a guess.
 */
export interface Verdict {
  value: boolean | null;
  needs: ProfileFactKey[];
  reason: string;
  /**
   * Undecided because a number sits exactly on a bound (50 users, $500.00 MRR): the seeds' words
   * are strict ("under" for Digital, "over" for Core), so such an account is neither, and no
   * page can teach more (`needs` is empty). Rules say so as information and flag nothing.
   */
  onBound?: true;
}

export const yes = (reason: string): Verdict => ({ value: true, needs: [], reason });
export const no = (reason: string): Verdict => ({ value: false, needs: [], reason });
export const unknown = (needs: ProfileFactKey[], reason: string): Verdict => ({
  value: null,
  needs: [...new Set(needs)],
  reason,
});
export const onBound = (reason: string): Verdict => ({ value: null, needs: [], reason, onBound: true });
