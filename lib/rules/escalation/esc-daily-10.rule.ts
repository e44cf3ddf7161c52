import { formatDate } from '../../dates';
import { defineRule } from '../define';
import { branchLog, contactLogOutcome } from '../shared/contact-log';
import { paramsSchema } from '../shared/field-read';
import { daysParam } from '../unresponsive/unresponsive-shared';
import { z } from 'zod';

const dailyParams = paramsSchema(z.object({ days: daysParam }).strict());

export const NOT_ESCALATED =
  'Only for accounts in the Escalation branch. When the account is escalated, set it to Escalation in the sidebar to start its 10-business-day contact log.';

/**
 * ESC-DAILY-10: the Unresponsive branch's 10-business-day email + call log (UNR-DAILY-10), for an
 * escalated account. Same days, same contact events, same grid; what ends the Unresponsive branch
 * (closing the onboarding, the Failed to OB case) is no part of it: the escalation case goes on.
 */
export default defineRule({
  id: 'ESC-DAILY-10',
  sop: 'MT-CS-020',
  title: 'Escalation: 10 business days of logged emails and calls',
  where: ['timeline'],
  stage: 'escalation',
  help: 'An escalated account also needs proof of the 10-business-day follow-up in the notes: email and call the customer each business day and log both.',
  note: 'MT-CS-020 (via MT-CS-005): "Even if an account is escalated or unresponsive, it is important to have proof of the 10 business day follow-up stage in the notes, as well as logged emails and calls." The same log as UNR-DAILY-10, counted in business days of the playbook calendar from the day the account was set to Escalation (weekends and holidays are no days of the log, never a gap); a past day without both an email and a call is a gap. Unlike the Unresponsive branch, the end of the log closes nothing: no onboarding close, no Failed to OB case.',
  order: 405,
  defaults: { days: 10 },
  params: dailyParams,
  evaluate: (ctx) => {
    const log = branchLog(ctx, 'escalation', ctx.params.days);
    if (!log) return { state: 'na', message: NOT_ESCALATED };
    return contactLogOutcome(
      ctx,
      log,
      (n) => `All ${n} days logged (${formatDate(log.days[0]!.date)} to ${formatDate(log.last)}): the notes prove the follow-up. The escalation case goes on as the lead works it.`,
    );
  },
});
