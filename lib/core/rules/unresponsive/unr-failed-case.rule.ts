import { failedToObDueDate, formatDate, isInstant, todayIn } from '../../dates';
import type { ItemAction, ItemDetail, Outcome, RuleContext } from '../../engine/types';
import { valueOf } from '../../profile/read';
import { FACT_NAMES } from '../../profile/schema';
import { defineRule } from '../define';
import { joinLabels } from '../generic';
import { caseOfRecordType, onCasePage } from '../common/escalation-case';
import { liveFacts, okText, paramsSchema, q, read, sameText, showDate, WAITING } from '../common/field-read';
import { manualOutcome } from '../common/manual-outcome';
import { unresponsiveLog, type UnresponsiveLog } from './unresponsive-log';
import { daysParam } from './unresponsive-shared';
import { z } from '../../zod';

const failedParams = paramsSchema(
  z.strictObject({ recordType: z.string().check(z.minLength(1)), caseType: z.string().check(z.minLength(1)), days: daysParam }),
);

type FailedParams = z.output<typeof failedParams>;

/** The creation day the 30 days count from: the case's opened time, or today on the new-case form. */
const createdOn = (ctx: RuleContext<FailedParams>): string => {
  // Only the saved Case shows "Date/Time Opened"; asking a new-case form for it would report it unreadable.
  const opened = ctx.page?.kind === 'sf.case' ? okText(read(ctx, 'case.opened')) : null;
  return opened && isInstant(opened) ? todayIn(opened, ctx.settings.timeZone) : ctx.today;
};

/**
 * Who does what once the case exists (MT-CS-020): the weekly reach-outs are the CSM's; closing
 * the case is the Team Lead's, so a CSM sees it as information, never as an open to-do of theirs.
 */
const afterCreation = (): ItemDetail[] => [
  { key: 'weekly-reach-out', state: 'todo', text: 'Your step: reach out to the customer weekly and update the case' },
  {
    key: 'lead-closes-case',
    state: 'info',
    text: "Closing the case is your Team Lead's step: if the customer is still unresponsive, inform your Lead, who closes it",
  },
];

