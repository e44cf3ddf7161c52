import { type ContactLog, contactLogStatus, type ContactLogStatus, unresponsiveDays } from '../../dates';
import type { RuleContext } from '../../engine/types';

export type UnresponsiveLog = ContactLogStatus & { since: string; last: string };

/**
 * The account's 10-business-day contact log (MT-CS-020), or null when the CSM has not put the
 * account in the Unresponsive branch. The log is the progress store's contact events.
 */
export const unresponsiveLog = (ctx: RuleContext<unknown>, count: number): UnresponsiveLog | null => {
  const branch = ctx.progress.branch;
  if (branch?.value !== 'unresponsive') return null;
  const days = unresponsiveDays(branch.since, count, ctx.calendar);
  const log: ContactLog = Object.fromEntries(
    Object.entries(ctx.progress.contacts).map(([day, c]) => [day, { email: c.email?.done === true, call: c.call?.done === true }]),
  );
  return { ...contactLogStatus(days, log, ctx.today), since: branch.since, last: days.at(-1) ?? branch.since };
};

export const NOT_UNRESPONSIVE =
  'Only for accounts in the Unresponsive branch. When the admin stops answering, set the account to Unresponsive in the sidebar to start the 10-business-day contact log.';
