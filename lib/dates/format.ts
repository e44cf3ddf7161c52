import { calendarDay, diffCalendarDays } from './calendar';
import { instantMs, wallClock, zoneAbbreviation } from './zone';
import type { Instant, IsoDate } from './types';

// Patterns are spelled out (not Intl's locale output) so the text is the same in every browser
// and never carries the narrow no-break space newer ICU puts before "AM".

/** short: "Nov 27, 2026"; long: "Friday, November 27, 2026". */
export function formatDate(date: IsoDate, style: 'short' | 'long' = 'short'): string {
  return calendarDay(date).format(style === 'long' ? 'dddd, MMMM D, YYYY' : 'MMM D, YYYY');
}

/** "Nov 27, 2026, 2:30 PM CST": the instant on the zone's clock, with the zone named. */
export function formatInstant(instant: Instant, zone: string): string {
  return `${wallClock(instantMs(instant), zone).format('MMM D, YYYY, h:mm A')} ${zoneAbbreviation(instant, zone)}`;
}

/** "today", "tomorrow", "yesterday", "in 3 days", "2 days ago". */
export function relativeDays(date: IsoDate, today: IsoDate): string {
  const days = diffCalendarDays(today, date);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}
