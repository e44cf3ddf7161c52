import { escalationCallDeadline, formatDate, formatInstant, instantMs, isInstant, todayIn, withinHours } from '../../dates';
import { defineRule } from '../define';
import { caseOfRecordType, isCancellation } from '../common/escalation-case';
import { okText, paramsSchema, q, read, WAITING } from '../common/field-read';
import { CANCELLATION, ESCALATIONS } from './escalation-defaults';
import { cancellation, recordType } from './escalation-shared';
import { z } from '../../zod';

const callParams = paramsSchema(z.strictObject({ recordType, cancellation }));

/**
 * ESC-CALL-24H: the 24 hours are for booking the call. "Call Scheduled For" empty: a to-do until
 * 24 elapsed hours after the case's creation, then an error. Once filled, the call itself falls
 * when the customer can make it: within the 24 hours, on the day they end, or on the first business
 * day after a weekend end (a Friday case's Monday call), it is done; later, a warning, never an error.
 * Both date-times are instants read on the CSM's clock, and compared as days in the CSM's zone.
 */
export default defineRule({
  id: 'ESC-CALL-24H',
  sop: 'MT-CS-020',
  title: 'Call scheduled within 24 hours',
  where: ['sf.case'],
  stage: 'escalation',
  help: 'Schedule a call between the client and the lead (CSM) within 24 hours: contact the customer and schedule a meeting between the client and/or the CSM lead. If the escalation is a cancellation request, the CSM TL contacts the customer directly. Once the call is scheduled, the CSM / CSM Lead enters the date in the Call Scheduled For field.',
  note: 'MT-CS-020 (Cancellation Requests, via MT-CS-005): "Schedule a call between client and lead (CSM) within 24 hours" and "Once the call has been scheduled, the CSM / CSM Lead will need to enter the date for the Call Scheduled For field". The 24 hours (elapsed, from the case\'s creation) are for contacting the customer and booking the call: "Call Scheduled For" still empty after them is an error. The call itself falls when the customer is available: a call within the 24 hours, on the day they end, or on the first business day after that day when it is not one (a Friday case\'s Monday call), is done; a later one is a warning, never an error. Days are the CSM\'s (settings time zone), never the UTC date.',
  order: 400,
  defaults: { recordType: ESCALATIONS, cancellation: CANCELLATION },
  params: callParams,
  evaluate: (ctx) => {
    if (!caseOfRecordType(ctx, ctx.params.recordType)) return null;
    const scheduled = read(ctx, 'case.callScheduledFor');
    if (scheduled.status === 'absent') return null;
    if (!ctx.page!.ready) return WAITING;
    const zone = ctx.settings.timeZone;
    const tl = isCancellation(ctx, ctx.params.cancellation) ? ' This is a cancellation request: the CSM TL contacts the customer.' : '';
    const opened = read(ctx, 'case.opened');
    const openedAt = okText(opened);
    if (opened.status === 'missing' || scheduled.status === 'missing') {
      const label = opened.status === 'missing' ? opened.label : (scheduled as { label: string }).label;
      return { state: 'warn', message: `Can't read ${q(label)} on this page: check the label in settings.` };
    }
    if (!openedAt || !isInstant(openedAt))
      return { state: 'info', message: `The 24 hours count from the case's creation, which this page does not show.${tl}` };
    const deadline = escalationCallDeadline(openedAt);
    const by = formatInstant(deadline, zone);
    const when = okText(scheduled);
    if (!when) {
      return instantMs(ctx.now) > instantMs(deadline)
        ? { state: 'error', due: deadline, message: `${q(scheduled.label)} is empty and the 24 hours since the case was created ran out ${by}.${tl}` }
        : { state: 'todo', due: deadline, message: `Contact the customer, book the call with the client and the CSM lead, and enter ${q(scheduled.label)} by ${by}.${tl}` };
    }
    if (!isInstant(when)) return { state: 'warn', message: `Can't read ${q(scheduled.label)} "${when}" as a date and time.` };
    const call = formatInstant(when, zone);
    if (instantMs(when) < instantMs(openedAt))
      return { state: 'warn', message: `${q(scheduled.label)} ${call} is before the case was created (${formatInstant(openedAt, zone)}).` };
    if (withinHours(openedAt, when, 24))
      return { state: 'done', message: `${q(scheduled.label)} ${call} is within 24 hours of the case's creation.${tl}` };
    // The customer's availability sets the day: the day the 24 hours end, or the first business
    // day after them when they end on a weekend, is as good as the 24 hours themselves.
    const endDay = todayIn(deadline, zone);
    const firstDay = ctx.calendar.businessDayOnOrAfter(endDay);
    const callDay = todayIn(when, zone);
    if (callDay === endDay)
      return { state: 'done', message: `${q(scheduled.label)} ${call} is on the day the 24 hours since the case was created end (${by}).${tl}` };
    if (callDay <= firstDay)
      return {
        state: 'done',
        message: `${q(scheduled.label)} ${call} is on the first business day after the 24 hours since the case was created end (${by}).${tl}`,
      };
    return {
      state: 'warn',
      message: `${q(scheduled.label)} ${call} is after ${formatDate(firstDay)}, the first business day once the 24 hours since the case was created end (${by}): offer the customer an earlier call if they can make one.${tl}`,
    };
  },
});
