import { formatDate } from '../../dates';
import { defineRule } from '../define';
import { contactLogOutcome } from '../common/contact-log';
import { paramsSchema } from '../common/field-read';
import { NOT_UNRESPONSIVE, unresponsiveLog } from './unresponsive-log';
import { daysParam } from './unresponsive-shared';
import { z } from '../../zod';

const dailyParams = paramsSchema(z.strictObject({ days: daysParam }));

/**
 * UNR-DAILY-10: one line per business day of the playbook calendar (email + call), today
 * highlighted, gaps named by date. A holiday is no day of the log, so never a gap.
 */
export default defineRule({
  id: 'UNR-DAILY-10',
  sop: 'MT-CS-020',
  title: 'Daily contact for 10 days',
  where: ['timeline'],
  stage: 'unresponsive',
  help: 'In case of an unresponsive account, contact the customer daily for 10 consecutive days via email and phone. Even if an account is escalated or unresponsive, have proof of the 10 business day follow-up stage in the notes, as well as logged emails and calls.',
  note: 'MT-CS-020: "In case of an unresponsive account, contact the customer daily for 10 consecutive days via email and phone." and "it is important to have proof of the 10 business day follow-up stage in the notes, as well as logged emails and calls." The notes are judged on the second, so the log counts business days from the day the account was set to Unresponsive: weekends and the playbook calendar\'s holidays are no days of the log, never a gap. A past day without both an email and a call is a gap, flagged here; it never holds back UNR-CLOSE-OB or UNR-FAILED-CASE, which come due the business day after day 10 all the same.',
  order: 330,
  defaults: { days: 10 },
  params: dailyParams,
  evaluate: (ctx) => {
    const log = unresponsiveLog(ctx, ctx.params.days);
    if (!log) return { state: 'na', message: NOT_UNRESPONSIVE };
    return contactLogOutcome(
      ctx,
      log,
      (n) =>
        `All ${n} days logged (${formatDate(log.days[0]!.date)} to ${formatDate(log.last)}). If the customer is still unresponsive after them: from ${formatDate(ctx.calendar.nextBusinessDay(log.last))}, close the onboarding and create the Failed to OB case.`,
    );
  },
});
