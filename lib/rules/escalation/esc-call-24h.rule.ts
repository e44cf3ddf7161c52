import { escalationCallDeadline, formatInstant, instantMs, isInstant, withinHours } from '../../dates';
import type { Evaluator } from '../../engine/types';
import { defineRule } from '../define';
import { caseOfRecordType, isCancellation } from '../shared/escalation-case';
import { okText, paramsSchema, q, read, WAITING } from '../shared/field-read';
import { CANCELLATION, ESCALATIONS } from './escalation-defaults';
import { cancellation, recordType } from './escalation-shared';
import { z } from 'zod';

const callParams = paramsSchema(z.object({ recordType, cancellation }).strict());

/** ESC-CALL-24H: "Call Scheduled For" within 24 elapsed hours of the case's creation. */
export default defineRule({
  id: 'ESC-CALL-24H',
  sop: 'MT-CS-020',
  title: 'Call scheduled within 24 hours',
  where: ['sf.case'],
  stage: 'escalation',
  help: 'Schedule a call between the client and the lead (CSM) within 24 hours: contact the customer and schedule a meeting between the client and/or the CSM lead. If the escalation is a cancellation request, the CSM TL contacts the customer directly. Once the call is scheduled, the CSM / CSM Lead enters the date in the Call Scheduled For field.',
  note: '24 elapsed hours from the case\'s creation; the scheduled call itself must fall inside them.',
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
        : { state: 'warn', due: deadline, message: `Schedule the call with the client and the CSM lead, and enter ${q(scheduled.label)}, by ${by}.${tl}` };
    }
    if (!isInstant(when)) return { state: 'warn', message: `Can't read ${q(scheduled.label)} "${when}" as a date and time.` };
    if (withinHours(openedAt, when, 24))
      return { state: 'done', message: `${q(scheduled.label)} ${formatInstant(when, zone)} is within 24 hours of the case's creation.${tl}` };
    return instantMs(when) < instantMs(openedAt)
      ? { state: 'warn', message: `${q(scheduled.label)} ${formatInstant(when, zone)} is before the case was created (${formatInstant(openedAt, zone)}).` }
      : { state: 'error', message: `${q(scheduled.label)} ${formatInstant(when, zone)} is later than 24 hours after the case was created (by ${by}).${tl}` };
  },
});
