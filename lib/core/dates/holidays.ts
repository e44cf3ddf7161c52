import { addCalendarDays, isoDateFromParts, weekdayOf } from './calendar';
import { memo } from './memo';
import type { IsoDate } from './types';

/** A day off: its date (the day it is observed) and what it is called. */
export type Holiday = { date: IsoDate; name: string };

/** The US federal holidays (5 U.S.C. 6103), in calendar order. */
export const FEDERAL_HOLIDAY_NAMES = [
  "New Year's Day",
  'Martin Luther King Jr. Day',
  "Presidents' Day",
  'Memorial Day',
  'Juneteenth',
  'Independence Day',
  'Labor Day',
  'Columbus Day',
  'Veterans Day',
  'Thanksgiving Day',
  'Christmas Day',
] as const;
export type FederalHolidayName = (typeof FEDERAL_HOLIDAY_NAMES)[number];

const day = (year: number, month: number, date: number): IsoDate => isoDateFromParts(year, month, date)!;

/** The nth (1-based) `weekday` (0 = Sunday) of a month; n = -1 is the last one. */
const nthWeekday = (year: number, month: number, weekday: number, n: number): IsoDate => {
  if (n < 0) {
    const last = addCalendarDays(day(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1), -1);
    return addCalendarDays(last, -((weekdayOf(last) - weekday + 7) % 7));
  }
  const first = day(year, month, 1);
  return addCalendarDays(first, ((weekday - weekdayOf(first) + 7) % 7) + (n - 1) * 7);
};

/** The federal rule for a fixed-date holiday: a Saturday one is observed on the Friday before, a Sunday one on the Monday after. */
const observed = (date: IsoDate): IsoDate => {
  const weekday = weekdayOf(date);
  return weekday === 6 ? addCalendarDays(date, -1) : weekday === 0 ? addCalendarDays(date, 1) : date;
};

/** The holidays of `year` as the law states them (New Year's Day of that year, even when observed the year before). */
const federalHolidaysOf = (year: number): Holiday[] => {
  const list: Array<[FederalHolidayName, IsoDate]> = [
    ["New Year's Day", observed(day(year, 1, 1))],
    ['Martin Luther King Jr. Day', nthWeekday(year, 1, 1, 3)],
    ["Presidents' Day", nthWeekday(year, 2, 1, 3)],
    ['Memorial Day', nthWeekday(year, 5, 1, -1)],
    // A federal holiday since 2021.
    ...(year >= 2021 ? [['Juneteenth', observed(day(year, 6, 19))] as [FederalHolidayName, IsoDate]] : []),
    ['Independence Day', observed(day(year, 7, 4))],
    ['Labor Day', nthWeekday(year, 9, 1, 1)],
    ['Columbus Day', nthWeekday(year, 10, 1, 2)],
    ['Veterans Day', observed(day(year, 11, 11))],
    ['Thanksgiving Day', nthWeekday(year, 11, 4, 4)],
    ['Christmas Day', observed(day(year, 12, 25))],
  ];
  return list.map(([name, date]) => ({ name, date }));
};

const byYear = memo<readonly Holiday[]>(256);

/**
 * The US federal holidays observed in `year` (1–9998), by date: a holiday on a Saturday is
 * observed the Friday before, one on a Sunday the Monday after — so a Saturday New Year's Day
 * is observed on December 31 and listed in the year before. Worked out by rule for any year.
 */
export function usFederalHolidays(year: number): readonly Holiday[] {
  if (!Number.isInteger(year) || year < 1 || year > 9998) throw new RangeError(`Not a year: ${year}`);
  return byYear(String(year), () => {
    const all = [...federalHolidaysOf(year), ...federalHolidaysOf(year + 1).filter((h) => h.name === "New Year's Day")];
    return Object.freeze(all.filter((h) => h.date.startsWith(String(year).padStart(4, '0'))).map((h) => Object.freeze(h)));
  });
}

/** The federal holiday name `text` spells (ignoring case, spaces and the apostrophe's shape), or null. */
export function federalHolidayNamed(text: string): FederalHolidayName | null {
  const key = (s: string) => s.toLowerCase().replace(/[’'`.]/g, '').replace(/\s+/g, ' ').trim();
  const wanted = key(text);
  return FEDERAL_HOLIDAY_NAMES.find((name) => key(name) === wanted) ?? null;
}
