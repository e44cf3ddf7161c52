import { owesCalls } from '../../classify/classify';
import { todayIn } from '../../dates';
import type { RuleContext } from '../../engine/types';
import { defineRule } from '../define';
import { callDutySchema, day, isUnresponsive, learn, readDate, unknownFact } from '../common/onboarding-helpers';
import { cantRead, waiting } from './record-notices';
import { BOOKED_CALL, CALLS_NOTE, WELCOME_EMAIL } from './onboarding-defaults';
import { z } from '../../zod';

/** The step whose tick says the reminder email went out (it is a hand-ticked step off the compose). */
const REMINDER = 'OB-REMINDER-EMAIL';

/** The day (in the user's zone) the reminder email was ticked as sent, if it was. */
const reminderSentOn = (ctx: RuleContext<unknown>): string | undefined => {
  const tick = ctx.progress.items[REMINDER];
  return tick?.done ? todayIn(tick.at, ctx.settings.timeZone) : undefined;
};

/**
 * OB-CALL-SCHEDULED-DATE: "Onboarding Call Scheduled For" is filled once the call is booked. The
 * CSM books it on the assignment date (the same-day call), so an empty field warns that day. From
 * the next business day it is an error only while no reminder email has gone out (MT-CS-002's
 * remedy when the admin hasn't scheduled); after the reminder it is the admin's move: a warning
 * naming the reminder's day and the next follow-up.
 */
const scheduledParams = z.strictObject({ calls: callDutySchema(BOOKED_CALL) });

export default defineRule({
  id: 'OB-CALL-SCHEDULED-DATE',
  sop: 'MT-CS-002',
  title: 'Onboarding Call Scheduled For',
  where: ['sf.onboarding'],
  stage: 'onboarding',
  help: 'When the onboarding call is scheduled, enter the date in the "Onboarding Call Scheduled For" field of the Customer Onboarding object in SF.',
  note: `MT-CS-002: "When the onboarding call is scheduled, enter the date in the “Onboarding Call Scheduled For” field located in the Onboarding object in SF." Empty on the assignment date: warning. From the next business day: an error only while the reminder email (OB-REMINDER-EMAIL, ticked done) has not gone out — MT-CS-002: "If the admin hasn’t scheduled the onboarding call, […] please send a reminder email"; once it has, a to-do naming the reminder's day and waiting on the admin until the next follow-up (the business day after the reminder), then a warning due that day, since the booking is the admin's. ${CALLS_NOTE}`,
  order: 220,
  myDay: 'booked-call',
  defaults: { calls: BOOKED_CALL },
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
        message: duty.excepted
          ? `No onboarding call to book: ${duty.reason}. Its same-day call introduces you and gives the onboarding information (MT-CS-020). If you book one, enter its date here.`
          : `No call to book: ${duty.reason}, which runs on the Outreach sequence (MT-CS-020: meetings only "in case any meetings are required"). If you book one, enter its date here.`,
      };
    if (duty.value === null)
      return {
        state: 'info',
        message: `${todo} Core, Strategic and ${ctx.params.calls.subtypes.join('/') || 'listed'} accounts book it on the assignment date; plain Digital accounts don't have to. ${duty.needs.length ? learn(duty.needs) : `${duty.reason}: check the CS Segmentation.`}`,
      };
    const sent = readDate(ctx, 'ob.emailSentDate');
    const assignment = sent.kind === 'value' ? sent.date : ctx.value('assignmentDate');
    if (!assignment) {
      if (sent.kind === 'empty' || sent.kind === 'missing')
        return { state: 'info', message: `${todo} Its due date is unknown: "${sent.label}" (the assignment date) is ${sent.kind === 'empty' ? 'empty' : 'unreadable'}.` };
      return unknownFact(ctx, 'assignmentDate', todo);
    }
    if (ctx.today < assignment) return { state: 'todo', message: todo, due: assignment };
    const reminder = reminderSentOn(ctx);
    if (reminder) {
      // The admin has been reminded: waiting on them is not the CSM's fault. Follow up the next
      // business day after the reminder (today, once that has come). Until then the CSM has done
      // what the SOP asks (the reminder is its remedy), so it waits as a to-do; on the follow-up
      // day it is a warning due that day.
      const next = ctx.calendar.nextBusinessDay(reminder);
      const followUp = next > ctx.today ? next : ctx.calendar.businessDayOnOrAfter(ctx.today);
      return {
        state: followUp > ctx.today ? 'todo' : 'warn',
        message: `The admin hasn't booked the onboarding call yet: you sent the reminder email on ${day(reminder)}; next follow-up ${followUp === ctx.today ? 'today' : `on ${day(followUp)}`}. ${todo}`,
        due: followUp,
      };
    }
    if (ctx.today < ctx.calendar.nextBusinessDay(assignment))
      return {
        state: 'warn',
        message: `"${scheduled.label}" is empty: book the onboarding call today and enter its date (assigned ${day(assignment)}).`,
        due: assignment,
      };
    return {
      state: 'error',
      message: `"${scheduled.label}" is empty and no reminder email has gone out: if the admin hasn't scheduled the call, send the "${WELCOME_EMAIL.template}" reminder and mark that step done (MT-CS-002). Assigned ${day(assignment)}. ${todo}`,
      due: assignment,
    };
  },
});
