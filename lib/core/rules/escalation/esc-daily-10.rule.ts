import { formatDate } from '../../dates';
import type { ItemDetail } from '../../engine/types';
import { defineRule } from '../define';
import { branchLog, contactLogOutcome } from '../common/contact-log';
import { paramsSchema } from '../common/field-read';
import { daysParam } from '../unresponsive/unresponsive-shared';
import { z } from '../../zod';

const dailyParams = paramsSchema(
  z.strictObject({
    days: daysParam,
    /** Contact attempts without a response after which the CSM Team Lead marks the client unreachable. */
    attempts: z._default(z.number().check(z.int(), z.gte(1), z.lte(100)), 10),
  }),
);

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
  note: 'MT-CS-020 (via MT-CS-005): "Even if an account is escalated or unresponsive, it is important to have proof of the 10 business day follow-up stage in the notes, as well as logged emails and calls." The same log as UNR-DAILY-10, counted in business days of the playbook calendar from the day the account was set to Escalation (weekends and holidays are no days of the log, never a gap); a past day without both an email and a call is a gap. Unlike the Unresponsive branch, the end of the log closes nothing: no onboarding close, no Failed to OB case. It also counts the contact attempts (each logged email and call is one): "If you reach out to the client 10 times, and no response has been made by the client, the CSM Team Lead will select the can\'t reach client (send final) box." That box is the Team Lead\'s, shown to a CSM as information once the count reaches the `attempts` param.',
  order: 405,
  defaults: { days: 10, attempts: 10 },
  params: dailyParams,
  evaluate: (ctx) => {
    const log = branchLog(ctx, 'escalation', ctx.params.days);
    if (!log) return { state: 'na', message: NOT_ESCALATED };
    const outcome = contactLogOutcome(
      ctx,
      log,
      (n) => `All ${n} days logged (${formatDate(log.days[0]!.date)} to ${formatDate(log.last)}): the notes prove the follow-up. The escalation case goes on as the lead works it.`,
    );
    // The attempts counter: every email and call logged since the escalation is one attempt (one
    // contact event each). The "can't reach client (send final)" box is the Team Lead's: information.
    const attempts = Object.entries(ctx.progress.contacts)
      .filter(([day]) => day >= log.since)
      .reduce((sum, [, c]) => sum + (c.email?.done === true ? 1 : 0) + (c.call?.done === true ? 1 : 0), 0);
    const limit = ctx.params.attempts;
    const counter: ItemDetail[] = [
      { key: 'attempts', state: 'info', text: `Contact attempts logged since the escalation: ${attempts} (each email and each call counts one)` },
      {
        key: 'cant-reach-client',
        state: 'info',
        text:
          attempts >= limit
            ? `${limit} attempts reached: if the client has not responded, the CSM Team Lead selects "can't reach client (send final)" on the case and saves (your Team Lead does this)`
            : `After ${limit} attempts without a response, the CSM Team Lead selects "can't reach client (send final)" on the case (your Team Lead does this)`,
      },
    ];
    return { ...outcome, details: [...(outcome.details ?? []), ...counter] };
  },
});
