import type { RuleContext } from '../../engine/types';
import { defineRule } from '../define';
import { day, isUnresponsive, readDate } from '../common/onboarding-helpers';
import { cantRead, waiting } from './record-notices';
import { z } from '../../zod';

/** The Customer Onboarding record's call dates (MT-CS-002 "Onboarding Object Updates", MT-CS-007). */

const noParams = z.strictObject({});

type NoParams = z.output<typeof noParams>;

/**
 * OB-CALL-COMPLETED-DATE: filled after the call. On the call day an empty field is a to-do; from
 * the day after, a warning that never asks for a date that did not happen: enter the day the call
 * took place, or after a no-show book a new date (and send the reminder). In the Unresponsive
 * branch it stands down. A completed date before the scheduled one is an error.
 */
export default defineRule({
  id: 'OB-CALL-COMPLETED-DATE',
  sop: 'MT-CS-002',
  title: 'Onboarding Call Completed Date',
  where: ['sf.onboarding'],
  stage: 'onboarding',
  help: 'Once the onboarding call has taken place, enter the date in the "Onboarding Call Completed Date" field of the Customer Onboarding object in SF.',
  note: 'MT-CS-007: "Once the OB call has taken place, Enter the date in the “Onboarding Call Completed Date” field located in the onboarding object in SF." (MT-CS-002 names only the scheduled date.) The call may not have taken place (a no-show), so once the booked day has passed the flag is a warning offering both ways out: the date it took place, or a new date in "Onboarding Call Scheduled For" with the reminder email — MT-CS-002: "If the admin hasn’t scheduled the onboarding call, […] please send a reminder email". In the Unresponsive branch (MT-CS-020: "contact the customer daily for 10 consecutive days via email and phone") it is information.',
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
    if (isUnresponsive(ctx))
      return {
        state: 'info',
        message: `The account is Unresponsive: no call to record while you keep the 10-day email-and-call log. If a call takes place, enter its date in "${completed.label}".`,
      };
    if (scheduled.kind === 'missing')
      return { state: 'warn', message: `${todo} Can't read "${scheduled.label}" to know when the call is.` };
    if (scheduled.kind !== 'value')
      return { state: 'todo', message: `${todo} The call isn't booked yet${scheduled.kind === 'empty' ? `: "${scheduled.label}" is empty` : ''}.` };
    if (scheduled.date > ctx.today) return { state: 'todo', message: `${todo} The call is on ${day(scheduled.date)}.`, due: scheduled.date };
    if (scheduled.date === ctx.today)
      return { state: 'todo', message: `${todo} The call is today ("${scheduled.label}").`, due: scheduled.date };
    return {
      state: 'warn',
      message: `"${completed.label}" is empty, but the call was booked for ${day(scheduled.date)}: if it took place, enter the date it took place; if the admin didn't show, book a new date in "${scheduled.label}" (and send the reminder email).`,
      due: scheduled.date,
    };
  },
});
