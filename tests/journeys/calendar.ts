import { addCalendarDays, weekdayOf, zonedTimeToInstant } from '../../lib/core/dates';
import { JOURNEY_CALENDAR as cal } from './playbook';

/**
 * The journeys' calendar: business days (weekends and the playbook's holidays, US federal by
 * default) and the instants of a working day in the CSM's zone. Kept in one place so the
 * simulator counts days the way the playbook says.
 */
export const ZONE = 'America/Chicago';

export const businessDay = (day: string): boolean => cal.isBusinessDay(day);
export const plusBusinessDays = (day: string, n: number): string => cal.addBusinessDays(day, n);
export const afterBusinessDay = (day: string): string => cal.nextBusinessDay(day);
/** The business day before `day`. */
export const beforeBusinessDay = (day: string): string => cal.addBusinessDays(day, -1);
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
