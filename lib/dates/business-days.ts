import { addCalendarDays, calendarDay, weekdayOf } from './calendar';
import type { IsoDate } from './types';

// Business day = Monday to Friday (SOP-RULES "Words"); the SOPs name no holidays, so none are skipped.

export function isBusinessDay(date: IsoDate): boolean {
  const day = weekdayOf(date);
  return day !== 0 && day !== 6;
}

/**
 * Moves n business days forward (or back when n < 0), counting only weekdays, so Friday + 1 is
 * Monday and Saturday + 1 is Monday too. n = 0 returns the date unchanged, even on a weekend.
 */
export function addBusinessDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Business days must be a whole number, got ${n}`);
  calendarDay(date);
  const step = n < 0 ? -1 : 1;
  let current = date;
  for (let left = Math.abs(n); left > 0; ) {
    current = addCalendarDays(current, step);
    if (isBusinessDay(current)) left -= 1;
  }
  return current;
}

/** The first business day strictly after `date`. */
export function nextBusinessDay(date: IsoDate): IsoDate {
  return addBusinessDays(date, 1);
}

/** `date` itself when it is a business day, else the next one. */
export function businessDayOnOrAfter(date: IsoDate): IsoDate {
  return isBusinessDay(date) ? date : nextBusinessDay(date);
}

/**
 * Business days in the half-open range (a, b]: how many business days have passed from a to b.
 * Negative when b is before a, so that businessDaysBetween(a, addBusinessDays(a, n)) === n for
 * any business day a.
 */
export function businessDaysBetween(a: IsoDate, b: IsoDate): number {
  const start = calendarDay(a);
  const end = calendarDay(b);
  if (end.isBefore(start)) return -businessDaysBetween(b, a);
  const days = end.diff(start, 'day');
  const fullWeeks = Math.floor(days / 7);
  let count = fullWeeks * 5;
  // The remaining 0–6 days after the full weeks are few enough to check one by one.
  for (let i = fullWeeks * 7 + 1; i <= days; i += 1) {
    const day = start.add(i, 'day').day();
    if (day !== 0 && day !== 6) count += 1;
  }
  return count;
}
