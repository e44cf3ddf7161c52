import type { Evaluator, RuleContext } from '../../engine/types';
import { defineRule } from '../define';
import { day, readDate } from '../shared/onboarding-helpers';
import { cantRead, waiting } from './record-notices';
import { z } from 'zod';

/** The Customer Onboarding record's call dates (MT-CS-002 "Onboarding Object Updates", MT-CS-007). */

const noParams = z.object({}).strict();

type NoParams = z.output<typeof noParams>;

/**
 * OB-CALL-COMPLETED-DATE: filled after the call. Empty once the scheduled day has passed is an
 * error; on the day itself a warning; a completed date before the scheduled one is an error.
 */
export default defineRule({
  id: 'OB-CALL-COMPLETED-DATE',
  sop: 'MT-CS-002',
  title: 'Onboarding Call Completed Date',
  where: ['sf.onboarding'],
  stage: 'onboarding',
  help: 'Once the onboarding call has taken place, enter the date in the "Onboarding Call Completed Date" field of the Customer Onboarding object in SF.',
  note: 'The wording is MT-CS-007’s (seed 003); seed 000 names only the scheduled date.',
  order: 230,
  params: noParams,
  evaluate: (ctx: RuleContext<NoParams>) => {
    if (ctx.page?.kind !== 'sf.onboarding') return null;
    if (!ctx.page.ready) return waiting;
    const completed = readDate(ctx, 'ob.callCompletedDate');
    const scheduled = readDate(ctx, 'ob.callScheduledFor');
    if (completed.kind === 'absent') return null;
    if (completed.kind === 'missing') return cantRead(completed.label);

    if (completed.kind === 'value') {
      if (scheduled.kind === 'value' && completed.date < scheduled.date)
        return {
          state: 'error',
          message: `"${completed.label}" (${day(completed.date)}) is before "${scheduled.label}" (${day(scheduled.date)}): correct one of them.`,
        };
      if (completed.date > ctx.today)
        return { state: 'warn', message: `"${completed.label}" (${day(completed.date)}) is in the future: enter it after the call.` };
      return { state: 'done', message: `"${completed.label}" is filled: ${day(completed.date)}.` };
    }

    const todo = `Enter the date in "${completed.label}" after the onboarding call.`;
    if (scheduled.kind === 'missing')
      return { state: 'warn', message: `${todo} Can't read "${scheduled.label}" to know when the call is.` };
    if (scheduled.kind !== 'value')
      return { state: 'todo', message: `${todo} The call isn't booked yet${scheduled.kind === 'empty' ? `: "${scheduled.label}" is empty` : ''}.` };
    if (scheduled.date > ctx.today) return { state: 'todo', message: `${todo} The call is on ${day(scheduled.date)}.`, due: scheduled.date };
    if (scheduled.date === ctx.today)
      return { state: 'warn', message: `Due today: ${todo} The call is today ("${scheduled.label}").`, due: scheduled.date };
    return {
      state: 'error',
      message: `"${completed.label}" is empty, but "${scheduled.label}" was ${day(scheduled.date)}: enter the date the call took place.`,
      due: scheduled.date,
    };
  },
});
