import type { RuleContext } from '../../engine/types';
import { branchLog, type BranchLog } from '../common/contact-log';

export type UnresponsiveLog = BranchLog;

/**
 * The account's 10-business-day contact log (MT-CS-020), or null when the CSM has not put the
 * account in the Unresponsive branch. The log is the progress store's contact events.
 */
export const unresponsiveLog = (ctx: RuleContext<unknown>, count: number): UnresponsiveLog | null => branchLog(ctx, 'unresponsive', count);

export const NOT_UNRESPONSIVE =
  'Only for accounts in the Unresponsive branch. When the admin stops answering, set the account to Unresponsive in the sidebar to start the 10-business-day contact log.';
