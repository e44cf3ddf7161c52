import { formatInstant, isInstant } from '../../dates';
import type { ItemDetail } from '../../engine/types';
import { defineRule } from '../define';
import { caseOfRecordType } from '../common/escalation-case';
import { equalsAny, okText, paramsSchema, q, read, showDate, WAITING } from '../common/field-read';
import { ESCALATIONS } from './escalation-defaults';
import { z } from '../../zod';

const workParams = paramsSchema(
  z.strictObject({
    recordType: z.string().check(z.minLength(1)),
    /** Status values meaning the resolution waits for Accounting. */
    waitingApproval: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
    /** Status values meaning Accounting approved or denied it. */
    decided: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  }),
);

/** Who does a stage: the seed names a role for each ("In each step of the case you will see the role"). */
type Who = 'csm' | 'lead' | 'accounting';

/** How a CSM is told a stage is someone else's. */
const WHO_DOES: Record<Exclude<Who, 'csm'>, string> = { lead: 'your Team Lead does this', accounting: 'Accounting does this' };

const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const toggle = (done: boolean) => ({ type: 'toggle-done', verb: 'toggle-done', label: done ? 'Undo' : 'Mark done' }) as const;

/**
 * ESC-WORK-CASE: the case's stages as a checklist. The page shows how far the case got (call
 * scheduled, call completed, status); what happens after Accounting decides (renegotiation in the
 * finance meeting, disabling the LMS account once finance confirms) is ticked by hand. Done when
 * ticked, or when the call is completed and Accounting has decided. Only booking the call is the
 * CSM's to-do; the Team Lead's and Accounting's stages are information naming who does them, and
 * the tick stays, so the lead's audit still counts the case.
 */
