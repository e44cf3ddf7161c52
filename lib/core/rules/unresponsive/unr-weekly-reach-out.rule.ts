import type { IsoDate } from '../../dates';
import type { ItemDetail } from '../../engine/types';
import type { ItemState } from '../../model/vocab';
import { defineRule } from '../define';
import { andList, day } from '../common/onboarding-helpers';
import { failedCaseCreatedOn, reachOutKey, weeklyReachOuts } from './failed-case-follow-up';
import { z } from '../../zod';

const RANK: Record<string, number> = { error: 3, warn: 2, todo: 1 };

/**
 * UNR-WEEKLY-REACH-OUT: once the Failed-to-OB case is ticked created (UNR-FAILED-CASE), a reach-out
 * each 7 days up to the case's 30-day due date, logged on the case; one tick per week
 * (`UNR-WEEKLY-REACH-OUT:week-<n>`), warn on its day, error from the next business day.
 */
export default defineRule({
  id: 'UNR-WEEKLY-REACH-OUT',
  sop: 'MT-CS-020',
  title: 'Weekly reach-out on the Failed to OB case',
  where: ['timeline'],
  stage: 'unresponsive',
  help: 'While the Failed to Onboard case is open, reach out to the customer every week and update the case accordingly (log each reach-out on the case).',
  steps: ['Each week from the case creation: reach out to the customer', 'Log the reach-out on the case'],
  note: 'MT-CS-020: "Reach out to the customer weekly for the next 10 days and update the case accordingly". The seed\'s "for the next 10 days" does not fit "weekly"; the case runs to its Due Date, "30 days from the case creation day", so a reach-out is due each 7 days from the day UNR-FAILED-CASE is ticked up to that date (weeks 1–4), moved to the next business day when it falls on a weekend or holiday (the playbook calendar). One tick per week (UNR-WEEKLY-REACH-OUT:week-<n>): warning on its day, error from the next business day.',
  order: 352,
  params: z.strictObject({}) as unknown as z.ZodMiniType<Record<string, never>>,
  evaluate: (ctx) => {
    const created = failedCaseCreatedOn(ctx);
    if (!created) return null;
    const details: ItemDetail[] = [];
    const open: Array<{ week: number; date: IsoDate; state: ItemState }> = [];
    for (const { week, date } of weeklyReachOuts(ctx, created)) {
      const key = reachOutKey(week);
      const tick = ctx.progress.items[key];
      if (tick?.done) {
        details.push({ key, state: 'done', text: `Week ${week} reach-out · ${day(date)} · logged on the case`, toggle: { key, done: true } });
        continue;
      }
      const state: ItemState = date > ctx.today ? 'todo' : ctx.today >= ctx.calendar.nextBusinessDay(date) ? 'error' : 'warn';
      open.push({ week, date, state });
      details.push({
        key,
        state,
        text: `Week ${week} reach-out · ${day(date)}${state === 'error' ? ' · overdue' : state === 'warn' ? ' · due today' : ''}`,
        toggle: { key, done: false },
      });
    }
    const label = (o: (typeof open)[number]) => `week ${o.week} reach-out (${day(o.date)})`;
    if (!open.length) return { state: 'done', message: 'Every weekly reach-out is logged on the case.', details, due: weeklyReachOuts(ctx, created).at(-1)!.date };
    const worst = Math.max(...open.map((o) => RANK[o.state]!));
    const first = open[0]!;
    if (worst === 3) {
      const late = open.filter((o) => o.state === 'error');
      return { state: 'error', message: `Overdue: ${andList(late.map(label))}. Reach out to the customer and log it on the case.`, details, due: late[0]!.date };
    }
    if (worst === 2) return { state: 'warn', message: `Due today: the ${label(first)}. Reach out to the customer and log it on the case.`, details, due: first.date };
    return { state: 'todo', message: `Next: the ${label(first)}. Reach out to the customer and log it on the case.`, details, due: first.date };
  },
});
