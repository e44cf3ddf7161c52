import { z } from 'zod';
import { failedToObDueDate, formatDate, isInstant, nextBusinessDay, todayIn, type ContactDay } from '../../dates';
import { valueOf } from '../../profile/read';
import { FACT_NAMES } from '../../profile/schema';
import { learnHint } from '../learn-hint';
import type { Evaluator, ItemAction, ItemDetail, Outcome, RuleContext } from '../types';
import { labelOf, liveFacts, okText, paramsSchema, q, read, sameText, showDate, WAITING } from './account-creation-read';
import { joinLabels } from './generic';
import { manualOutcome } from './manual-outcome';
import { caseOfRecordType, onCasePage } from './escalation-case';
import { NOT_UNRESPONSIVE, unresponsiveLog, type UnresponsiveLog } from './unresponsive-log';

const daysParam = z.number().int().min(1).max(30).default(10);

const DAY_STATE: Record<ContactDay['state'], ItemDetail['state']> = {
  done: 'done',
  today: 'warn',
  upcoming: 'todo',
  partial: 'error',
  missed: 'error',
};

const missingChannels = (day: ContactDay): string =>
  [day.email ? '' : 'email', day.call ? '' : 'call'].filter(Boolean).join(' and ');

const dailyParams = paramsSchema(z.object({ days: daysParam }).strict());

/** UNR-DAILY-10: one line per business day (email + call), today highlighted, gaps named by date. */
const daily10: Evaluator<z.output<typeof dailyParams>> = {
  params: dailyParams,
  evaluate: (ctx) => {
    const log = unresponsiveLog(ctx, ctx.params.days);
    if (!log) return { state: 'na', message: NOT_UNRESPONSIVE };
    const n = log.days.length;
    const details: ItemDetail[] = log.days.map((day, i) => ({
      key: day.date,
      state: DAY_STATE[day.state],
      text: `${day.date === ctx.today ? 'Today, ' : ''}day ${i + 1} of ${n}, ${formatDate(day.date)}: email ${day.email ? 'logged' : 'not logged'}, call ${day.call ? 'logged' : 'not logged'}`,
    }));
    const index = log.days.findIndex((day) => day.date === ctx.today);
    const today = log.days[index];
    // `done` on a log-contact action is the value to record, so a second click undoes a slip.
    const actions: ItemAction[] = today
      ? [
          { type: 'log-contact', verb: 'log-contact', label: today.email ? "Undo today's email" : "Log today's email", day: today.date, channel: 'email', done: !today.email },
          { type: 'log-contact', verb: 'log-contact', label: today.call ? "Undo today's call" : "Log today's call", day: today.date, channel: 'call', done: !today.call },
        ]
      : [];
    const base = { details, actions };
    if (log.gaps.length) {
      const named = log.days
        .filter((day) => log.gaps.includes(day.date))
        .map((day) => `${formatDate(day.date)} (no ${missingChannels(day)})`);
      return {
        ...base,
        state: 'error',
        message: `Missing contact on ${named.join(', ')}: the notes must prove the ${n}-business-day follow-up, so log every email and call.`,
      };
    }
    if (log.complete)
      return {
        ...base,
        state: 'done',
        message: `All ${n} days logged (${formatDate(log.days[0]!.date)} to ${formatDate(log.last)}). If the customer is still unresponsive: close the onboarding and create the Failed to OB case.`,
      };
    if (today && today.state === 'today')
      return {
        ...base,
        state: 'warn',
        due: today.date,
        message: `Today is day ${index + 1} of ${n}: ${today.email || today.call ? `the ${missingChannels(today)} is not logged yet` : 'email and call the customer, then log both'}.`,
      };
    const next = log.days.find((day) => day.state === 'upcoming');
    return {
      ...base,
      state: 'todo',
      ...(next ? { due: next.date } : {}),
      message: next ? `Next contact: ${formatDate(next.date)} (day ${log.days.indexOf(next) + 1} of ${n}), by email and phone.` : 'Log each day by email and phone.',
    };
  },
};

const closeParams = paramsSchema(z.object({ days: daysParam }).strict());

