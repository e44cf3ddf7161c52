import { z } from 'zod';
import { subtypesOf } from '../../classify/classify';
import { cadenceStatus, digitalCadence, type CadenceStatus } from '../../dates';
import type { ItemState } from '../../model/vocab';
import { containsAny, isComposePage, normalText } from '../email-kind';
import type { Evaluator, ItemDetail, Outcome } from '../types';
import { manualOutcome } from './manual-outcome';
import { day, learn, toggleAction, unknownFact, unreadablePart } from './onboarding-helpers';

/** Digital accounts (MT-CS-020, seed 001). Evaluators are named after their rule. */

const sequenceParams = z
  .object({
    /** The Outreach sequence for Digital accounts … */
    regular: z.string().trim().min(1),
    /** … and the one for GameDay accounts. */
    gameDay: z.string().trim().min(1),
  })
  .strict();
type SequenceParams = z.output<typeof sequenceParams>;

const sameName = (a: string, b: string) => normalText(a) === normalText(b);

/**
 * DG-SEQUENCE. On the prospect: the admin is in the sequence for this account (GameDay or not),
 * not in the other one, and was added by the assignment date. On a sequence page: is this the
 * right sequence for the account?
 */
const sequence: Evaluator<SequenceParams> = {
  params: sequenceParams,
  needs: ['subtypes'],
  evaluate: (ctx) => {
    const page = ctx.page;
    const o = page?.outreach;
    if (!page || !o || (page.kind !== 'outreach.prospect' && page.kind !== 'outreach.sequence')) return null;
    if (!page.ready) return { state: 'info', message: 'Waiting for Outreach to load…' };
    const { regular, gameDay } = ctx.params;
    if (o.unreadable.includes('sequenceNames'))
      return { state: 'warn', message: `Can't read the sequences on this page: check "${regular}" (or "${gameDay}" for GameDay) by hand.` };
    // Read blank on the Account = no subtype, so not GameDay; only never-seen is unknown.
    const subtypes = subtypesOf(ctx.facts);
    const isGameDay = subtypes?.includes('GameDay');
    const expected = subtypes ? (isGameDay ? gameDay : regular) : undefined;
    const wrong = subtypes ? (isGameDay ? regular : gameDay) : undefined;
    const which = isGameDay ? 'is a GameDay account' : 'is not a GameDay account';
    const find = (name: string) => o.sequenceNames.find((n) => sameName(n, name));

    if (page.kind === 'outreach.sequence') {
      const here = o.sequenceNames[0];
      if (!here || (!sameName(here, regular) && !sameName(here, gameDay))) return null;
      if (!expected)
        return { state: 'info', message: `GameDay accounts go in "${gameDay}", the others in "${regular}". ${learn(['subtypes'])}` };
      if (sameName(here, expected))
        return { state: 'info', message: `"${here}" is the right sequence for this account: check on the prospect that the admin is in it.` };
      return { state: 'error', message: `Wrong sequence: this account ${which}, so the admin goes in "${expected}", not "${here}".` };
    }

    if (!expected) {
      const found = find(regular) ?? find(gameDay);
      return {
        state: 'info',
        message: `${found ? `The admin is in "${found}".` : `Add the admin to "${regular}" (GameDay accounts: "${gameDay}").`} Which one depends on GameDay: ${learn(['subtypes'])}`,
      };
    }
    const right = find(expected);
    const bad = find(wrong!);
    const assignment = ctx.value('assignmentDate');
    if (bad)
      return {
        state: 'error',
        message: right
          ? `The admin is in "${bad}" as well as "${right}": this account ${which}, so remove them from "${bad}".`
          : `The admin is in "${bad}", but this account ${which}: move them to "${expected}".`,
      };
    if (!right)
      return {
        state: 'error',
        message: `Add the admin to the "${expected}" sequence${assignment ? ` (due on the assignment date, ${day(assignment)})` : ''}.`,
        ...(assignment ? { due: assignment } : {}),
      };
    const addedKey = Object.keys(o.addedOn ?? {}).find((k) => sameName(k, right));
    const added = addedKey ? o.addedOn![addedKey]!.slice(0, 10) : undefined;
    if (added && assignment && added > assignment)
      return {
        state: 'warn',
        message: `The admin was added to "${right}" on ${day(added)}, after the assignment date (${day(assignment)}): the SOP asks for the same day.`,
      };
    return { state: 'done', message: `The admin is in "${right}"${added ? ` since ${day(added)}` : ''}.` };
  },
};

const STEP_STATE: Record<CadenceStatus, ItemState> = { done: 'done', upcoming: 'todo', due: 'warn', overdue: 'error' };

/** The progress key of one cadence step: the sidebar ticks a step by logging an item event with it. */
export const cadenceStepKey = (key: string): string => `DG-CADENCE:${key}`;

/**
 * DG-CADENCE. Day 1/4/30 steps from the assignment date, each due / done / overdue.
 *
 * Per-step check-offs live in the progress log as item events whose rule ID is
 * `DG-CADENCE:<step key>` (e.g. `DG-CADENCE:follow-up-task`); each detail's `key` is that same
 * string, so the sidebar can offer a tick per line. The rule's own toggle confirms the whole
 * cadence at once (e.g. the sequence ran in Outreach). Automated steps are sent by Outreach and
 * are never overdue: they count as done once their day has come.
 */
