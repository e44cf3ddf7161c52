import { diffCalendarDays, weekdayOf } from './calendar';
import { memo } from './memo';
import { instantMs, wallClock, zoneAbbreviation } from './zone';
import type { Instant, IsoDate } from './types';

// Patterns are spelled out (not Intl's locale output) so the text is the same in every browser
// and never carries the narrow no-break space newer ICU puts before "AM".

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * short: "Nov 27, 2026"; long: "Friday, November 27, 2026". Spelled from the date's own digits
 * (every rule words its due dates, for every account of the audit: a formatting library per call
 * showed in the bench); weekdayOf validates the date.
 */
export function formatDate(date: IsoDate, style: 'short' | 'long' = 'short'): string {
  return dateTexts(`${style}|${date}`, () => spellDate(date, style));
}

// The audit words the same few hundred days for thousands of accounts.
const dateTexts = memo<string>();

function spellDate(date: IsoDate, style: 'short' | 'long'): string {
  const weekday = weekdayOf(date);
  const [year, month, day] = date.split('-');
  const name = MONTHS[Number(month) - 1]!;
  const text = `${style === 'long' ? name : name.slice(0, 3)} ${Number(day)}, ${year}`;
  return style === 'long' ? `${WEEKDAYS[weekday]}, ${text}` : text;
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
