import { subtypesOf } from '../../classify/classify';
import { cadenceStatus, type CadenceStatus, type CadenceStep, digitalCadence, weekdayOf } from '../../dates';
import type { ItemDetail, Outcome } from '../../engine/types';
import type { ItemState } from '../../model/vocab';
import { ticksById } from '../../progress/ticks';
import { defineRule } from '../define';
import { manualOutcome } from '../common/manual-outcome';
import { day, toggleAction, unknownFact } from '../common/onboarding-helpers';
import { z } from '../../zod';

const STEP_STATE: Record<CadenceStatus, ItemState> = { done: 'done', upcoming: 'todo', due: 'warn', overdue: 'error' };

/** The progress key of one cadence step: the sidebar ticks a step by logging an item event with it. */
export const cadenceStepKey = (key: string): string => `DG-CADENCE:${key}`;

/** " (Day 30 is Sat, Dec 26)" when the step moved off a weekend or holiday, else "". */
const moved = (step: CadenceStep, holiday: string | null): string => {
  if (step.date === step.sequenceDate) return '';
  const weekday = weekdayOf(step.sequenceDate);
  const why = holiday ?? (weekday === 6 ? 'a Saturday' : weekday === 0 ? 'a Sunday' : 'a day off');
  return ` (Day ${step.day}, ${day(step.sequenceDate)}, is ${why})`;
};

/**
 * DG-CADENCE. Day 1/4/30 steps from the assignment date, each due / done / overdue; a step whose
 * day is a weekend or holiday is due the next business day (ctx.calendar). GameDay accounts run
 * "Digital Account Adoption (GameDay) Check-In (30 Days After OB Email is Sent)": its Day-30 steps
 * only.
 *
 * Per-step check-offs live in the progress log as item events whose rule ID is
 * `DG-CADENCE:<step key>` (e.g. `DG-CADENCE:follow-up-task`); each detail's `key` is that same
 * string, so the sidebar can offer a tick per line. The rule's own toggle confirms the whole
 * cadence at once (e.g. the sequence ran in Outreach). Automated steps are sent by Outreach and
 * are never overdue: they count as done once their day has come.
 */
export default defineRule({
  id: 'DG-CADENCE',
  sop: 'MT-CS-020',
  title: 'Sequence steps: Day 1, 4 and 30',
  where: ['timeline'],
  stage: 'onboarding',
  appliesTo: { segments: ['Digital'] },
  help: 'The onboarding and adoption sequences consist of a manual initial welcome email (Day 1), a follow-up task (Day 4), an automated account adoption email (Day 30) and an adoption object update task (Day 30), counted from the day the admin is added: the assignment date. A day that falls on a weekend or holiday is due the next business day. GameDay accounts\' "Check-In (30 Days After OB Email is Sent)" sequence has the Day 30 steps only.',
  steps: [
      'Day 1: manual initial welcome email',
      'Day 4: follow-up task',
      'Day 30: automated account adoption email',
      'Day 30: adoption object update task',
    ],
  note: 'MT-CS-020: "The sequences consist of: 1 Manual Initial Welcome Email (Day 1) … 1 Follow-up Task (Day 4) … 1 Automated Account Adoption Email (Day 30) … 1 Adoption Object Update Task (Day 30)". Day N is the assignment date + N − 1 days; a day on a weekend or holiday (the playbook calendar) is due the next business day. GameDay accounts are in the "Digital Account Adoption (GameDay) Check-In (30 Days After OB Email is Sent)" sequence, which has the Day 30 steps only. Each step is ticked on its own (progress key DG-CADENCE:<step>); the automated email counts as sent on its day.',
  order: 270,
  params: z.strictObject({}) as unknown as z.ZodMiniType<Record<string, never>>,
  needs: ['assignmentDate', 'subtypes'],
  evaluate: (ctx) => {
    const all = ctx.manual?.done === true;
    const assignment = ctx.value('assignmentDate');
    if (!assignment) {
      if (all) return manualOutcome(ctx, { todo: '' });
      return unknownFact(ctx, 'assignmentDate', 'The Day 1/4/30 steps count from the assignment date.');
    }
    // Read blank on the Account = no subtype, so not GameDay; only never-seen is unknown.
    const subtypes = subtypesOf(ctx.facts);
    if (!subtypes) {
      if (all) return manualOutcome(ctx, { todo: '' });
      return unknownFact(ctx, 'subtypes', 'GameDay accounts run the Day 30 steps only; the others Day 1, 4 and 30.');
    }
    const gameDay = subtypes.includes('GameDay');
    // A Map, not the progress record: each account's record has its own keys, and looking absent
    // step keys up in it took V8's slow path for every Digital account of the audit.
    const ticks = ticksById(ctx.progress);
    const steps = digitalCadence(assignment, ctx.calendar, gameDay ? 'gameDay' : 'regular').map((step) => {
      const key = cadenceStepKey(step.key);
      const ticked = all || ticks.get(key)?.done === true;
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
      ...(step.automated || all ? {} : { toggle: { key, done: ticks.get(key)?.done === true } }),
      text: `Day ${step.day} · ${step.title} · ${day(step.date)}${moved(step, ctx.calendar.holidayOn(step.sequenceDate))}${step.automated ? ' (automated)' : ''}${status === 'overdue' ? ' · overdue' : status === 'due' ? ' · due today' : ''}`,
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
    else outcome = { state: 'done', message: all ? `All steps done (${ctx.manual!.by || 'you'}).` : gameDay ? 'All Day 30 steps done.' : 'All Day 1/4/30 steps done.' };
    return { ...outcome, details, actions, ...(next ? { due: next.step.date } : {}) };
  },
});