export default defineRule({
  id: 'ESC-WORK-CASE',
  sop: 'MT-CS-020',
  title: 'Work the escalation case',
  where: ['sf.case'],
  stage: 'escalation',
  role: 'lead',
  help: 'Once the case is created, the CSM and CSM Lead work it in the case\'s Details tab; each step shows the role that fills its fields.',
  steps: [
      'Schedule a call between client and lead within 24 hours; enter Call Scheduled For',
      'After the call, the CSM Lead enters the Call Completed Date and the Resolution Offered (read on the case page)',
      'The Escalation Status is updated to Waiting Approval; after 10 unanswered attempts the CSM TL selects "can\'t reach client (send final)" and saves',
      'Accounting approves or denies the resolution offer (status approved / denied)',
      'If the customer does not accept, the CSM TL renegotiates in the weekly finance meeting; if cancellation is inevitable, update the notes requesting to send the final',
      'Wait for finance confirmation before disabling the account in the LMS',
    ],
  note: 'MT-CS-020 (Cancellation Requests, via MT-CS-005): "In each step of the case you will see the role that is required to fill out the blank fields." — "Once the call has been scheduled, the CSM / CSM Lead will need to enter the date for the Call Scheduled For field"; "After the client call, the CSM Lead will need to enter the Call Completed Date,"; "Also, CSM Lead will enter the Resolution Offered discussed among client and CSM Lead + CSM" (its field is read on the case page and shown done or missing, so the audit sees it); "The Accounting Department will be the one to deny or approve the resolution offer." Only booking the call is a CSM\'s to-do; the later stages show as information naming who does them (your Team Lead, Accounting), never as the CSM\'s open step. Done when ticked, or when the Call Completed Date is set, the Resolution Offered is filled (when the page shows it) and the status shows Accounting\'s decision; the status values are params.',
  order: 410,
  defaults: { recordType: ESCALATIONS, waitingApproval: ['Waiting Approval'], decided: ['Approved', 'Approve', 'Denied'] },
  params: workParams,
  evaluate: (ctx) => {
    if (!caseOfRecordType(ctx, ctx.params.recordType)) return null;
    if (!ctx.page!.ready) return WAITING;
    const scheduled = read(ctx, 'case.callScheduledFor');
    const completed = read(ctx, 'case.callCompletedDate');
    const resolution = read(ctx, 'case.resolutionOffered');
    const status = read(ctx, 'case.status');
    const statusText = okText(status);
    const waiting = equalsAny(statusText, ctx.params.waitingApproval);
    const decided = equalsAny(statusText, ctx.params.decided);
    const when = okText(scheduled);
    const completedOn = okText(completed);
    const resolutionText = okText(resolution);
    const label = (r: typeof status, fallback: string) => (r.status === 'absent' ? fallback : q(r.label));

    // Who does each stage, in the seed's words: only scheduling the call is the CSM's ("the CSM /
    // CSM Lead"); the rest a CSM sees as information about who does it, never as their to-do.
    const stages: Array<{ key: string; done: boolean; who: Who; todo: string; doneText: string }> = [
      {
        key: 'call-scheduled',
        done: when !== null,
        who: 'csm',
        todo: `Schedule a call between the client and the CSM lead within 24 hours; enter ${label(scheduled, 'the call date')}`,
        doneText: `Call scheduled: ${when && isInstant(when) ? formatInstant(when, ctx.settings.timeZone) : when}`,
      },
      {
        key: 'call-completed',
        done: completedOn !== null,
        who: 'lead',
        todo: `After the call, the CSM lead enters ${label(completed, 'the call completed date')}`,
        doneText: `Call completed: ${completedOn ? showDate(completedOn) : ''}`,
      },
      {
        // The lead's field, read on the case page: done or missing, so the audit sees it.
        key: 'resolution-offered',
        done: resolutionText !== null,
        who: 'lead',
        todo: completedOn
          ? `${label(resolution, 'Resolution Offered')} is empty: the CSM lead enters the resolution discussed with the client`
          : `After the call, the CSM lead enters ${label(resolution, 'Resolution Offered')}`,
        doneText: `${label(resolution, 'Resolution Offered')}: ${resolutionText ?? ''}`,
      },
      {
        key: 'waiting-approval',
        done: waiting || decided,
        who: 'lead',
        todo: `${label(status, 'The status')} goes to ${ctx.params.waitingApproval[0]} (after 10 unanswered attempts, the CSM TL marks that the client can't be reached and saves)`,
        doneText: `${label(status, 'Status')}: ${statusText}`,
      },
      {
        key: 'accounting',
        done: decided,
        who: 'accounting',
        todo: 'Accounting approves or denies the resolution offered',
        doneText: `Accounting decided: ${statusText}`,
      },
    ];
    const ticked = ctx.manual?.done === true;
    const open = (who: Who, text: string) => (who === 'csm' ? text : `${text} (${WHO_DOES[who]})`);
    const details: ItemDetail[] = [
      ...stages.map((s) => ({
        key: s.key,
        text: s.done ? s.doneText : open(s.who, s.todo),
        state: s.done ? ('done' as const) : s.who === 'csm' ? ('todo' as const) : ('info' as const),
      })),
      {
        key: 'follow-up',
        text: ticked
          ? `Follow-up finished (${ctx.manual!.by || 'you'})`
          : open('lead', 'If the customer declines, the CSM TL renegotiates in the weekly finance meeting; disable the LMS account only after finance confirms'),
        state: ticked ? 'done' : 'info',
      },
    ];
    if (ticked) return { state: 'done', message: `Case worked to the end (${ctx.manual!.by || 'you'}).`, details, actions: [toggle(true)] };
    // A Resolution Offered field the page shows empty holds the case open for the audit; a layout without it does not.
    const resolutionHeld = resolution.status === 'empty' || (resolution.status === 'ok' && resolutionText === null);
    if (completedOn && decided && !resolutionHeld)
      return {
        state: 'done',
        message: `Call completed and Accounting decided (${statusText}). If the customer declines, the CSM TL renegotiates in the weekly finance meeting; disable the LMS account only after finance confirms.`,
        details,
        actions: [toggle(false)],
      };
    const next = stages.find((s) => !s.done);
    if (next?.who === 'csm') return { state: 'todo', message: `Next: ${next.todo}.`, details, actions: [toggle(false)] };
    // The case is in the Team Lead's or Accounting's hands: kept ticked for the lead's audit, never the CSM's to-do.
    const [who, step] = next ? [next.who as Exclude<Who, 'csm'>, next.todo] : (['lead', 'the follow-up after Accounting decides'] as const);
    return { state: 'info', message: `Next: ${step}. ${capitalized(WHO_DOES[who])}.`, details, actions: [toggle(false)] };
  },
});
