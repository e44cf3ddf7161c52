import { failedToObDueDate } from '../../dates';
import { defineRule } from '../define';
import { manualOutcome } from '../common/manual-outcome';
import { day } from '../common/onboarding-helpers';
import { failedCaseCreatedOn } from './failed-case-follow-up';
import { z } from '../../zod';

/**
 * UNR-INFORM-LEAD: at the Failed-to-OB case's 30-day due date, the CSM informs the Team Lead, who
 * closes the case. Informing is the CSM's step; closing is the Lead's, shown as information only.
 */
export default defineRule({
  id: 'UNR-INFORM-LEAD',
  sop: 'MT-CS-020',
  title: 'Inform your Lead at the Failed to OB case due date',
  where: ['timeline'],
  stage: 'unresponsive',
  help: 'If the customer is still unresponsive when the Failed to Onboard case comes due (30 days after its creation), inform your Lead, who will then close the case.',
  note: 'MT-CS-020: "If the customer is still unresponsive, inform your Lead, who will then close the case." Due on the case\'s Due Date ("30 days from the case creation day", counted from the day UNR-FAILED-CASE is ticked), moved to the next business day when it falls on a weekend or holiday. Informing the Lead is the CSM\'s step; closing the case is the Lead\'s, shown as information, never as the CSM\'s to-do.',
  order: 354,
  params: z.strictObject({}) as unknown as z.ZodMiniType<Record<string, never>>,
  evaluate: (ctx) => {
    const created = failedCaseCreatedOn(ctx);
    if (!created) return null;
    const caseDue = failedToObDueDate(created);
    const due = ctx.calendar.businessDayOnOrAfter(caseDue);
    const outcome = manualOutcome(
      ctx,
      {
        todo: `If the customer is still unresponsive on ${day(due)} (the case's due date${due === caseDue ? '' : `, ${day(caseDue)}, is a day off`}), inform your Lead.`,
        done: `Your Lead was informed (${ctx.manual?.by || 'you'}); closing the case is their step.`,
      },
      due,
    );
    return { ...outcome, details: [{ key: 'lead-closes-case', state: 'info', text: "Closing the case is your Team Lead's step, not yours" }] };
  },
});
