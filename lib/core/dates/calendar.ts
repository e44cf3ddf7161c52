import { dayjs, type Dayjs } from './dayjs';
import type { IsoDate, Weekday } from './types';

const ISO_DATE = 'YYYY-MM-DD';
const DAY_MS = 86_400_000;
const ISO_DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * UTC midnight of a `YYYY-MM-DD` day in ms, or NaN when no such day exists (02-30). Plain
 * integer arithmetic: the audit does this for every rule of every account, and dayjs's strict
 * parsing cost more than all the rules (npm run bench).
 */
const dayMsCache = new Map<string, number>();
const dayMs = (date: string): number => {
  // Only day-shaped text is remembered: anything else (an import's junk) is refused at once.
  if (date.length !== 10) return NaN;
  let ms = dayMsCache.get(date);
  if (ms === undefined) {
    ms = parseDayMs(date);
    // Bounded: cleared whole when full (the audit asks a few hundred distinct days).
    if (dayMsCache.size >= 4096) dayMsCache.clear();
    dayMsCache.set(date, ms);
  }
  return ms;
};

const parseDayMs = (date: string): number => {
  const match = ISO_DATE_SHAPE.exec(date);
  if (!match) return NaN;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, not Date.UTC: the latter reads years 0–99 as 1900–1999.
  const ms = new Date(0).setUTCFullYear(year, month - 1, day);
  const back = new Date(ms);
  return back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day ? ms : NaN;
};

const isoFromMs = (ms: number): IsoDate => {
  const d = new Date(ms);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
};

const checkedDayMs = (date: IsoDate): number => {
  const ms = typeof date === 'string' ? dayMs(date) : NaN;
  if (Number.isNaN(ms)) throw new RangeError(`Not a YYYY-MM-DD date: "${date}"`);
  return ms;
};

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && !Number.isNaN(dayMs(value));
}

/** @internal Calendar dates are UTC midnights, so adding days never meets a DST change. */
export function calendarDay(date: IsoDate): Dayjs {
  return dayjs.utc(checkedDayMs(date));
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
  return isoFromMs(checkedDayMs(date) + Math.trunc(n) * DAY_MS);
}

/** `b - a` in calendar days. */
export function diffCalendarDays(a: IsoDate, b: IsoDate): number {
  return Math.round((checkedDayMs(b) - checkedDayMs(a)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday, as Date#getDay. */
export function weekdayOf(date: IsoDate): Weekday {
  return new Date(checkedDayMs(date)).getUTCDay() as Weekday;
}

export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return diffCalendarDays(b, a);
}