const onCase = (ctx: RuleContext<FailedParams>): Outcome | null => {
  if (!caseOfRecordType(ctx, ctx.params.recordType)) return null;
  if (!ctx.page!.ready) return WAITING;
  const type = read(ctx, 'case.type');
  const typeText = okText(type);
  if (!typeText || !sameText(typeText, ctx.params.caseType)) {
    // A Customer Success case of another type is none of this rule's business.
    if (type.status === 'empty' && ctx.progress.branch?.value === 'unresponsive')
      return { state: 'todo', message: `Choose the type "${ctx.params.caseType}" in ${q(type.label)}.` };
    return null;
  }
  const details: ItemDetail[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  const flag = (key: string, label: string, state: 'error' | 'warn', text: string) => {
    (state === 'error' ? errors : warnings).push(label);
    details.push({ key, text, state });
  };
  for (const key of ['case.subject', 'case.description'] as const) {
    const r = read(ctx, key);
    if (r.status === 'missing') flag(key, r.label, 'warn', `Can't read ${q(r.label)} on this page`);
    else if (r.status === 'empty') flag(key, r.label, 'error', `${q(r.label)} is empty: fill it in`);
    else if (r.status === 'ok') details.push({ key, text: `${q(r.label)} is filled`, state: 'done' });
  }

  const actions: ItemAction[] = [];
  const due = read(ctx, 'case.dueDate');
  if (due.status === 'missing') flag('case.dueDate', due.label, 'warn', `Can't read ${q(due.label)} on this page`);
  else if (due.status !== 'absent') {
    const created = createdOn(ctx);
    const expected = failedToObDueDate(created);
    const typed = okText(due);
    const rule = `30 days from the case's creation (${formatDate(created)})`;
    if (typed === expected) details.push({ key: 'case.dueDate', text: `${q(due.label)} is ${formatDate(expected)}, ${rule}`, state: 'done' });
    else {
      if (due.editable) actions.push({ type: 'fill', verb: 'fill-due-date', label: `Set ${formatDate(expected)}`, field: 'case.dueDate', value: expected, mode: 'set' });
      flag('case.dueDate', due.label, 'error', typed ? `${q(due.label)} is ${showDate(typed)} but must be ${formatDate(expected)}, ${rule}` : `${q(due.label)} is empty: it must be ${formatDate(expected)}, ${rule}`);
    }
  }

  const assigned = read(ctx, 'case.assignedTo');
  const csm = valueOf(liveFacts(ctx), 'csm');
  if (assigned.status === 'missing') flag('case.assignedTo', assigned.label, 'warn', `Can't read ${q(assigned.label)} on this page`);
  else if (assigned.status === 'empty') flag('case.assignedTo', assigned.label, 'error', `${q(assigned.label)} is empty: add the CSM${csm ? ` (${csm})` : ''}`);
  else if (assigned.status === 'ok') {
    const who = okText(assigned)!;
    if (csm && !sameText(who, csm)) flag('case.assignedTo', assigned.label, 'warn', `${q(assigned.label)} is ${who} but the ${FACT_NAMES.csm} is ${csm}`);
    else details.push({ key: 'case.assignedTo', text: `${q(assigned.label)}: ${who}`, state: 'done' });
  }

  // The saved case goes on with the reach-outs (the CSM's) until the Lead closes it.
  if (ctx.page!.kind === 'sf.case') details.push(...afterCreation());
  const base = { details, actions };
  if (errors.length) return { ...base, state: 'error', message: `Fill or fix ${joinLabels(errors)}.` };
  if (warnings.length) return { ...base, state: 'warn', message: `Check ${joinLabels(warnings)}.` };
  return { ...base, state: 'done', message: `The ${ctx.params.caseType} case is complete. Reach out weekly and update the case; if the customer stays unresponsive, your Lead closes it (their step, not yours).` };
};

/**
 * UNR-FAILED-CASE: on the Customer Success / Failed to OB case, its fields; on other pages, a
 * timeline step from day 10 of the contact log, due the business day after it. Like UNR-CLOSE-OB
 * it comes due on its day whatever the log holds (a gap is UNR-DAILY-10's to flag). Closing the
 * case is the Team Lead's step: information for the CSM, never their open to-do.
 */
export default defineRule({
  id: 'UNR-FAILED-CASE',
  sop: 'MT-CS-020',
  title: 'Failed to Onboard case',
  where: ['sf.case.new', 'sf.case', 'timeline'],
  stage: 'unresponsive',
  help: 'Create a "Failed to Onboard" escalation case in SF: on the account level, in the Cases box, click "New"; select "Customer Success" and click "Next"; choose the type "Failed to OB"; fill in the subject and description; add the "Due Date" 30 days from the case creation day; add the CSM to the "Assigned to" field. Reach out to the customer weekly and update the case accordingly. If the customer is still unresponsive, inform your Lead, who will then close the case.',
  steps: [
      'Account › Cases › New › Customer Success › type Failed to OB',
      'Subject and description',
      'Due Date: 30 days from the case creation day',
      'Assigned To: the CSM',
      'Reach out weekly and update the case',
      'Still unresponsive: inform your Lead, who closes the case',
    ],
  note: 'MT-CS-020: "If the customer is still unresponsive after 10 days … Create a “Failed to Onboard ” escalation case in SF", "Add “Due Date” which must be placed 30 days from the case creation day", "Reach out to the customer weekly for the next 10 days and update the case accordingly" and "If the customer is still unresponsive, inform your Lead, who will then close the case." Shows on the case itself (new and saved) and, from day 10 of the business-day contact log, as a timeline step due the business day after it, gaps in the log or not. The weekly reach-outs are the CSM\'s; closing the case is the Team Lead\'s (information for the CSM, never their to-do).',
  order: 350,
  defaults: { recordType: 'Customer Success', caseType: 'Failed to OB', days: 10 },
  params: failedParams,
  evaluate: (ctx) => {
    if (onCasePage(ctx)) return onCase(ctx);
    const log: UnresponsiveLog | null = unresponsiveLog(ctx, ctx.params.days);
    // From day 10 of the log (or a log complete early), whatever its gaps: they never stall this step.
    if (!log || (ctx.today < log.last && !log.complete)) return null;
    const due = ctx.calendar.nextBusinessDay(log.last);
    const create = `create a "${ctx.params.recordType}" case of type "${ctx.params.caseType}" from the Account, due 30 days after creation and assigned to the CSM`;
    const outcome = manualOutcome(
      ctx,
      {
        todo:
          ctx.today >= due
            ? `The ${log.days.length}-day log ended ${formatDate(log.last)} with no answer: ${create}.`
            : `The ${log.days.length}-day log ends ${formatDate(log.last)}: if the customer is still unresponsive, on ${formatDate(due)} ${create}.`,
        done: `${ctx.params.caseType} case created (${ctx.manual?.by || 'you'}). Reach out weekly and update the case; if the customer stays unresponsive, your Lead closes it (their step, not yours).`,
      },
      due,
    );
    return outcome.state === 'done' ? { ...outcome, details: afterCreation() } : outcome;
  },
});
