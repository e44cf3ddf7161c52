import { addCalendarDays, failedToObDueDate, todayIn, type IsoDate } from '../../dates';
import type { RuleContext } from '../../engine/types';

/** The rule whose tick says the Failed-to-OB case was created (its day starts the follow-through). */
export const FAILED_CASE_RULE = 'UNR-FAILED-CASE';

/** The day (user zone) the Failed-to-OB case was ticked created, when it is. */
export const failedCaseCreatedOn = (ctx: RuleContext<unknown>): IsoDate | undefined => {
  const tick = ctx.progress.items[FAILED_CASE_RULE];
  return tick?.done ? todayIn(tick.at, ctx.settings.timeZone) : undefined;
};

/** Progress key of the `week`th weekly reach-out (an item event, as DG-CADENCE's steps). */
export const reachOutKey = (week: number): string => `UNR-WEEKLY-REACH-OUT:week-${week}`;

/**
 * The weekly reach-outs while the case is open: one each 7 days from its creation up to its
 * 30-day due date (weeks 1–4), each moved to the next business day when it falls on a day off.
 */
export const weeklyReachOuts = (ctx: RuleContext<unknown>, created: IsoDate): Array<{ week: number; date: IsoDate }> => {
  const out: Array<{ week: number; date: IsoDate }> = [];
  const caseDue = failedToObDueDate(created);
  for (let week = 1; addCalendarDays(created, week * 7) <= caseDue; week++)
    out.push({ week, date: ctx.calendar.businessDayOnOrAfter(addCalendarDays(created, week * 7)) });
  return out;
};
