import { type ContactDay, formatDate } from '../../dates';
import type { Evaluator, ItemAction, ItemDetail } from '../../engine/types';
import { defineRule } from '../define';
import { paramsSchema } from '../shared/field-read';
import { NOT_UNRESPONSIVE, unresponsiveLog } from './unresponsive-log';
import { daysParam } from './unresponsive-shared';
import { z } from 'zod';

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

/**
 * UNR-DAILY-10: one line per business day of the playbook calendar (email + call), today
 * highlighted, gaps named by date. A holiday is no day of the log, so never a gap.
 */
export default defineRule({
  id: 'UNR-DAILY-10',
  sop: 'MT-CS-020',
  title: 'Daily contact for 10 days',
  where: ['timeline'],
  stage: 'unresponsive',
  help: 'In case of an unresponsive account, contact the customer daily for 10 consecutive days via email and phone. Even if an account is escalated or unresponsive, have proof of the 10 business day follow-up stage in the notes, as well as logged emails and calls.',
  note: 'MT-CS-020: "In case of an unresponsive account, contact the customer daily for 10 consecutive days via email and phone." and "it is important to have proof of the 10 business day follow-up stage in the notes, as well as logged emails and calls." The notes are judged on the second, so the log counts business days from the day the account was set to Unresponsive: weekends and the playbook calendar\'s holidays are no days of the log, never a gap. A past day without both an email and a call is a gap, flagged here; it never holds back UNR-CLOSE-OB or UNR-FAILED-CASE, which come due the business day after day 10 all the same.',
  order: 330,
  defaults: { days: 10 },
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
    if (log.complete)
      return {
        ...base,
        state: 'done',
        message: `All ${n} days logged (${formatDate(log.days[0]!.date)} to ${formatDate(log.last)}). If the customer is still unresponsive after them: from ${formatDate(ctx.calendar.nextBusinessDay(log.last))}, close the onboarding and create the Failed to OB case.`,
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
});
