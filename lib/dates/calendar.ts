import { dayjs, type Dayjs } from './dayjs';
import type { IsoDate, Weekday } from './types';

const ISO_DATE = 'YYYY-MM-DD';

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && dayjs.utc(value, ISO_DATE, true).isValid();
}

/** @internal Calendar dates are UTC midnights, so adding days never meets a DST change. */
export function calendarDay(date: IsoDate): Dayjs {
  const day = dayjs.utc(date, ISO_DATE, true);
  if (!day.isValid()) throw new RangeError(`Not a YYYY-MM-DD date: "${date}"`);
  return day;
}

/** @internal */
export function toIsoDate(day: Dayjs): IsoDate {
  return day.format(ISO_DATE);
}

/** The date for a year, month (1–12) and day, or null when no such day exists (e.g. 02/30). */
export function isoDateFromParts(year: number, month: number, day: number): IsoDate | null {
  if (![year, month, day].every(Number.isInteger) || year < 1 || year > 9999) return null;
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(text) ? text : null;
}

export function addCalendarDays(date: IsoDate, n: number): IsoDate {
  return toIsoDate(calendarDay(date).add(n, 'day'));
}

/** `b - a` in calendar days. */
export function diffCalendarDays(a: IsoDate, b: IsoDate): number {
  return calendarDay(b).diff(calendarDay(a), 'day');
}

/** 0 = Sunday … 6 = Saturday, as Date#getDay. */
export function weekdayOf(date: IsoDate): Weekday {
  return calendarDay(date).day() as Weekday;
}

export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return diffCalendarDays(b, a);
}
