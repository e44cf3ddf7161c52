import {
  diffCalendarDays,
  formatDate,
  formatInstant,
  instantMs,
  isInstant,
  isIsoDate,
  relativeDays,
  todayIn,
  weekdayOf,
  zoneOffsetMinutes,
} from '../../lib/core/dates';

// Display helpers shared by the sidebar, options and dashboard pages. Pure: "today" and the zone
// always come in as arguments, never from the clock.

/** A zone that is valid, else UTC (a bad setting must not blank the UI). */
const safeZone = (zone: string): string => {
  try {
    todayIn('2000-01-01T00:00:00Z', zone);
    return zone;
  } catch {
    return 'UTC';
  }
};

/** The user's calendar date (`YYYY-MM-DD`) at `now` in `zone`, falling back to UTC. */
export function todayFor(now: string, zone: string): string {
  // A bare `YYYY-MM-DD` is taken as the day itself; anything else unreadable as its first 10 characters.
  if (isIsoDate(now)) return now;
  return isInstant(now) ? todayIn(now, safeZone(zone)) : String(now).slice(0, 10);
}

export interface RelativeDue {
  /** "due today", "due tomorrow", "due in 3 days", "1 day overdue", "2 days overdue". */
  text: string;
  /** "Nov 27, 2026", or with the time for instants: "Nov 27, 2026, 2:30 PM CST". */
  absolute: string;
  /** Calendar days from today to the due day (negative = overdue). */
  days: number;
  overdue: boolean;
  /** The due day, `YYYY-MM-DD`, in the user's zone. */
  date: string;
}

/**
 * Wording for a due date (`YYYY-MM-DD`, or an ISO instant read on the user's clock) relative
 * to `today`. Null when `due` is neither.
 */
export function formatRelativeDue(due: string, today: string, zone = 'UTC'): RelativeDue | null {
  const tz = safeZone(zone);
  let date: string;
  let absolute: string;
  if (isIsoDate(due)) {
    date = due;
    absolute = formatDate(due);
  } else if (isInstant(due)) {
    date = todayIn(due, tz);
    absolute = formatInstant(due, tz);
  } else {
    return null;
  }
  if (!isIsoDate(today)) return null;
  const days = diffCalendarDays(today, date);
  const text = days >= 0 ? `due ${relativeDays(date, today)}` : days === -1 ? '1 day overdue' : `${-days} days overdue`;
  return { text, absolute, days, overdue: days < 0, date };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * When something was done, on the user's clock: "Nov 27, 10:14" this year, "Nov 27, 2025, 10:14"
 * otherwise (24-hour, as in the SOPs' logs). Returns the input unchanged if it is not an instant.
 */
export function formatStamp(at: string, zone: string, today: string): string {
  if (!isInstant(at)) return at;
  const tz = safeZone(zone);
  const ms = instantMs(at);
  const wall = new Date(ms + zoneOffsetMinutes(ms, tz) * 60_000);
  const date = todayIn(at, tz);
  const day = formatDate(date);
  const shown = date.slice(0, 4) === today.slice(0, 4) ? day.replace(/, \d{4}$/, '') : day;
  return `${shown}, ${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** "Fri, Nov 27" (the year is left out; a 10-day log never spans more than a few weeks). */
export function formatShortDay(date: string): string {
  if (!isIsoDate(date)) return date;
  return `${WEEKDAYS[weekdayOf(date)]}, ${formatDate(date).replace(/, \d{4}$/, '')}`;
}
