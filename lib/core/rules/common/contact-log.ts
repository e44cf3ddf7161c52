import { type ContactDay, type ContactLog, contactLogStatus, type ContactLogStatus, formatDate, unresponsiveDays } from '../../dates';
import type { ItemAction, ItemDetail, Outcome, RuleContext } from '../../engine/types';

/** A branch's business-day contact log (MT-CS-020): the days from the branch's start, with their contacts. */
export type BranchLog = ContactLogStatus & { since: string; last: string };

/**
 * The account's business-day contact log for `branch`, or null when the CSM has not put the
 * account in that branch. The log is the progress store's contact events, the same for the
 * Unresponsive and the Escalation branch (only one branch is set at a time), so every logged email
 * and call is one contact event wherever it is shown.
 */
export const branchLog = (ctx: RuleContext<unknown>, branch: 'unresponsive' | 'escalation', count: number): BranchLog | null => {
  const current = ctx.progress.branch;
  if (current?.value !== branch) return null;
  const days = unresponsiveDays(current.since, count, ctx.calendar);
  const log: ContactLog = Object.fromEntries(
    Object.entries(ctx.progress.contacts).map(([day, c]) => [day, { email: c.email?.done === true, call: c.call?.done === true }]),
  );
  return { ...contactLogStatus(days, log, ctx.today), since: current.since, last: days.at(-1) ?? current.since };
};

const DAY_STATE: Record<ContactDay['state'], ItemDetail['state']> = {
  done: 'done',
  today: 'warn',
  upcoming: 'todo',
  partial: 'error',
  missed: 'error',
};

const missingChannels = (day: ContactDay): string =>
  [day.email ? '' : 'email', day.call ? '' : 'call'].filter(Boolean).join(' and ');

/**
 * The contact-log item (UNR-DAILY-10, ESC-DAILY-10): one line per business day (email + call),
 * today highlighted, gaps named by date, today's log actions. `doneMessage` is what the rule says
 * once every day is logged (what comes next differs by branch).
 */
export const contactLogOutcome = (ctx: RuleContext<unknown>, log: BranchLog, doneMessage: (n: number) => string): Outcome => {
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
  // The details are the log's days: the sidebar shows them as a grid, the audit as the log.
  const base = { details, actions, view: 'contact-log' as const };
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
  if (log.complete) return { ...base, state: 'done', message: doneMessage(n) };
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
};
