import { z } from 'zod';
import { owesCalls, subtypesOf } from '../../classify/classify';
import { isFieldKey, type FieldKey } from '../../facts/fields';
import { FACT_NAMES } from '../../profile/schema';
import type { Evaluator, ItemDetail, Outcome, RuleContext } from '../types';
import { isEmptyValue } from './generic';
import { manualOutcome } from './manual-outcome';
import { callCompletedDate, callScheduledDate } from './onboarding-dates';
import { recapEmail, reminderEmail } from './onboarding-emails';
import { andList, callDutySchema, day, isUnresponsive, learn, theAdmin, toggleAction, unknownFact } from './onboarding-helpers';
import { rosters } from './onboarding-rosters';

/** Onboarding (MT-CS-002 via seed 000, MT-CS-020, MT-CS-007). Evaluators are named after their rule. */

const noParams = z.object({}).strict();
type NoParams = z.output<typeof noParams>;

/** " (call on Dec 3, 2026)" — prep steps are due by the onboarding call when it is booked. */
const byTheCall = (ctx: RuleContext<unknown>): { due?: string; when: string } => {
  const call = ctx.value('obCallScheduledFor');
  return call ? { due: call, when: ` before the onboarding call on ${day(call)}` } : { when: ' before the onboarding call' };
};

const sameDayParams = z.object({ calls: callDutySchema }).strict();
type SameDayParams = z.output<typeof sameDayParams>;

/**
 * OB-SAME-DAY-CALL: phone the admin on the assignment date; overdue from the next day. A booked
 * (or held) onboarding call proves the call happened, so it counts as done without a tick.
 * Core/Strategic (MT-CS-002) and GameDay accounts (MT-CS-020) only: a plain Digital account runs
 * on the Outreach sequence, and an Unresponsive one on the 10-day log.
 */
const sameDayCall: Evaluator<SameDayParams> = {
  params: sameDayParams,
  needs: ['assignmentDate', 'segmentation', 'subtypes'],
  evaluate: (ctx) => {
    const bookedKey = ctx.value('obCallScheduledFor') ? 'obCallScheduledFor' : 'obCallCompletedDate';
    const booked = ctx.value(bookedKey);
    if (!ctx.manual?.done && booked)
      return { state: 'done', message: `The onboarding call is booked (${FACT_NAMES[bookedKey]} ${day(booked)}).` };
    const assignment = ctx.value('assignmentDate');
    const todo = `Phone ${theAdmin(ctx)} the day you are assigned: introduce yourself and schedule the onboarding call.`;
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
          message: `Core, Strategic and ${ctx.params.calls.subtypes.join('/') || 'listed'} accounts get a same-day call; plain Digital accounts run on the Outreach sequence. ${learn(duty.needs)}`,
          actions: [toggleAction(false)],
        };
    }
    if (!assignment && !ctx.manual?.done) return { ...unknownFact(ctx, 'assignmentDate', todo), actions: [toggleAction(false)] };
    return manualOutcome(ctx, { todo: assignment ? `${todo} Assigned on ${day(assignment)}.` : todo }, assignment);
  },
};

/** OB-PREP-REVIEW: contract, Additional Notes, Discovery Notes, website; due by the call. */
const prepReview: Evaluator<NoParams> = {
  params: noParams,
  evaluate: (ctx) => {
    const { due, when } = byTheCall(ctx);
    return manualOutcome(
      ctx,
      { todo: `Review the contract, the Additional Notes, the Discovery Notes and the website${when}.` },
      due,
    );
  },
};

const fieldKey = z.string().refine(isFieldKey, { message: 'unknown field key' }) as unknown as z.ZodType<FieldKey>;

const rsmDiscoveryParams = z
  .object({
    /** The Opportunity's Discovery Notes a Digital CSM checks before asking CS Ops. */
    discoveryFields: z.array(fieldKey).min(1),
    meetingMinutes: z.number().int().positive().default(15),
  })
  .strict();
type RsmDiscoveryParams = z.output<typeof rsmDiscoveryParams>;

