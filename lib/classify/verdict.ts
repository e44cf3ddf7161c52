import type { ProfileFactKey } from '../profile/schema';

/**
 * A classification answer that can be "don't know yet": `value: null` lists the facts
 * that would decide it, so the UI can say which page to open. Never a guess.
 */
export interface Verdict {
  value: boolean | null;
  needs: ProfileFactKey[];
  reason: string;
}

export const yes = (reason: string): Verdict => ({ value: true, needs: [], reason });
export const no = (reason: string): Verdict => ({ value: false, needs: [], reason });
export const unknown = (needs: ProfileFactKey[], reason: string): Verdict => ({
  value: null,
  needs: [...new Set(needs)],
  reason,
});
