import type { RuleContext } from '../../engine/types';
import { day } from '../common/onboarding-helpers';

/** " (call on Dec 3, 2026)" — prep steps are due by the onboarding call when it is booked. */
export const byTheCall = (ctx: RuleContext<unknown>): { due?: string; when: string } => {
  const call = ctx.value('obCallScheduledFor');
  return call ? { due: call, when: ` before the onboarding call on ${day(call)}` } : { when: ' before the onboarding call' };
};
