import { addCalendarDays, DEFAULT_CALENDAR, unresponsiveDays, zonedTimeToInstant } from '../../../../lib/core/dates';
import { progress } from './salesforce';

// TODAY is Wednesday 2026-12-02. A log started Mon 2026-11-23 has today as day 7 of 10: Thanksgiving
// (Thu 2026-11-26) is a holiday of the default calendar, so it is no day of the log.
const both = ['email', 'call'] as const;
/** A contact log where every listed day has both an email and a call. */
export const logged = (days: string[]) => Object.fromEntries(days.map((d) => [d, [...both]]));
/** Progress of an account in the Unresponsive branch since `since`, with its contacts and ticks. */
export const unresponsive = (since: string, contacts: Record<string, Array<'email' | 'call'>> = {}, done: string[] = []) =>
  progress({ branch: { value: 'unresponsive', since }, contacts, done });
/** A log still running today (day 7 of 10), and its days before today. */
export const RUNNING = '2026-11-23';
export const beforeToday = unresponsiveDays(RUNNING).filter((day) => day < '2026-12-02');
/** Started Mon 2026-11-16: the 10 business days (less Thanksgiving) end Mon 2026-11-30. */
export const FINISHED = '2026-11-16';
export const finishedLog = logged(unresponsiveDays(FINISHED));

/**
 * Logs whose days meet a weekend, Veterans Day, Thanksgiving, Christmas and New Year, and the
 * week the clocks fall back (Sun Nov 1, 2026) or spring forward (Sun Mar 14, 2027).
 */
export const SINCE_DAYS = ['2026-11-20', '2026-11-11', '2026-11-18', '2026-12-17', '2026-10-23', '2027-03-05', '2026-11-28'];

/** `time` in Chicago on `day`, as the engine's `now`. */
export const chicago = (day: string, time = '12:00') => zonedTimeToInstant(day, time, 'America/Chicago');

export type SopDay = { day: string; now: string; progress: ReturnType<typeof unresponsive>; closed: boolean };

/**
 * Every calendar day from `since` to three weeks after the log, as a CSM who does each step on its
 * day leaves it at the end of that day: each log day's email and call logged on it, and from the
 * business day after day 10 the onboarding closed and the Failed to OB case created. `skip` leaves
 * one step undone: a log day, or 'close' / 'case'.
 */
export const followedSop = (since: string, skip?: string): SopDay[] => {
  const days = unresponsiveDays(since);
  const due = DEFAULT_CALENDAR.nextBusinessDay(days.at(-1)!);
  const out: SopDay[] = [];
  for (let day = since; day <= addCalendarDays(due, 21); day = addCalendarDays(day, 1)) {
    const contacts = logged(days.filter((d) => d <= day && d !== skip));
    const done = day >= due && skip !== 'case' ? ['UNR-FAILED-CASE'] : [];
    out.push({ day, now: chicago(day, '23:59'), progress: unresponsive(since, contacts, done), closed: day >= due && skip !== 'close' });
  }
  return out;
};

/** The log's days and the day after day 10 (when closing and the case are due). */
export const logOf = (since: string) => {
  const days = unresponsiveDays(since);
  return { days, due: DEFAULT_CALENDAR.nextBusinessDay(days.at(-1)!) };
};