const cadence: Evaluator<Record<string, never>> = {
  params: z.object({}).strict() as unknown as z.ZodType<Record<string, never>>,
  needs: ['assignmentDate'],
  evaluate: (ctx) => {
    const all = ctx.manual?.done === true;
    const assignment = ctx.value('assignmentDate');
    if (!assignment) {
      if (all) return manualOutcome(ctx, { todo: '' });
      return unknownFact(ctx, 'assignmentDate', 'The Day 1/4/30 steps count from the assignment date.');
    }
    const steps = digitalCadence(assignment).map((step) => {
      const key = cadenceStepKey(step.key);
      const ticked = all || ctx.progress.items[key]?.done === true;
      const status: CadenceStatus = step.automated
        ? ticked || step.date <= ctx.today
          ? 'done'
          : 'upcoming'
        : cadenceStatus(step.date, ctx.today, ticked);
      return { step, key, status };
    });
    const details: ItemDetail[] = steps.map(({ step, key, status }) => ({
      key,
      state: STEP_STATE[status],
      ...(step.automated || all ? {} : { toggle: { key, done: ctx.progress.items[key]?.done === true } }),
      text: `Day ${step.day} · ${step.title} · ${day(step.date)}${step.automated ? ' (automated)' : ''}${status === 'overdue' ? ' · overdue' : status === 'due' ? ' · due today' : ''}`,
    }));
    const label = (s: (typeof steps)[number]) => `Day ${s.step.day} ${s.step.title.toLowerCase()} (${day(s.step.date)})`;
    const overdue = steps.filter((s) => s.status === 'overdue');
    const due = steps.filter((s) => s.status === 'due');
    const next = steps.find((s) => s.status !== 'done');
    const action = toggleAction(all);
    const actions = [{ ...action, label: all ? 'Undo' : 'Mark all steps done' }];
    let outcome: Outcome;
    if (overdue.length) outcome = { state: 'error', message: `Overdue: ${overdue.map(label).join('; ')}.` };
    else if (due.length) outcome = { state: 'warn', message: `Due today: ${due.map(label).join('; ')}.` };
    else if (next) outcome = { state: 'todo', message: `Next: ${label(next)}.` };
    else outcome = { state: 'done', message: all ? `All steps done (${ctx.manual!.by || 'you'}).` : 'All Day 1/4/30 steps done.' };
    return { ...outcome, details, actions, ...(next ? { due: next.step.date } : {}) };
  },
};

const kycParams = z.object({ surveyUrl: z.url() }).strict();
type KycParams = z.output<typeof kycParams>;

/** DG-KYC-COPY: your own copy of the KYC survey, made before the onboarding call. */
const kycCopy: Evaluator<KycParams> = {
  params: kycParams,
  evaluate: (ctx) => {
    const call = ctx.value('obCallScheduledFor');
    const outcome = manualOutcome(
      ctx,
      { todo: `Make your own copy of the KYC survey${call ? ` before the onboarding call on ${day(call)}` : ''}; never edit the original.` },
      call,
    );
    return {
      ...outcome,
      actions: [...(outcome.actions ?? []), { type: 'copy', verb: 'copy-text', label: 'Copy the KYC survey link', text: ctx.params.surveyUrl }],
    };
  },
};

const supportParams = z
  .object({
    snippet: z.string().trim().min(1),
    /** The snippet counts as in the email when the body has any of these (the address, the phone). */
    doneWhenBodyContains: z.array(z.string().trim().min(1)).min(1),
  })
  .strict();
type SupportParams = z.output<typeof supportParams>;

/** DG-SUPPORT-REDIRECT: on any email, offer the Support redirect; done once it is in the body. */
const supportRedirect: Evaluator<SupportParams> = {
  params: supportParams,
  evaluate: (ctx) => {
    if (!isComposePage(ctx.page)) return null;
    const compose = ctx.page!.compose!;
    const insert = { type: 'insert', verb: 'insert-support-snippet', label: 'Insert the Support contact', text: ctx.params.snippet } as const;
    if (unreadablePart(compose, 'body'))
      return { state: 'info', message: "Can't read the email body: redirect the admin to Support if it isn't there yet.", actions: [insert] };
    if (containsAny(compose.bodyText, ctx.params.doneWhenBodyContains))
      return { state: 'done', message: `The Support contact (${ctx.params.doneWhenBodyContains[0]}) is in this email.` };
    return {
      state: 'info',
      message: `Redirect the admin to Support for immediate help: insert the Support contact (${ctx.params.doneWhenBodyContains.join(', ')}).`,
      actions: [insert],
    };
  },
};

/** Evaluators for the digital rules, keyed by the name a playbook entry's `check.evaluator` uses. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const evaluators: Record<string, Evaluator<any>> = {
  'DG-SEQUENCE': sequence,
  'DG-CADENCE': cadence,
  'DG-KYC-COPY': kycCopy,
  'DG-SUPPORT-REDIRECT': supportRedirect,
};