/** UNR-CLOSE-OB: once the log is complete without an answer, "Onboarding completed" is checked. */
const closeOnboarding: Evaluator<z.output<typeof closeParams>> = {
  params: closeParams,
  needs: ['onboardingCompleted'],
  evaluate: (ctx) => {
    const log = unresponsiveLog(ctx, ctx.params.days);
    if (!log) return { state: 'na', message: NOT_UNRESPONSIVE };
    if (ctx.page && !ctx.page.ready) return WAITING;
    const field = read(ctx, 'ob.completed');
    if (field.status === 'missing') return { state: 'warn', message: `Can't read ${q(field.label)} on this page: check the label in settings.` };
    const label = labelOf(field, FACT_NAMES.onboardingCompleted);
    // Off the record, the profile remembers the box.
    const completed = field.status === 'absent' ? valueOf(liveFacts(ctx), 'onboardingCompleted') : field.status === 'ok' && field.value === true;
    if (completed === undefined) return { state: 'info', message: `Can't tell whether ${q(label)} is checked. ${learnHint(['onboardingCompleted'])}` };
    const rsm = valueOf(liveFacts(ctx), 'rsm');
    const loopIn = `loop in the RSM${rsm ? ` (${rsm})` : ''} so they can help reach the customer`;
    if (log.complete) {
      const due = nextBusinessDay(log.last);
      return completed
        ? { state: 'done', message: `${q(label)} is checked. Make sure the notes prove the 10 business days of follow-up, and ${loopIn}.` }
        : { state: 'error', due, message: `The ${log.days.length}-day log ended ${formatDate(log.last)} with no answer: enter the notes on the Customer Onboarding record, check ${q(label)}, and ${loopIn}.` };
    }
    if (completed)
      return {
        state: 'warn',
        message: `${q(label)} is checked but the ${log.days.length}-day contact log is not complete${log.gaps.length ? ` (${log.gaps.length} day${log.gaps.length > 1 ? 's' : ''} missing)` : ` (it ends ${formatDate(log.last)})`}.`,
      };
    return {
      state: 'todo',
      due: nextBusinessDay(log.last),
      message: `If the customer is still unresponsive after the log ends ${formatDate(log.last)}: enter the notes, check ${q(label)}, and ${loopIn}.`,
    };
  },
};

const failedParams = paramsSchema(
  z.object({ recordType: z.string().min(1), caseType: z.string().min(1), days: daysParam }).strict(),
);
type FailedParams = z.output<typeof failedParams>;

/** The creation day the 30 days count from: the case's opened time, or today on the new-case form. */
const createdOn = (ctx: RuleContext<FailedParams>): string => {
  // Only the saved Case shows "Date/Time Opened"; asking a new-case form for it would report it unreadable.
  const opened = ctx.page?.kind === 'sf.case' ? okText(read(ctx, 'case.opened')) : null;
  return opened && isInstant(opened) ? todayIn(opened, ctx.settings.timeZone) : ctx.today;
};

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

  const base = { details, actions };
  if (errors.length) return { ...base, state: 'error', message: `Fill or fix ${joinLabels(errors)}.` };
  if (warnings.length) return { ...base, state: 'warn', message: `Check ${joinLabels(warnings)}.` };
  return { ...base, state: 'done', message: `The ${ctx.params.caseType} case is complete. Reach out weekly and update the case; if the customer stays unresponsive, your Lead closes it.` };
};

/**
 * UNR-FAILED-CASE: on the Customer Success / Failed to OB case, its fields; on other pages, a
 * timeline step once the 10-day log is complete.
 */
const failedCase: Evaluator<FailedParams> = {
  params: failedParams,
  evaluate: (ctx) => {
    if (onCasePage(ctx)) return onCase(ctx);
    const log: UnresponsiveLog | null = unresponsiveLog(ctx, ctx.params.days);
    if (!log?.complete) return null;
    return manualOutcome(
      ctx,
      {
        todo: `The ${log.days.length}-day log ended ${formatDate(log.last)} with no answer: create a "${ctx.params.recordType}" case of type "${ctx.params.caseType}" from the Account, due 30 days after creation and assigned to the CSM.`,
        done: `${ctx.params.caseType} case created (${ctx.manual?.by || 'you'}). Reach out weekly and update the case; if the customer stays unresponsive, your Lead closes it.`,
      },
      nextBusinessDay(log.last),
    );
  },
};

/** Evaluators for the unresponsive rules, keyed by the name a playbook entry's `check.evaluator` uses. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const evaluators: Record<string, Evaluator<any>> = {
  'UNR-DAILY-10': daily10,
  'UNR-CLOSE-OB': closeOnboarding,
  'UNR-FAILED-CASE': failedCase,
};
