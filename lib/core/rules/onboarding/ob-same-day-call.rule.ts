import { owesCalls, subtypesOf } from '../../classify/classify';
import { FACT_NAMES } from '../../profile/schema';
import { defineRule } from '../define';
import { manualOutcome } from '../common/manual-outcome';
import { callDutySchema, day, isUnresponsive, learn, theAdmin, toggleAction, unknownFact } from '../common/onboarding-helpers';
import { CALLS_NOTE, SAME_DAY_CALL } from './onboarding-defaults';
import { z } from '../../zod';

const sameDayParams = z.strictObject({ calls: callDutySchema(SAME_DAY_CALL) });

/**
 * OB-SAME-DAY-CALL: phone the admin on the assignment date; overdue from the next day. A booked
 * (or held) onboarding call proves the call happened, so it counts as done without a tick.
 * Core/Strategic (MT-CS-002), SMB (MT-CS-007, through MT-CS-002's process) and GameDay accounts
 * (MT-CS-020, to give the onboarding information): a plain Digital account runs on the Outreach
 * sequence, and an Unresponsive one on the 10-day log.
 */
export default defineRule({
  id: 'OB-SAME-DAY-CALL',
  sop: 'MT-CS-002',
  title: 'Same-day call to the admin',
  where: ['any'],
  stage: 'onboarding',
  help: 'Once the account is assigned to you, reach out by phone on the same day to introduce yourself and schedule the onboarding call.',
  note: `Counts as done without a tick once "Onboarding Call Scheduled For" (or the completed date) is filled: the call it asks for has been booked. ${CALLS_NOTE}`,
  order: 160,
  defaults: { calls: SAME_DAY_CALL },
  params: sameDayParams,
  needs: ['assignmentDate', 'segmentation', 'subtypes'],
  evaluate: (ctx) => {
    const bookedKey = ctx.value('obCallScheduledFor') ? 'obCallScheduledFor' : 'obCallCompletedDate';
    const booked = ctx.value(bookedKey);
    if (!ctx.manual?.done && booked)
      return { state: 'done', message: `The onboarding call is booked (${FACT_NAMES[bookedKey]} ${day(booked)}).` };
    const assignment = ctx.value('assignmentDate');
    // MT-CS-020's GameDay call gives the onboarding information; there is no onboarding call to book.
    const gameDay = subtypesOf(ctx.facts)?.includes('GameDay') === true;
    const todo = gameDay
      ? `Phone ${theAdmin(ctx)} the day you are assigned: introduce yourself and give the onboarding information they will need (GameDay account).`
      : `Phone ${theAdmin(ctx)} the day you are assigned: introduce yourself and schedule the onboarding call.`;
    if (!ctx.manual?.done) {
      if (isUnresponsive(ctx))
        return { state: 'info', message: 'The account is Unresponsive: the 10-day email-and-call log replaces the same-day call.', actions: [toggleAction(false)] };
      const duty = owesCalls(ctx.facts, ctx.params.calls);
      if (duty.value === false)
        return {
          state: 'na',
          message: `No same-day call: ${duty.reason}. The admin goes in the Outreach sequence on the assignment date; meetings only "in case any meetings are required" (MT-CS-020).`,
          actions: [toggleAction(false)],
        };
      if (duty.value === null)
        return {
          state: 'info',
          message: `Core, Strategic and ${ctx.params.calls.subtypes.join('/') || 'listed'} accounts get a same-day call; plain Digital accounts run on the Outreach sequence. ${duty.needs.length ? learn(duty.needs) : `${duty.reason}: check the CS Segmentation.`}`,
          actions: [toggleAction(false)],
        };
    }
    if (!assignment && !ctx.manual?.done) return { ...unknownFact(ctx, 'assignmentDate', todo), actions: [toggleAction(false)] };
    return manualOutcome(ctx, { todo: assignment ? `${todo} Assigned on ${day(assignment)}.` : todo }, assignment);
  },
});