/** Digital, on the Opportunity: are the Discovery Notes there, or must CS Ops be asked? */
const discoveryNotesCheck = (ctx: RuleContext<RsmDiscoveryParams>): Outcome => {
  if (!ctx.page!.ready) return { state: 'info', message: 'Waiting for the record to load…' };
  const details: ItemDetail[] = [];
  const empty: string[] = [];
  const unreadable: string[] = [];
  for (const key of ctx.params.discoveryFields) {
    const read = ctx.field(key);
    if (!read) continue;
    if (read.status === 'missing') {
      unreadable.push(`"${read.label}"`);
      details.push({ key, state: 'warn', text: `Can't read "${read.label}" on this page` });
    } else if (isEmptyValue(read.value)) {
      empty.push(`"${read.label}"`);
      details.push({ key, state: 'warn', text: `${read.label} is empty` });
    } else {
      details.push({ key, state: 'done', text: `${read.label} is filled` });
    }
  }
  if (empty.length) {
    if (ctx.manual?.done)
      return { state: 'done', message: `Asked CS Ops about the Discovery Notes (${andList(empty)} empty).`, details, actions: [toggleAction(true)] };
    return {
      state: 'warn',
      message: `The Discovery Notes are lacking (${andList(empty)} empty): ask CS Ops to open a context discussion with the RSM and leadership, then mark this done.`,
      details,
      actions: [toggleAction(false)],
    };
  }
  if (unreadable.length)
    return { state: 'warn', message: `Can't read ${andList(unreadable)}: check the Discovery Notes by hand.`, details };
  return { state: 'done', message: 'The Discovery Notes are filled: no context discussion with the RSM needed.', details };
};

/**
 * OB-RSM-DISCOVERY. Core/Strategic (seed 000): a Discovery Meeting with the RSM before the call.
 * Digital (seed 001): only when the Opportunity's Discovery Notes are lacking, ask CS Ops.
 */
const rsmDiscovery: Evaluator<RsmDiscoveryParams> = {
  params: rsmDiscoveryParams,
  needs: ['segmentation'],
  evaluate: (ctx) => {
    const segment = ctx.value('segmentation');
    if (!segment)
      return unknownFact(ctx, 'segmentation', 'Core and Strategic CSMs meet the RSM; Digital CSMs ask CS Ops only when the Discovery Notes are lacking.');
    if (segment === 'Digital') {
      if (ctx.page?.kind === 'sf.opportunity') return discoveryNotesCheck(ctx);
      if (ctx.manual?.done) return manualOutcome(ctx, { todo: '', done: `Asked CS Ops about the Discovery Notes (${ctx.manual.by || 'you'}).` });
      return {
        state: 'info',
        message: 'Only if the Discovery Notes are lacking: ask CS Ops to open a context discussion with the RSM. Open the Salesforce Opportunity to check them.',
        actions: [toggleAction(false)],
      };
    }
    const rsm = ctx.value('rsm');
    const { due, when } = byTheCall(ctx);
    return manualOutcome(
      ctx,
      {
        todo: `Schedule and hold a ${ctx.params.meetingMinutes}-minute Discovery Meeting with the RSM${rsm ? ` (${rsm})` : ''}${when}; confirm the industry and number of employees.`,
      },
      due,
    );
  },
};

const presentationParams = z
  .object({
    templatesFolder: z.string().min(1),
    smbPresentation: z.object({ name: z.string().min(1), url: z.url() }).strict(),
  })
  .strict();
type PresentationParams = z.output<typeof presentationParams>;

/** OB-PRESENTATION: slides from the templates folder; SMB accounts use the SMB presentation. */
const presentation: Evaluator<PresentationParams> = {
  params: presentationParams,
  needs: ['subtypes'],
  evaluate: (ctx) => {
    const { due, when } = byTheCall(ctx);
    const { templatesFolder, smbPresentation } = ctx.params;
    const subtypes = subtypesOf(ctx.facts);
    const copy = { type: 'copy', verb: 'copy-text', label: `Copy the ${smbPresentation.name} link`, text: smbPresentation.url } as const;
    if (!subtypes && !ctx.manual?.done)
      return {
        ...unknownFact(
          ctx,
          'subtypes',
          `Prepare the onboarding slides${when} from the ${templatesFolder} folder (SMB accounts: the ${smbPresentation.name} presentation).`,
        ),
        actions: [toggleAction(false)],
      };
    const smb = subtypes?.includes('SMB');
    const outcome = manualOutcome(
      ctx,
      {
        todo: smb
          ? `Prepare the onboarding slides${when} from the ${smbPresentation.name} presentation (SMB account).`
          : `Prepare the onboarding slides${when} from a template in the ${templatesFolder} folder.`,
      },
      due,
    );
    return smb ? { ...outcome, actions: [...(outcome.actions ?? []), copy] } : outcome;
  },
};

/** Evaluators for the onboarding rules, keyed by the name a playbook entry's `check.evaluator` uses. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const evaluators: Record<string, Evaluator<any>> = {
  'OB-SAME-DAY-CALL': sameDayCall,
  'OB-REMINDER-EMAIL': reminderEmail,
  'OB-ROSTERS': rosters,
  'OB-PREP-REVIEW': prepReview,
  'OB-RSM-DISCOVERY': rsmDiscovery,
  'OB-PRESENTATION': presentation,
  'OB-CALL-SCHEDULED-DATE': callScheduledDate,
  'OB-CALL-COMPLETED-DATE': callCompletedDate,
  'OB-RECAP-EMAIL': recapEmail,
};
