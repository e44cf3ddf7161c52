import { addCalendarDays, calendarDay, isoDateFromParts, weekdayOf } from './calendar';
import { memo } from './memo';
import type { IsoDate } from './types';

const THURSDAY = 4;

/** SMB-OPEN-FORUMS are held every first Thursday of the month. */
export function firstThursday(year: number, month1to12: number): IsoDate {
  const first = isoDateFromParts(year, month1to12, 1);
  if (!first) throw new RangeError(`No such month: ${year}-${month1to12}`);
  return addCalendarDays(first, (THURSDAY - weekdayOf(first) + 7) % 7);
}

// Every SMB account of the audit asks for the same day's answer: worked out once per day.
const nextByDay = memo<IsoDate>(256);

/** The next open forum date; today counts when it is the first Thursday. */
export function nextOpenForum(today: IsoDate): IsoDate {
  return nextByDay(today, () => computeNextOpenForum(today));
}

function computeNextOpenForum(today: IsoDate): IsoDate {
  const day = calendarDay(today);
  const thisMonth = firstThursday(day.year(), day.month() + 1);
  if (!calendarDay(thisMonth).isBefore(day)) return thisMonth;
  const next = day.startOf('month').add(1, 'month');
  return firstThursday(next.year(), next.month() + 1);
}
