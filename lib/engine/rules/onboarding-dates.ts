import { z } from 'zod';
import { owesCalls } from '../../classify/classify';
import { nextBusinessDay } from '../../dates';
import type { Evaluator, Outcome, RuleContext } from '../types';
import { callDutySchema, day, isUnresponsive, learn, readDate, unknownFact } from './onboarding-helpers';

/** The Customer Onboarding record's call dates (MT-CS-002 "Onboarding Object Updates", MT-CS-007). */

const noParams = z.object({}).strict();
type NoParams = z.output<typeof noParams>;

const waiting: Outcome = { state: 'info', message: 'Waiting for the record to load…' };
const cantRead = (label: string): Outcome => ({
  state: 'warn',
  message: `Can't read "${label}" on this page: check the label in settings.`,
});

/**
 * OB-CALL-SCHEDULED-DATE: "Onboarding Call Scheduled For" is filled once the call is booked. The
 * CSM books it on the assignment date (the same-day call), so an empty field warns that day and
 * is an error from the next business day on.
 */
const scheduledParams = z.object({ calls: callDutySchema }).strict();
type ScheduledParams = z.output<typeof scheduledParams>;

export const callScheduledDate: Evaluator<ScheduledParams> = {
  params: scheduledParams,
  needs: ['assignmentDate', 'segmentation', 'subtypes'],
  evaluate: (ctx) => {
    if (ctx.page?.kind !== 'sf.onboarding') return null;
    if (!ctx.page.ready) return waiting;
    const scheduled = readDate(ctx, 'ob.callScheduledFor');
    if (scheduled.kind === 'absent') return null;
    if (scheduled.kind === 'missing') return cantRead(scheduled.label);
    if (scheduled.kind === 'value')
      return { state: 'done', message: `"${scheduled.label}" is filled: ${day(scheduled.date)}.` };

    const todo = `Enter the onboarding call's date in "${scheduled.label}" once it is booked.`;
    if (isUnresponsive(ctx))
      return {
        state: 'info',
        message: `The account is Unresponsive: no call to book while you keep the 10-day email-and-call log. ${todo}`,
      };
    const duty = owesCalls(ctx.facts, ctx.params.calls);
    if (duty.value === false)
      return {
        state: 'na',
        message: `No call to book: ${duty.reason}, which runs on the Outreach sequence (MT-CS-020: meetings only "in case any meetings are required"). If you book one, enter its date here.`,
      };
    if (duty.value === null)
      return {
        state: 'info',
        message: `${todo} Core, Strategic and ${ctx.params.calls.subtypes.join('/') || 'listed'} accounts book it on the assignment date; plain Digital accounts don't have to. ${learn(duty.needs)}`,
      };
    const sent = readDate(ctx, 'ob.emailSentDate');
    const assignment = sent.kind === 'value' ? sent.date : ctx.value('assignmentDate');
    if (!assignment) {
      if (sent.kind === 'empty' || sent.kind === 'missing')
        return { state: 'info', message: `${todo} Its due date is unknown: "${sent.label}" (the assignment date) is ${sent.kind === 'empty' ? 'empty' : 'unreadable'}.` };
      return unknownFact(ctx, 'assignmentDate', todo);
    }
    if (ctx.today < assignment) return { state: 'todo', message: todo, due: assignment };
    const lateFrom = nextBusinessDay(assignment);
    if (ctx.today < lateFrom)
      return {
        state: 'warn',
        message: `"${scheduled.label}" is empty: book the onboarding call today and enter its date (assigned ${day(assignment)}).`,
        due: assignment,
      };
    return {
      state: 'error',
      message: `"${scheduled.label}" is empty: the onboarding call should have been booked on ${day(assignment)}, the assignment date.`,
      due: assignment,
    };
  },
};

/**
 * OB-CALL-COMPLETED-DATE: filled after the call. Empty once the scheduled day has passed is an
 * error; on the day itself a warning; a completed date before the scheduled one is an error.
 */
export const callCompletedDate: Evaluator<NoParams> = {
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
};
