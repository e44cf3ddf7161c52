import { addBusinessDays, addCalendarDays, isBusinessDay, nextBusinessDay, weekdayOf, zonedTimeToInstant } from '../../lib/dates';

/**
 * The journeys' calendar: business days (weekends and, once the playbook has them, holidays) and
 * the instants of a working day in the CSM's zone. Kept in one place so the simulator and the
 * product count days the same way the playbook says.
 */
export const ZONE = 'America/Chicago';

export const businessDay = (day: string): boolean => isBusinessDay(day);
export const plusBusinessDays = (day: string, n: number): string => addBusinessDays(day, n);
export const afterBusinessDay = (day: string): string => nextBusinessDay(day);
/** The business day before `day`. */
export const beforeBusinessDay = (day: string): string => addBusinessDays(day, -1);
/** `day` itself when it is a business day, else the next one: where a due day lands. */
export const onOrAfterBusinessDay = (day: string): string => (businessDay(day) ? day : afterBusinessDay(day));
export const plusDays = (day: string, n: number): string => addCalendarDays(day, n);
/** The first `weekday` (0 = Sunday) strictly after `day`. */
export const nextWeekday = (day: string, weekday: number): string => {
  let d = plusDays(day, 1);
  while (weekdayOf(d) !== weekday) d = plusDays(d, 1);
  return d;
};
/** An instant on `day` at `time` (HH:mm) in the CSM's zone. */
export const at = (day: string, time: string): string => zonedTimeToInstant(day, time, ZONE);
